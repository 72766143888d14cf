using Chancery.Core.Errors;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;

namespace Chancery.Server.Grpc;

/// <summary>Each kind of domain error as its gRPC status, with the details of google.rpc.</summary>
public static class DomainErrors
{
    public static RpcException ToRpcException(DomainException exception)
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
            ContentionException e => Status(Code.Aborted, e.Message, new ErrorInfo { Reason = "CONTENTION", Domain = "chancery.v1" }),
            _ => Status(Code.Internal, "Unexpected domain error.", null),
        };
        return status.ToRpcException();
    }

    private static Google.Rpc.Status Status(Code code, string message, Google.Protobuf.IMessage? detail)
    {
        var status = new Google.Rpc.Status { Code = (int)code, Message = message };
        if (detail is not null)
        {
            status.Details.Add(Any.Pack(detail));
        }

        return status;
    }
}
