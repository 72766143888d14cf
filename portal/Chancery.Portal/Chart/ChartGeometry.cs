namespace Chancery.Portal.Chart;

/// <summary>How the chart is drawn: top down (the usual organization chart) or left to right (tall, for wide subtrees).</summary>
public enum ChartOrientation
{
    Down,
    Right,
}

/// <summary>Sizes in pixels of the boxes and gaps of one orientation, and where a laid-out box lands.</summary>
public sealed record ChartGeometry(ChartOrientation Orientation, double BoxWidth, double BoxHeight, double Slot, double Level, int CharsPerLine, int KindChars)
{
    public const double Margin = 12;
    public const double MoreWidth = 46, MoreHeight = 22;

    public static readonly ChartGeometry Down = new(ChartOrientation.Down, 200, 66, 216, 118, 26, 28);
    public static readonly ChartGeometry Right = new(ChartOrientation.Right, 260, 60, 70, 320, 35, 38);

    /// <summary>A chart drawn top down wider than this (the page's width, in pixels) is drawn left to right instead.</summary>
    public const double MaxDownWidth = 1100;

    public static ChartGeometry For(ChartOrientation orientation) => orientation == ChartOrientation.Down ? Down : Right;

    public double X(ChartNode node) => Margin + (Orientation == ChartOrientation.Down ? node.Breadth * Slot : node.Depth * Level);

    public double Y(ChartNode node) => Margin + (Orientation == ChartOrientation.Down ? node.Depth * Level : node.Breadth * Slot);

    /// <summary>The drawing's size for a layout <paramref name="breadth"/> slots wide and <paramref name="levels"/> deep.</summary>
    public (double Width, double Height) Size(double breadth, int levels, bool more)
    {
        var across = breadth * Slot + (Orientation == ChartOrientation.Down ? BoxWidth : BoxHeight);
        var deep = (levels - 1) * Level + (Orientation == ChartOrientation.Down ? BoxHeight : BoxWidth) + (more ? 8 + (Orientation == ChartOrientation.Down ? MoreHeight : MoreWidth) : 0);
        return Orientation == ChartOrientation.Down ? (across + 2 * Margin, deep + 2 * Margin) : (deep + 2 * Margin, across + 2 * Margin);
    }
}
