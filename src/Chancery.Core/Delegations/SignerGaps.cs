using Chancery.Core.Delegations.Catalogue;
using Chancery.Core.Positions;
using Chancery.Core.Registry;
using Chancery.Core.Units;

namespace Chancery.Core.Delegations;

/// <summary>A unit that continues after a change but has nobody who may sign in some fields from its effective date, where somebody could the day before.</summary>
/// <param name="NoSigner">Nobody at all may sign for the unit on the effective date.</param>
public sealed record SignerGap(Guid UnitId, string Name, IReadOnlyList<string> Fields, bool NoSigner, int OperationIndex = -1, string? Label = null);

/// <summary>
/// The units a change leaves without a signer, judged by <see cref="AuthorityResolver"/> on the
/// snapshot before the change (the eve of the effective date) and on the snapshot as drafted (the
/// effective date). Only the units whose positions, appointments or delegations the change drafted
/// are looked at, and a unit whose head still holds office is passed over before anything is
/// resolved (the head signs in every field); the drafted snapshot is built only when a unit needs it.
/// </summary>
public static class SignerGaps
{
    public const int Listed = 1000;

    public static List<SignerGap> Find(WriteContext context, DateOnly effective, IReadOnlyList<EndedDelegation> ended, Func<Guid, int> operationOf)
    {
        var candidates = Candidates(context);
        if (candidates.Count == 0 || effective == DateOnly.MinValue)
        {
            return [];
        }

        var eve = effective.AddDays(-1);
        var before = context.Snapshot;
        var drafted = new DraftedPositions(context);
        RegistrySnapshot? after = null;
        var gaps = new List<SignerGap>();
        foreach (var unitId in candidates)
        {
            var unit = context.Units.Find(unitId);
            if (unit?.At(effective) is not { } version || before.Units.Get(unitId, eve) is null || drafted.HeadHolds(unitId, effective))
            {
                continue;
            }

            var had = AuthorityResolver.Resolve(before, unitId, null, null, eve);
            if (had.Signers.Count == 0)
            {
                continue;
            }

            after ??= Drafted(context);
            var has = AuthorityResolver.Resolve(after, unitId, null, null, effective);
            var fields = FieldsOfWork.All.Select(f => f.Code)
                .Concat(FieldCatalogue.OwnCodes(before, unitId, eve))
                .Concat(had.Signers.SelectMany(s => s.Delegation?.Fields ?? []))
                .Distinct(StringComparer.Ordinal)
                .Where(f => AuthorityResolver.Resolve(before, unitId, f, null, eve).Signers.Count > 0 &&
                    AuthorityResolver.Resolve(after, unitId, f, null, effective).Signers.Count == 0)
                .ToList();
            if (fields.Count > 0 || has.Signers.Count == 0)
            {
                var index = operationOf(unitId);
                if (index < 0)
                {
                    index = ended.FirstOrDefault(e => e.UnitId == unitId && e.OperationIndex >= 0)?.OperationIndex ?? -1;
                }

                gaps.Add(new SignerGap(unitId, version.Name, fields, has.Signers.Count == 0, index));
            }
        }

        return gaps.OrderBy(g => g.OperationIndex).ThenBy(g => g.Name, StringComparer.Ordinal).ThenBy(g => g.UnitId).ToList();
    }

    /// <summary>The units whose positions, appointments or delegations the change drafted (a moved or carried position: both units).</summary>
    private static HashSet<Guid> Candidates(WriteContext context)
    {
        var units = new HashSet<Guid>();
        if (context.HasDraft<PositionsDraft>())
        {
            var positions = context.Positions;
            var original = context.Snapshot.Positions;
            foreach (var p in positions.ChangedPositions)
            {
                units.Add(p.UnitId);
                if (original.FindPosition(p.Id) is { } was)
                {
                    units.Add(was.UnitId);
                }
            }

            foreach (var a in positions.ChangedAppointments)
            {
                if (positions.FindPosition(a.PositionId) is { } p)
                {
                    units.Add(p.UnitId);
                }

                if (original.FindPosition(a.PositionId) is { } was)
                {
                    units.Add(was.UnitId);
                }
            }
        }

        if (context.HasDraft<DelegationsDraft>())
        {
            units.UnionWith(context.Delegations.Changed.Select(d => d.UnitId));
        }

        return units;
    }

    /// <summary>The snapshot as the change drafts it: units, positions and delegations with the drafted states laid in.</summary>
    private static RegistrySnapshot Drafted(WriteContext context)
    {
        var snapshot = context.Snapshot;
        if (context.HasDraft<UnitsDraft>())
        {
            snapshot = snapshot.With(snapshot.Units.With(context.Units.Changed));
        }

        if (context.HasDraft<PositionsDraft>())
        {
            var p = context.Positions;
            snapshot = snapshot.With(snapshot.Positions.With(p.ChangedPositions, p.ChangedAppointments, p.ChangedOfficials));
        }

        if (context.HasDraft<DelegationsDraft>())
        {
            snapshot = snapshot.With(snapshot.Delegations.With(context.Delegations.Changed));
        }

        return snapshot;
    }

    /// <summary>Whether a unit's head position has a permanent or acting holder on a date, as drafted; the drafted states indexed once.</summary>
    private sealed class DraftedPositions
    {
        private readonly PositionsSnapshot baseline;
        private readonly Dictionary<Guid, PositionState> positions = [];
        private readonly ILookup<Guid, PositionState> positionsByUnit;
        private readonly Dictionary<Guid, AppointmentState> appointments = [];
        private readonly ILookup<Guid, AppointmentState> appointmentsByPosition;

        public DraftedPositions(WriteContext context)
        {
            baseline = context.Snapshot.Positions;
            if (context.HasDraft<PositionsDraft>())
            {
                positions = context.Positions.ChangedPositions.ToDictionary(p => p.Id);
                appointments = context.Positions.ChangedAppointments.ToDictionary(a => a.Id);
            }

            positionsByUnit = positions.Values.ToLookup(p => p.UnitId);
            appointmentsByPosition = appointments.Values.ToLookup(a => a.PositionId);
        }

        public bool HeadHolds(Guid unitId, DateOnly date) =>
            baseline.PositionsOfUnit(unitId).Where(p => !positions.ContainsKey(p.Id)).Concat(positionsByUnit[unitId])
                .Any(p => p.Role == PositionRole.Head && p.Contains(date) &&
                    baseline.AppointmentsToPosition(p.Id).Where(a => !appointments.ContainsKey(a.Id)).Concat(appointmentsByPosition[p.Id])
                        .Any(a => a.IsHolder && a.Contains(date)));
    }
}
