using System.Text;

namespace Chancery.Core.Regulations.Text.Amendments;

/// <summary>
/// The consolidated body: amendments applied, in the order they take effect, over the body they
/// amend. Each operation applies to the body as the operations before it left it; one that cannot
/// apply (its target does not exist, the inserted provision does not fit there) is skipped and
/// reported with its type. Provisions nothing touched are reused, not copied.
/// </summary>
public static class Consolidation
{
    /// <summary>The text a repealed provision keeps in a consolidated body.</summary>
    public const string RepealedText = "(bãi bỏ)";

    public static bool IsRepealed(Provision provision) =>
        provision.Children.Count == 0 && provision.Heading is null && provision.Text == RepealedText;

    public static ConsolidationResult Apply(RegulationBody body, IEnumerable<Amendment> amendments)
    {
        var root = new Node(new Provision(Guid.Empty, 0, "", null, "", body.Provisions), null);
        var index = new Dictionary<Guid, Node>();
        foreach (var node in root.Children.SelectMany(c => c.SelfAndDescendants()))
        {
            index.TryAdd(node.Guid, node);
        }

        var problems = new List<AmendmentProblem>();
        var changed = false;
        var a = 0;
        foreach (var amendment in amendments)
        {
            for (var o = 0; o < amendment.Operations.Count; o++)
            {
                if (ApplyOne(root, index, amendment.Operations[o]) is { } problem)
                {
                    problems.Add(new(a, o, problem.Type, $"{amendment.Label}, operation {o + 1}: {problem.Message}"));
                }
                else
                {
                    changed = true;
                }
            }

            a++;
        }

        return new(changed ? new RegulationBody(root.Freeze().Children) : body, problems);
    }

    private static (string Type, string Message)? ApplyOne(Node root, Dictionary<Guid, Node> index, AmendmentOperation op)
    {
        var (target, missing) = Resolve(root, index, op.Target);
        if (target is null)
        {
            return missing;
        }

        switch (op.Action)
        {
            case AmendmentAction.ReplaceText when op.Text is null:
                return (AmendmentProblemTypes.MissingContent, "replacing a text needs the new text.");
            case AmendmentAction.ReplaceText:
                target.Text = op.Text.Normalize(NormalizationForm.FormC);
                break;
            case AmendmentAction.ReplaceHeading:
                target.Heading = string.IsNullOrEmpty(op.Heading) ? null : op.Heading.Normalize(NormalizationForm.FormC);
                break;
            case AmendmentAction.Repeal when target.Children.Count == 0 && target.Heading is null && target.Text == RepealedText:
                return (AmendmentProblemTypes.AlreadyRepealed, $"{target.Eid} is repealed already.");
            case AmendmentAction.Repeal:
                foreach (var gone in target.Children.SelectMany(c => c.SelfAndDescendants()))
                {
                    index.Remove(gone.Guid);
                }

                target.Children.Clear();
                target.Heading = null;
                target.Text = RepealedText;
                break;
            case AmendmentAction.Remove:
                foreach (var gone in target.SelfAndDescendants())
                {
                    index.Remove(gone.Guid);
                }

                target.Parent!.Children.Remove(target);
                target.Parent.Touch();
                return null;
            case AmendmentAction.Renumber when string.IsNullOrWhiteSpace(op.Number):
                return (AmendmentProblemTypes.MissingContent, "renumbering needs the new number.");
            case AmendmentAction.Renumber:
                if (Clash(root, target.Parent!, target.Kind, op.Number, except: target) is { } clash)
                {
                    return clash;
                }

                target.Number = op.Number.Trim();
                break;
            case AmendmentAction.InsertBefore or AmendmentAction.InsertAfter or AmendmentAction.InsertChild:
                return Insert(root, index, target, op);
        }

        target.Touch();
        return null;
    }

    private static (string Type, string Message)? Insert(Node root, Dictionary<Guid, Node> index, Node target, AmendmentOperation op)
    {
        if (op.Provision is not { } provision)
        {
            return (AmendmentProblemTypes.MissingContent, "an insert needs the provision to insert.");
        }

        var child = op.Action == AmendmentAction.InsertChild;
        var parent = child ? target : target.Parent!;
        var fits = child
            ? provision.Kind > target.Kind && (target.Children.Count == 0 || target.Children[0].Kind == provision.Kind)
            : provision.Kind == target.Kind;
        if (!fits || !Nests(provision))
        {
            return (AmendmentProblemTypes.KindMismatch, $"a {provision.Kind} cannot be placed {(child ? "under" : "beside")} {target.Eid} ({target.Kind}), or its own provisions do not nest (chapter, section, article, clause, point).");
        }

        if (Clash(root, parent, provision.Kind, provision.Number, except: null) is { } clash)
        {
            return clash;
        }

        var node = new Node(provision, parent);
        foreach (var added in node.SelfAndDescendants())
        {
            if (index.ContainsKey(added.Guid))
            {
                return (AmendmentProblemTypes.DuplicateGuid, $"the inserted provision's persistent id {added.Guid} is already in the body.");
            }
        }

        foreach (var added in node.SelfAndDescendants())
        {
            index.Add(added.Guid, added);
        }

        var at = child ? parent.Children.Count : parent.Children.IndexOf(target) + (op.Action == AmendmentAction.InsertAfter ? 1 : 0);
        parent.Children.Insert(at, node);
        parent.Touch();
        return null;
    }

    private static (Node? Node, (string Type, string Message)? Problem) Resolve(Node root, Dictionary<Guid, Node> index, ProvisionTarget target)
    {
        Node? byGuid = null;
        if (target.Guid is { } guid && !index.TryGetValue(guid, out byGuid))
        {
            return (null, (AmendmentProblemTypes.TargetNotFound, $"no provision has the persistent id {guid}."));
        }

        if (target.Eid is null)
        {
            return byGuid is null ? (null, (AmendmentProblemTypes.TargetNotFound, "the operation names no provision.")) : (byGuid, null);
        }

        var byEid = root.Children.SelectMany(c => c.SelfAndDescendants()).FirstOrDefault(n => n.Eid == target.Eid);
        if (byEid is null)
        {
            return (null, (AmendmentProblemTypes.TargetNotFound, $"no provision is {target.Eid}."));
        }

        return byGuid is not null && byGuid != byEid
            ? (null, (AmendmentProblemTypes.TargetMismatch, $"{target.Guid} is {byGuid.Eid}, not {target.Eid}."))
            : (byEid, null);
    }

    /// <summary>A provision of the same number beside it; for an article, anywhere (articles are numbered through the whole text).</summary>
    private static (string Type, string Message)? Clash(Node root, Node parent, ProvisionKind kind, string number, Node? except)
    {
        var part = ProvisionIds.Part(kind, number.Trim());
        var others = kind == ProvisionKind.Article ? root.Children.SelectMany(c => c.SelfAndDescendants()) : parent.Children;
        foreach (var sibling in others)
        {
            if (sibling != except && sibling.Kind == kind && ProvisionIds.Part(sibling.Kind, sibling.Number) == part)
            {
                return (AmendmentProblemTypes.DuplicateNumber, $"{sibling.Eid} exists already.");
            }
        }

        return null;
    }

    private static bool Nests(Provision provision) =>
        provision.Kind is >= ProvisionKind.Chapter and <= ProvisionKind.Point
        && provision.Children.All(c => c.Kind > provision.Kind && Nests(c));
}
