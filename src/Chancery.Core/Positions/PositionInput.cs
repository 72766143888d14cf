using Chancery.Core.Errors;
using Chancery.Core.Text;

namespace Chancery.Core.Positions;

/// <summary>Checks and cleans what callers give for positions, officials and appointments.</summary>
public static class PositionInput
{
    public static string Title(string? raw, InputErrors errors, string field = "title")
    {
        if (!TextGuard.Check(raw, errors, field))
        {
            return "";
        }

        var title = VietnameseText.Clean(raw);
        if (title.Length is 0 or > 200)
        {
            errors.Add(field, "A position title (Chủ tịch, Phó Chủ tịch, Giám đốc, Bí thư, Chánh Văn phòng…) has 1 to 200 characters.");
        }

        return title;
    }

    public static PositionRole Role(PositionRole role, InputErrors errors, string field = "role")
    {
        if (role == PositionRole.Unspecified || !Enum.IsDefined(role))
        {
            errors.Add(field, "A role is required: head, deputy, chief of office or member.");
        }

        return role;
    }

    public static string FullName(string? raw, InputErrors errors, string field = "full_name")
    {
        if (!TextGuard.Check(raw, errors, field))
        {
            return "";
        }

        var name = VietnameseText.Clean(raw);
        if (name.Length is 0 or > 200)
        {
            errors.Add(field, "A full name has 1 to 200 characters.");
        }

        return name;
    }

    public static string? RankCode(string? raw, InputErrors errors, string field = "rank_code")
    {
        if (!TextGuard.Check(raw, errors, field))
        {
            return null;
        }

        var code = string.IsNullOrWhiteSpace(raw) ? null : raw.Trim();
        if (code is not null && Ranks.Find(code) is null)
        {
            errors.Add(field, $"'{code}' is not a rank of the catalogue (ListRanks), e.g. 01.003 Chuyên viên.");
        }

        return code;
    }

    public static AppointmentKind Kind(AppointmentKind kind, InputErrors errors, string field = "kind")
    {
        if (kind == AppointmentKind.Unspecified || !Enum.IsDefined(kind))
        {
            errors.Add(field, "A kind is required: permanent, acting (Q.) or concurrent (kiêm nhiệm).");
        }

        return kind;
    }

    public static void Period(DateOnly from, DateOnly? to, InputErrors errors, string field = "valid_to")
    {
        if (to is { } end && end <= from)
        {
            errors.Add(field, "The end of a period comes after its start.");
        }
    }
}
