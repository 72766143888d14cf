using Chancery.Core.Errors;
using Chancery.Core.Reorganizations;
using Chancery.Core.Reorganizations.Files;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;

namespace Chancery.Server.Grpc;

/// <summary>Each kind of domain error as its gRPC status, with the details of google.rpc.</summary>
public static class DomainErrors
{
    public static RpcException ToRpcException(DomainException exception, bool vietnamese = false)
    {
        var status = exception switch
        {
            InvalidInputException e => Status(Code.InvalidArgument, e.Message, new BadRequest
            {
                FieldViolations = { e.Violations.Select(v => new BadRequest.Types.FieldViolation { Field = v.Field, Description = v.Description }) },
            }),
            RuleViolationException e => Status(Code.FailedPrecondition, e.Message, new PreconditionFailure
            {
                Violations = { e.Violations.Select(v => new PreconditionFailure.Types.Violation { Type = v.Rule, Subject = v.Subject, Description = v.Description }) },
            }),
            NotFoundException e => Status(Code.NotFound, e.Message, new ResourceInfo { ResourceType = e.ResourceType, ResourceName = e.ResourceName, Description = e.Message }),
            AlreadyExistsException e => Status(Code.AlreadyExists, e.Message, new ResourceInfo { ResourceType = e.ResourceType, ResourceName = e.ResourceName, Description = e.Message }),
            StaleVersionException e => Status(Code.Aborted, e.Message, new ErrorInfo
            {
                Reason = "STALE_VERSION",
                Domain = "chancery.v1",
                Metadata = { ["subject"] = e.Subject, ["expected_version"] = e.Expected.ToString(), ["current_version"] = e.Actual.ToString() },
            }),
            PermissionDeniedException e => Status(Code.PermissionDenied, e.Message, new ErrorInfo
            {
                Reason = e.Reason,
                Domain = "chancery.v1",
                Metadata = { ["permission"] = e.Permission },
            }),
            UnauthenticatedException e => Status(Code.Unauthenticated, e.Message, new ErrorInfo { Reason = "UNAUTHENTICATED", Domain = "chancery.v1" }),
            UnitNotOnDateException e => Status(Code.NotFound, e.Message, new ResourceInfo
            {
                ResourceType = "unit", ResourceName = $"units/{e.Resolved.Unit.Id}", Description = e.Message,
            }, new ErrorInfo
            {
                Reason = e.Resolved.Successors.Count > 0 ? "UNIT_SUCCEEDED" : e.Resolved.Predecessors.Count > 0 ? "UNIT_NOT_YET_ESTABLISHED" : e.Resolved.Ends.Count > 0 ? "UNIT_DISSOLVED" : "UNIT_NOT_ON_DATE",
                Domain = "chancery.v1",
                Metadata =
                {
                    ["successors"] = string.Join(',', e.Resolved.Successors.Select(s => s.Unit.Unit.IdText)),
                    ["predecessors"] = string.Join(',', e.Resolved.Predecessors.Select(s => s.Unit.Unit.IdText)),
                    ["established_on"] = Core.Time.IsoDate.Format(e.Resolved.Unit.Established),
                    ["closed_on"] = Core.Time.IsoDate.Format(e.Resolved.Unit.Closed),
                },
            }),
            PlanRejectedException e => PlanStatus(e),
            HierarchyFileRejectedException e => FileStatus(e),
            ContentionException e => Status(Code.Aborted, e.Message, new ErrorInfo { Reason = "CONTENTION", Domain = "chancery.v1" }),
            _ => Status(Code.Internal, "Unexpected domain error."),
        };
        return StatusSize.Bound(vietnamese ? RuleMessages.InVietnamese(status) : status).ToRpcException();
    }

    private static Google.Rpc.Status Status(Code code, string message, params Google.Protobuf.IMessage?[] details)
    {
        var status = new Google.Rpc.Status { Code = (int)code, Message = message };
        foreach (var detail in details.OfType<Google.Protobuf.IMessage>())
        {
            status.Details.Add(Any.Pack(detail));
        }

        return status;
    }

    /// <summary>A refused file: every problem as a field violation "line N: field", as many as the details hold, and how many more there were.</summary>
    private static Google.Rpc.Status FileStatus(HierarchyFileRejectedException e)
    {
        var listed = DetailBudget.Take(e.Problems, p => p.Location.Length + p.Message.Length);
        var badRequest = new BadRequest
        {
            FieldViolations = { listed.Select(p => new BadRequest.Types.FieldViolation { Field = p.Location, Description = p.Message }) },
        };
        if (listed.Count < e.Count)
        {
            badRequest.FieldViolations.Add(new BadRequest.Types.FieldViolation { Field = "file", Description = DetailBudget.More(e.Count, listed.Count) });
        }

        return Status(Code.InvalidArgument, e.Message, badRequest);
    }

    /// <summary>
    /// A refused plan: the status of its gravest problem (permission, bad input, missing unit, then
    /// rules), with every problem in the details, each pointing at its operation.
    /// </summary>
    private static Google.Rpc.Status PlanStatus(PlanRejectedException e)
    {
        var kinds = e.Problems.Select(p => p.Kind).ToHashSet();
        var listed = DetailBudget.Take(e.Problems, p => p.Code.Length + p.Subject.Length + p.Description.Length);
        var code = kinds.Contains("permission-denied") ? Code.PermissionDenied
            : kinds.Contains("invalid-argument") ? Code.InvalidArgument
            : kinds.Contains("not-found") ? Code.NotFound
            : kinds.Contains("already-exists") ? Code.AlreadyExists
            : Code.FailedPrecondition;
        var badRequest = new BadRequest
        {
            FieldViolations = { listed.Where(p => p.Kind == "invalid-argument").Select(p => new BadRequest.Types.FieldViolation { Field = e.FieldPrefix + p.Code, Description = p.Description }) },
        };
        var precondition = new PreconditionFailure
        {
            Violations = { listed.Where(p => p.Kind != "invalid-argument").Select(p => new PreconditionFailure.Types.Violation
            {
                Type = p.Code, Subject = p.Subject == $"operations/{p.OperationIndex}" ? p.Subject : $"operations/{p.OperationIndex} {p.Subject}", Description = p.Description,
            }) },
        };
        if (listed.Count < e.Problems.Count)
        {
            precondition.Violations.Add(new PreconditionFailure.Types.Violation
            {
                Type = "plan.more-problems", Subject = $"plans/{e.PlanId}", Description = DetailBudget.More(e.Problems.Count, listed.Count),
            });
        }

        var permission = e.Problems.FirstOrDefault(p => p.Kind == "permission-denied");
        var info = permission is null ? null : new ErrorInfo { Reason = "OUTSIDE_SUBTREE", Domain = "chancery.v1", Metadata = { ["permission"] = permission.Code } };
        return Status(code, e.Message, badRequest.FieldViolations.Count > 0 ? badRequest : null, precondition.Violations.Count > 0 ? precondition : null, info);
    }
}
