using Chancery.Core.Kernel;

namespace Chancery.Core.Delegations;

/// <summary>
/// One instance of each text, list and basis that many delegations repeat, while the read model is
/// loaded: field codes and their lists ("noi-vu giao-duc"), document kinds, supervised units,
/// scopes, decision numbers, issuers, titles and whole bases. A national registry holds the same
/// few thousand of each over some 200,000 delegations; reading each row's own copy made them most
/// of the delegations' memory. Lists are keyed by their stored text, so that the same stored text
/// gives the same (shared, never changed) array. Used by one load, then dropped.
/// </summary>
internal sealed class DelegationText
{
    private readonly Dictionary<string, string> strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> lists = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Guid[]> units = new(StringComparer.Ordinal);
    private readonly Dictionary<LegalBasis, LegalBasis> bases = [];

    public string? Intern(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (text.Length == 0)
        {
            return "";
        }

        if (!strings.TryGetValue(text, out var shared))
        {
            strings.Add(text, text);
            shared = text;
        }

        return shared;
    }

    /// <summary>The stored list (codes separated by <paramref name="separator"/>) as one shared array of interned items.</summary>
    public string[] List(string stored, char separator)
    {
        if (stored.Length == 0)
        {
            return [];
        }

        if (!lists.TryGetValue(stored, out var list))
        {
            list = stored.Split(separator, StringSplitOptions.RemoveEmptyEntries).Select(s => Intern(s)!).ToArray();
            lists.Add(stored, list);
        }

        return list;
    }

    /// <summary>The stored supervised units (ids separated by spaces) as one shared array.</summary>
    public Guid[] Units(string stored)
    {
        if (stored.Length == 0)
        {
            return [];
        }

        if (!units.TryGetValue(stored, out var list))
        {
            list = stored.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToArray();
            units.Add(stored, list);
        }

        return list;
    }

    public LegalBasis Basis(string number, DateOnly? date, string? issuer, string? title)
    {
        var basis = new LegalBasis(Intern(number)!, date, Intern(issuer), Intern(title));
        if (!bases.TryGetValue(basis, out var shared))
        {
            bases.Add(basis, basis);
            shared = basis;
        }

        return shared;
    }
}
