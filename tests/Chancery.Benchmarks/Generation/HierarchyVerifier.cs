using Chancery.Core.Errors;
using Chancery.Core.Units;

namespace Chancery.Benchmarks.Generation;

/// <summary>Checks every generated unit against the core's own rules of the hierarchy (periods, cycles, codes).</summary>
public static class HierarchyVerifier
{
    public static void Verify(UnitsSnapshot snapshot)
    {
        var violations = new RuleViolations();
        UnitRules.Check(new UnitsDraft(snapshot), snapshot.Units.Select(u => u.Id).ToList(), violations);
        foreach (var unit in snapshot.Units)
        {
            foreach (var v in unit.Versions)
            {
                if (v.Code is { } code && !UnitCode.IsValid(code))
                {
                    violations.Add("bench.code-form", unit.Subject, $"Code {code} is not of the form {UnitCode.Form}.");
                }
            }
        }

        if (violations.Items.Count > 0)
        {
            var sample = string.Join("\n", violations.Items.Take(10).Select(v => $"  {v.Rule} {v.Subject}: {v.Description}"));
            throw new InvalidOperationException($"The generated hierarchy breaks {violations.Items.Count} rules, e.g.:\n{sample}");
        }
    }
}
