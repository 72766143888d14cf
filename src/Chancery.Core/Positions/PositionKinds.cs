namespace Chancery.Core.Positions;

/// <summary>The role of a position in its unit.</summary>
public enum PositionRole
{
    Unspecified = 0,

    /// <summary>Người đứng đầu: at most one head position per unit at any date.</summary>
    Head = 1,

    /// <summary>Cấp phó.</summary>
    Deputy = 2,

    /// <summary>Chánh Văn phòng.</summary>
    ChiefOfOffice = 3,

    Member = 4,
}

/// <summary>How an official holds a position.</summary>
public enum AppointmentKind
{
    Unspecified = 0,

    /// <summary>Bổ nhiệm (or elected): the holder.</summary>
    Permanent = 1,

    /// <summary>Quyền (Q.): acting, the title carries "Q.".</summary>
    Acting = 2,

    /// <summary>Kiêm nhiệm: held beside the official's main position.</summary>
    Concurrent = 3,
}
