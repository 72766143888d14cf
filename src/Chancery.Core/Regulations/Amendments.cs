using Chancery.Core.Regulations.Text;

namespace Chancery.Core.Regulations;

/// <summary>
/// The consolidated text of an amendment: the amended version's body with each operation applied
/// in order. An operation naming a provision the amended body lacks is reported (the rule
/// <see cref="RegulationRules.AmendmentTargets"/>), never guessed.
/// </summary>
public static class Amendments
{
    public static (RegulationBody Body, List<string> Missing) Apply(RegulationBody amended, IReadOnlyList<AmendmentOperation> operations)
    {
        var missing = new List<string>();
        var top = amended.Provisions.ToList();
        foreach (var (op, i) in operations.Select((o, i) => (o, i)))
        {
            var ok = op.Action switch
            {
                AmendmentAction.Change => Replace(top, op.Target!.Value, p => [op.Provision! with { Guid = p.Guid }]),
                AmendmentAction.Repeal => Replace(top, op.Target!.Value, _ => []),
                AmendmentAction.Insert => Insert(top, op.Parent, op.After, op.Provision!),
                _ => false,
            };
            if (!ok)
            {
                missing.Add($"operations[{i}]");
            }
        }

        return (new RegulationBody(top), missing);
    }

    private static bool Replace(List<Provision> list, Guid target, Func<Provision, IEnumerable<Provision>> with)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].Guid == target)
            {
                var replacement = with(list[i]).ToList();
                list.RemoveAt(i);
                list.InsertRange(i, replacement);
                return true;
            }

            var children = list[i].Children.ToList();
            if (Replace(children, target, with))
            {
                list[i] = list[i] with { Children = children };
                return true;
            }
        }

        return false;
    }

    private static bool Insert(List<Provision> list, Guid? parent, Guid? after, Provision provision)
    {
        if (parent is null)
        {
            return InsertAfter(list, after, provision);
        }

        for (var i = 0; i < list.Count; i++)
        {
            var children = list[i].Children.ToList();
            if (list[i].Guid == parent ? InsertAfter(children, after, provision) : Insert(children, parent, after, provision))
            {
                list[i] = list[i] with { Children = children };
                return true;
            }
        }

        return false;
    }

    private static bool InsertAfter(List<Provision> list, Guid? after, Provision provision)
    {
        var index = after is { } a ? list.FindIndex(p => p.Guid == a) : -1;
        if (after is not null && index < 0)
        {
            return false;
        }

        list.Insert(index + 1, provision);
        return true;
    }
}
