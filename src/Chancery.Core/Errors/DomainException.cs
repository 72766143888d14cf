namespace Chancery.Core.Errors;

/// <summary>
/// A caller's mistake or a rule of the domain, never a bug. The gRPC layer turns each kind into
/// its status code with details; anything else is an internal error.
/// </summary>
public abstract class DomainException(string message) : Exception(message);

/// <summary>Bad input: INVALID_ARGUMENT with one violation per field.</summary>
public sealed class InvalidInputException(IReadOnlyList<FieldViolation> violations)
    : DomainException(string.Join("; ", violations.Select(v => $"{v.Field}: {v.Description}")))
{
    public IReadOnlyList<FieldViolation> Violations { get; } = violations;
}

public sealed record FieldViolation(string Field, string Description);

/// <summary>A rule of the domain would break: FAILED_PRECONDITION naming each rule.</summary>
public sealed class RuleViolationException(IReadOnlyList<RuleViolation> violations)
    : DomainException(string.Join("; ", violations.Select(v => $"{v.Rule}: {v.Description}")))
{
    public IReadOnlyList<RuleViolation> Violations { get; } = violations;
}

/// <param name="Rule">A stable rule name, e.g. <c>hierarchy.no-cycle</c>.</param>
/// <param name="Subject">What breaks it, e.g. <c>units/{id}</c>.</param>
public sealed record RuleViolation(string Rule, string Subject, string Description);

/// <summary>NOT_FOUND.</summary>
public sealed class NotFoundException(string resourceType, string resourceName, string message)
    : DomainException(message)
{
    public string ResourceType { get; } = resourceType;

    public string ResourceName { get; } = resourceName;
}

/// <summary>ABORTED: the caller read an older version than the one stored.</summary>
public sealed class StaleVersionException(string subject, long expected, long actual)
    : DomainException($"{subject} is at version {actual}, not {expected}: read it again and retry")
{
    public string Subject { get; } = subject;

    public long Expected { get; } = expected;

    public long Actual { get; } = actual;
}

/// <summary>ABORTED: concurrent writers kept winning; the caller may retry.</summary>
public sealed class ContentionException(string message) : DomainException(message);

/// <summary>ALREADY_EXISTS.</summary>
public sealed class AlreadyExistsException(string resourceType, string resourceName, string message)
    : DomainException(message)
{
    public string ResourceType { get; } = resourceType;

    public string ResourceName { get; } = resourceName;
}

/// <summary>PERMISSION_DENIED: the caller is known but may not do this; names the missing permission.</summary>
public sealed class PermissionDeniedException(string permission, string reason, string message) : DomainException(message)
{
    /// <summary>E.g. <c>hierarchy.write</c> or <c>hierarchy.write on units/…</c>.</summary>
    public string Permission { get; } = permission;

    /// <summary>MISSING_SCOPE, NO_GRANT, OUTSIDE_SUBTREE, SYSTEM_ADMINISTRATOR_ONLY, DISABLED.</summary>
    public string Reason { get; } = reason;
}

/// <summary>UNAUTHENTICATED: no valid token.</summary>
public sealed class UnauthenticatedException(string message) : DomainException(message);
