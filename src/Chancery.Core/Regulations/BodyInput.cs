using Chancery.Core.Errors;
using Chancery.Core.Regulations.Text;
using Chancery.Core.Text;

namespace Chancery.Core.Regulations;

/// <summary>
/// Checks a body a caller gives: levels nested as Vietnamese texts nest them (Chương, Mục, Điều,
/// Khoản, Điểm; articles may stand at the top), numbers given, texts clean and bounded, readable ids
/// and persistent ids unique. A provision without a guid is new and gets one.
/// </summary>
public static class BodyInput
{
    public const int MaxProvisions = 5000;
    public const int MaxText = 20_000;

    public static RegulationBody Check(IReadOnlyList<Provision> provisions, InputErrors errors, string field = "body")
    {
        var state = new State(errors);
        var checkedList = provisions.Select((p, i) => Check(p, null, $"{field}[{i}]", [], state)).ToList();
        if (state.Count > MaxProvisions)
        {
            errors.Add(field, $"At most {MaxProvisions} provisions.");
        }

        return new RegulationBody(checkedList);
    }

    public static Provision CheckOne(Provision p, ProvisionKind? parent, InputErrors errors, string field) =>
        Check(p, parent, field, [], new State(errors));

    private static Provision Check(Provision p, ProvisionKind? parent, string field, List<Provision> path, State state)
    {
        state.Count++;
        if (!Enum.IsDefined(p.Kind) || (parent is { } k ? p.Kind <= k : p.Kind is not (ProvisionKind.Chapter or ProvisionKind.Article)))
        {
            state.Errors.Add($"{field}.level", "Levels nest as Chương > Mục > Điều > Khoản > Điểm; the top level holds chapters or articles.");
        }

        var number = TextGuard.Line(p.Number, state.Errors, $"{field}.number");
        if (number.Length is 0 or > 20 || number.Contains(' ', StringComparison.Ordinal))
        {
            state.Errors.Add($"{field}.number", "A number as printed (II, 1, 5a, a), 1 to 20 characters without spaces.");
        }

        var heading = TextGuard.Line(p.Heading, state.Errors, $"{field}.heading");
        if (heading.Length > 500)
        {
            state.Errors.Add($"{field}.heading", "At most 500 characters.");
        }

        var text = TextGuard.Check(p.Text, state.Errors, $"{field}.text") ? VietnameseText.Clean(p.Text) : "";
        if (text.Length > MaxText)
        {
            state.Errors.Add($"{field}.text", $"At most {MaxText} characters.");
        }

        var guid = p.Guid == Guid.Empty ? Guid.CreateVersion7() : p.Guid;
        if (!state.Guids.Add(guid))
        {
            state.Errors.Add($"{field}.guid", $"The persistent id {guid} appears twice.");
        }

        var self = new Provision(guid, p.Kind, number, heading.Length == 0 ? null : heading, text, []);
        path.Add(self);
        if (state.Count <= MaxProvisions && number.Length > 0 && Enum.IsDefined(p.Kind) && !state.Eids.Add(ProvisionIds.Eid(path)))
        {
            state.Errors.Add($"{field}.number", $"Two provisions would have the readable id {ProvisionIds.Eid(path)}: renumber one.");
        }

        // A provision of no known level has no readable id, nor have those under it: they are not read further.
        var children = path.Count > 6 || !Enum.IsDefined(p.Kind) ? [] : p.Children.Select((c, i) => Check(c, p.Kind, $"{field}.children[{i}]", path, state)).ToList();
        path.RemoveAt(path.Count - 1);
        return self with { Children = children };
    }

    private sealed class State(InputErrors errors)
    {
        public InputErrors Errors => errors;

        public int Count { get; set; }

        public HashSet<Guid> Guids { get; } = [];

        public HashSet<string> Eids { get; } = new(StringComparer.Ordinal);
    }
}
