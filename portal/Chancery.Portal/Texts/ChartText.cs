namespace Chancery.Portal.Texts;

/// <summary>The words of the organization chart and of the unit page's history, lineage, deputies and audit parts.</summary>
public sealed record ChartText
{
    public required string Chart { get; init; }
    public required string ViewChart { get; init; }
    public required string Depth { get; init; }
    public required string DepthAll { get; init; }
    public required string Layout { get; init; }
    public required string LayoutAuto { get; init; }
    public required string LayoutDown { get; init; }
    public required string LayoutRight { get; init; }
    public required string Apply { get; init; }
    public required string OneMoreLevel { get; init; }
    public required string AsList { get; init; }
    public required string AsListHint { get; init; }
    public required string UpOneLevel { get; init; }
    public required Func<int, int, string, string> Description { get; init; }
    public required Func<int, string, string> More { get; init; }
    public required Func<int, string> Units { get; init; }

    public required string Before { get; init; }
    public required string After { get; init; }
    public required string ParentAtTheTime { get; init; }
    public required string SupervisedUnits { get; init; }
    public required string Period { get; init; }
    public required string Entity { get; init; }
    public required string Changed { get; init; }

    public static readonly ChartText Vi = new()
    {
        Chart = "Sơ đồ tổ chức",
        ViewChart = "Xem sơ đồ tổ chức",
        Depth = "Số cấp hiển thị",
        DepthAll = "Tất cả",
        Layout = "Bố cục",
        LayoutAuto = "Tự động",
        LayoutDown = "Từ trên xuống",
        LayoutRight = "Từ trái sang phải",
        Apply = "Vẽ lại",
        OneMoreLevel = "Thêm một cấp",
        AsList = "Sơ đồ dưới dạng danh sách",
        AsListHint = "Cùng nội dung với hình vẽ, dành cho trình đọc màn hình và bàn phím.",
        UpOneLevel = "Lên đơn vị cấp trên",
        Description = (units, levels, date) => $"{units} đơn vị, {levels} cấp, tại ngày {date}. Mỗi ô là một liên kết đến trang của đơn vị; danh sách bên dưới trình bày cùng nội dung.",
        More = (n, name) => $"Xem thêm {n} đơn vị trực thuộc {name}",
        Units = n => $"{n} đơn vị",
        Before = "Trước khi sắp xếp",
        After = "Sau khi sắp xếp",
        ParentAtTheTime = "Trực thuộc",
        SupervisedUnits = "Đơn vị phụ trách",
        Period = "Thời hạn",
        Entity = "Đối tượng",
        Changed = "Nội dung thay đổi",
    };

    public static readonly ChartText En = new()
    {
        Chart = "Organization chart",
        ViewChart = "View the organization chart",
        Depth = "Levels shown",
        DepthAll = "All",
        Layout = "Layout",
        LayoutAuto = "Automatic",
        LayoutDown = "Top down",
        LayoutRight = "Left to right",
        Apply = "Redraw",
        OneMoreLevel = "One more level",
        AsList = "The chart as a list",
        AsListHint = "The same content as the picture, for screen readers and the keyboard.",
        UpOneLevel = "Up to the unit above",
        Description = (units, levels, date) => $"{units} units, {levels} levels, as of {date}. Each box links to the unit's page; the list below has the same content.",
        More = (n, name) => $"Show {n} more units below {name}",
        Units = n => n == 1 ? "1 unit" : $"{n} units",
        Before = "Before the reorganization",
        After = "After the reorganization",
        ParentAtTheTime = "Under",
        SupervisedUnits = "Supervised units",
        Period = "Period",
        Entity = "Entity",
        Changed = "What changed",
    };
}
