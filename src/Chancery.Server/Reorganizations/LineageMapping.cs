using Chancery.Core.Registry;
using Chancery.Core.Reorganizations;
using Chancery.Core.Time;
using Chancery.Core.Units;
using Chancery.Server.Grpc;

namespace Chancery.Server.Reorganizations;

public static class LineageMapping
{
    public static V1.LineageEntry ToMessage(this LineageStep step, RegistrySnapshot snapshot) => new()
    {
        EventId = step.EventId.ToString(),
        Kind = step.Kind.ToMessage(),
        EffectiveDate = IsoDate.Format(step.Date),
        PlanId = step.PlanId,
        OperationIndex = step.OperationIndex,
        Basis = step.Basis.ToMessage(),
        PredecessorId = step.PredecessorId?.ToString() ?? "",
        PredecessorName = step.PredecessorId is { } p ? Name(snapshot, p, step.Date.AddDays(-1)) : "",
        SuccessorId = step.SuccessorId?.ToString() ?? "",
        SuccessorName = step.SuccessorId is { } s ? Name(snapshot, s, step.Date) : "",
    };

    private static string Name(RegistrySnapshot snapshot, Guid id, DateOnly date) =>
        snapshot.Units.Find(id) is { } unit ? (unit.At(date) ?? unit.Versions[^1]).Name : "";
}
