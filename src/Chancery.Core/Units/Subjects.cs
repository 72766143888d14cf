namespace Chancery.Core.Units;

/// <summary>Resource names used in errors and audit entries.</summary>
public static class Subjects
{
    public static string Unit(Guid id) => $"units/{id}";
}
