using Chancery.Core.Kernel;
using Chancery.Core.Positions;
using Chancery.Core.Registry;
using Chancery.Core.Time;

namespace Chancery.Core.Delegations;

/// <summary>
/// A delegation that a change ends earlier than it would have ended: who delegated what to whom,
/// when it would have ended before the change (in valid time, null: open) and when it ends now.
/// <see cref="Cancelled"/>: it now ends on or before its start, so it never takes effect.
/// </summary>
public sealed record EndedDelegation(
    Guid Id, long Version, DelegationKind Kind, Guid UnitId, Guid? PassedFromId,
    Guid DelegatorOfficialId, string DelegatorName, Guid DelegateOfficialId, string DelegateName,
    IReadOnlyList<string> Fields, IReadOnlyList<string> DocumentKinds, DateOnly ValidFrom,
    DateOnly? EndedBefore, DateOnly EndsOn, bool Cancelled, LegalBasis Basis, int OperationIndex = -1, string? Label = null)
{
    public string Subject => $"delegations/{Id}";
}

/// <summary>The delegations a change ends, read from the write context's drafts (what the delegations part's reactions changed).</summary>
public static class DelegationEndings
{
    /// <summary>How many a result lists (a count covers all).</summary>
    public const int Listed = 1000;

    /// <summary>
    /// Every drafted delegation whose end in valid time moved earlier, compared with the snapshot
    /// the change started from; <paramref name="operationOf"/> names the plan operation that ended
    /// it (from the unit whose appointment ended), -1 when none is known. Creates no draft.
    /// </summary>
    public static List<EndedDelegation> Of(WriteContext context, Func<Guid, int>? operationOf = null)
    {
        if (!context.HasDraft<DelegationsDraft>())
        {
            return [];
        }

        var draft = context.Delegations;
        var before = context.Snapshot.Delegations;
        var positionsBefore = context.Snapshot.Positions;
        var positions = context.HasDraft<PositionsDraft>() ? context.Positions : null;
        var ended = new List<EndedDelegation>();
        foreach (var d in draft.Changed)
        {
            if (draft.Original(d.Id) is not { } original)
            {
                continue;
            }

            var was = before.Effective(original, positionsBefore);
            var now = positions is null ? before.Effective(d, positionsBefore) : draft.Effective(d, positions);
            if (now.End >= was.End)
            {
                continue;
            }

            var end = now.IsEmpty ? d.From : now.End;
            ended.Add(new EndedDelegation(
                d.Id, d.Version, d.Kind, d.UnitId, d.PassedFromId,
                d.DelegatorOfficialId, Name(context, d.DelegatorOfficialId), d.DelegateOfficialId, Name(context, d.DelegateOfficialId),
                d.Fields, d.DocumentKinds, d.From, was.IsEmpty ? d.From : was.To, end, now.IsEmpty, d.Basis,
                operationOf is null ? -1 : Operation(context, d, operationOf)));
        }

        return ended.OrderBy(e => e.OperationIndex).ThenBy(e => e.ValidFrom).ThenBy(e => e.Id).ToList();
    }

    /// <summary>The operation that ended one of the appointments the delegation rests on, else the one that touched its unit.</summary>
    private static int Operation(WriteContext context, DelegationState d, Func<Guid, int> operationOf)
    {
        foreach (var appointmentId in new[] { d.DelegateAppointmentId, d.DelegatorAppointmentId })
        {
            var original = context.Snapshot.Positions.FindAppointment(appointmentId);
            var now = context.Positions.FindAppointment(appointmentId);
            if (original is not null && now is not null && now.Period != original.Period &&
                context.Snapshot.Positions.FindPosition(original.PositionId) is { } position && operationOf(position.UnitId) is >= 0 and var index)
            {
                return index;
            }
        }

        return operationOf(d.UnitId);
    }

    private static string Name(WriteContext context, Guid officialId) =>
        context.Snapshot.Positions.FindOfficial(officialId)?.FullName ?? "";
}
