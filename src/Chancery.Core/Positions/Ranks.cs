namespace Chancery.Core.Positions;

/// <summary>A civil-service rank (ngạch) with its code.</summary>
public sealed record Rank(string Code, string Name);

/// <summary>
/// The catalogue of civil-service ranks (ngạch công chức) with their codes, after Circular
/// 02/2021/TT-BNV and the rank codes of the specialised branches; an official's rank is one of these.
/// </summary>
public static class Ranks
{
    public static readonly IReadOnlyList<Rank> All =
    [
        new("01.001", "Chuyên viên cao cấp"),
        new("01.002", "Chuyên viên chính"),
        new("01.003", "Chuyên viên"),
        new("01.004", "Cán sự"),
        new("01.005", "Nhân viên"),
        new("04.023", "Thanh tra viên cao cấp"),
        new("04.024", "Thanh tra viên chính"),
        new("04.025", "Thanh tra viên"),
        new("06.029", "Kế toán viên cao cấp"),
        new("06.030", "Kế toán viên chính"),
        new("06.031", "Kế toán viên"),
        new("06.032", "Kế toán viên trung cấp"),
        new("02.006", "Lưu trữ viên chính"),
        new("02.007", "Lưu trữ viên"),
        new("02.008", "Lưu trữ viên trung cấp"),
        new("03.299", "Chấp hành viên cao cấp"),
        new("03.300", "Chấp hành viên chính"),
        new("03.301", "Chấp hành viên sơ cấp"),
        new("21.187", "Kiểm lâm viên chính"),
        new("21.188", "Kiểm lâm viên"),
        new("21.189", "Kiểm lâm viên trung cấp"),
    ];

    private static readonly Dictionary<string, Rank> ByCode = All.ToDictionary(r => r.Code, StringComparer.Ordinal);

    public static Rank? Find(string? code) => code is null ? null : ByCode.GetValueOrDefault(code);
}
