namespace Chancery.Portal.Texts;

public sealed partial class Text
{
    /// <summary>The chart's words and those of the unit page's later parts, in this language.</summary>
    public ChartText Chart => Lang == "en" ? ChartText.En : ChartText.Vi;
}
