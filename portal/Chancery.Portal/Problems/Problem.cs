using Google.Rpc;
using Grpc.Core;

namespace Chancery.Portal.Problems;

/// <summary>A bad field as the server named it (<c>code</c>, <c>valid_from</c>), and what is wrong with it.</summary>
public sealed record FieldProblem(string Field, string Description);

/// <summary>A broken rule of the domain: its type (<c>hierarchy.code-unique</c>), subject and description.</summary>
public sealed record RuleProblem(string Type, string Subject, string Description);

/// <summary>
/// What the server answered instead of a result, read from its status and details
/// (google.rpc.BadRequest, PreconditionFailure, ErrorInfo). The portal shows it; it judges nothing.
/// </summary>
public sealed record Problem(StatusCode Code, string Message, IReadOnlyList<FieldProblem> Fields, IReadOnlyList<RuleProblem> Rules, string? Permission, string? Reason)
{
    public static Problem From(RpcException exception)
    {
        var status = exception.GetRpcStatus();
        var fields = new List<FieldProblem>();
        var rules = new List<RuleProblem>();
        string? permission = null, reason = null;
        foreach (var detail in status?.Details ?? [])
        {
            if (detail.TryUnpack(out BadRequest bad))
            {
                fields.AddRange(bad.FieldViolations.Select(v => new FieldProblem(v.Field, v.Description)));
            }
            else if (detail.TryUnpack(out PreconditionFailure failure))
            {
                rules.AddRange(failure.Violations.Select(v => new RuleProblem(v.Type, v.Subject, v.Description)));
            }
            else if (detail.TryUnpack(out ErrorInfo info))
            {
                reason = info.Reason;
                permission = info.Metadata.TryGetValue("permission", out var p) ? p : permission;
            }
        }

        return new Problem(exception.StatusCode, status?.Message ?? exception.Status.Detail, fields, rules, permission, reason);
    }

    /// <summary>What a page answers with it: never 500 for what the caller sent.</summary>
    public int HttpStatus => Code switch
    {
        StatusCode.InvalidArgument or StatusCode.OutOfRange => 400,
        StatusCode.Unauthenticated => 401,
        StatusCode.PermissionDenied => 403,
        StatusCode.NotFound => 404,
        StatusCode.AlreadyExists or StatusCode.Aborted or StatusCode.FailedPrecondition => 409,
        StatusCode.ResourceExhausted => 429,
        StatusCode.Unavailable or StatusCode.DeadlineExceeded => 503,
        _ => 502,
    };

    /// <summary>The message of a field, or of one of its parts (<c>basis.number</c> under <c>basis</c>).</summary>
    public string? ForField(string field) =>
        Fields.FirstOrDefault(f => f.Field == field || f.Field.StartsWith(field + ".", StringComparison.Ordinal))?.Description;
}
