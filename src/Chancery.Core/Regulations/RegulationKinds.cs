namespace Chancery.Core.Regulations;

/// <summary>What a regulation governs; a unit has at most one version in force of each kind on any date.</summary>
public enum RegulationKind
{
    Unspecified = 0,

    /// <summary>Quy chế làm việc.</summary>
    Working = 1,

    /// <summary>Quy chế thực hiện dân chủ ở cơ sở.</summary>
    GrassrootsDemocracy = 2,

    /// <summary>Quy tắc văn hóa công sở.</summary>
    OfficeCulture = 3,

    Other = 4,
}

/// <summary>Where a version is in its lifecycle; only drafts change.</summary>
public enum VersionStatus
{
    Unspecified = 0,
    Draft = 1,
    InReview = 2,
    Issued = 3,
}

/// <summary>What an amendment (sửa đổi, bổ sung) does to one provision of the version it amends.</summary>
public enum AmendmentAction
{
    Unspecified = 0,

    /// <summary>Sửa đổi: the provision gets a new text (heading, children).</summary>
    Change = 1,

    /// <summary>Bổ sung: a new provision.</summary>
    Insert = 2,

    /// <summary>Bãi bỏ.</summary>
    Repeal = 3,
}
