using Chancery.Core.Access;
using Chancery.Core.Registry;
using Chancery.Core.Storage;
using Chancery.Core.Units;
using Microsoft.EntityFrameworkCore;

namespace Chancery.Core.Reorganizations.Files;

/// <summary>What an import did: the file's lines, its problems (a dry run lists them; otherwise there are none), and the plan's dry run or application.</summary>
public sealed record ImportResult(int Lines, int ProblemCount, IReadOnlyList<FileProblem> Problems, PlanResult? Plan);

/// <summary>
/// Imports a hierarchy file as a reorganization plan: reads it, checks every line and the lines
/// together against the registry, builds the plan (<see cref="ImportPlanBuilder"/>), then dry-runs
/// or applies it under the caller's access. A file with any problem is refused whole
/// (<see cref="HierarchyFileRejectedException"/>; a dry run lists the problems instead); a plan
/// that breaks a rule is refused whole by <see cref="PlanCommands"/>. Either way nothing is stored.
/// </summary>
public sealed class HierarchyImporter(PlanCommands plans, RegistryState registry, ChanceryDatabase database)
{
    public async Task<ImportResult> ImportAsync(Stream file, ImportSettings settings, WriteRequest request, CancellationToken cancellationToken)
    {
        var read = await HierarchyFileReader.ReadAsync(file, settings.Format, cancellationToken);
        var snapshot = registry.Current;
        HierarchyFileChecks.Check(read.Rows, snapshot.Units, settings.EffectiveDate, read.Problems);
        if (read.Problems.Count > 0)
        {
            var problems = read.Problems.Sorted();
            return settings.DryRun
                ? new ImportResult(read.Lines, read.Problems.Count, problems, null)
                : throw new HierarchyFileRejectedException(read.Lines, read.Problems.Count, problems);
        }

        var plan = ImportPlanBuilder.Build(read.Rows, snapshot.Units, settings);
        if (plan.Operations.Count == 0)
        {
            if (!settings.DryRun)
            {
                // As for a plan applied again: nothing changes, so no unit's right is checked; but only those who may reorganize are answered.
                ChangeRights.RequireRole(request.Actor, snapshot, Scopes.HierarchyWrite, Role.UnitAdministrator);
            }

            return new ImportResult(read.Lines, 0, [], await NothingToDoAsync(plan, cancellationToken));
        }

        var result = settings.DryRun
            ? await plans.DryRunAsync(plan, request.Actor, cancellationToken)
            : await plans.ApplyAsync(plan, request, cancellationToken);
        return new ImportResult(read.Lines, 0, [], result);
    }

    /// <summary>
    /// The registry already holds what the file says: if a plan of this id was applied (the same
    /// import, sent again), its first result; else a result that changes nothing.
    /// </summary>
    private async Task<PlanResult> NothingToDoAsync(ReorganizationPlan plan, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var stored = await db.Plans.AsNoTracking().Where(p => p.Id == plan.Id).Select(p => p.Result).SingleOrDefaultAsync(cancellationToken);
        return stored is not null
            ? PlanJson.Deserialize<PlanResult>(stored) with { AlreadyApplied = true }
            : new PlanResult(plan.Id, false, false, new PlanCounts(0, 0, 0, 0, 0), 0, [], []);
    }
}
