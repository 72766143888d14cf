using Chancery.Core.Units;

namespace Chancery.Benchmarks.Generation;

/// <summary>
/// Electronic identifier codes (ddd.dd.dd.Xdd) for two thirds of today's units, as the peer's
/// generator gives them: provinces <c>000.00.00.Hpp</c>, their departments <c>000.00.kk.Hpp</c>,
/// the departments' children <c>000.jj.kk.Hpp</c> and grandchildren <c>mmm.jj.kk.Hpp</c>,
/// communes <c>000.cc.5b.Hpp</c> and the units of a commune <c>mmm.cc.5b.Hpp</c>.
/// </summary>
public sealed class CodeAssigner
{
    private readonly HashSet<string> codes = new(StringComparer.Ordinal);

    public int Count => codes.Count;

    public void Assign(IReadOnlyList<GenNode> provinces)
    {
        for (var p = 1; p <= provinces.Count; p++)
        {
            var province = provinces[p - 1];
            var h = $"H{p:00}";
            Set(province, $"000.00.00.{h}");
            var (k, c) = (0, 0);
            foreach (var child in province.Children)
            {
                if (child.Kind is UnitKind.Commune or UnitKind.Ward or UnitKind.SpecialZone)
                {
                    c++;
                    var (cc, bb) = ((c - 1) % 99 + 1, 50 + (c - 1) / 99);
                    Set(child, $"000.{cc:00}.{bb:00}.{h}");
                    var m = 0;
                    foreach (var sub in child.Walk().Skip(1).Where(s => s.Depth <= 5).Take(999))
                    {
                        Set(sub, $"{++m:000}.{cc:00}.{bb:00}.{h}");
                    }
                }
                else if (++k <= 49)
                {
                    Set(child, $"000.00.{k:00}.{h}");
                    for (var j = 1; j <= Math.Min(99, child.Children.Count); j++)
                    {
                        var grandchild = child.Children[j - 1];
                        Set(grandchild, $"000.{j:00}.{k:00}.{h}");
                        for (var m = 1; m <= Math.Min(999, grandchild.Children.Count); m++)
                        {
                            Set(grandchild.Children[m - 1], $"{m:000}.{j:00}.{k:00}.{h}");
                        }
                    }
                }
            }
        }
    }

    /// <summary>Gives a code that no other unit of today's tree holds.</summary>
    public void Set(GenNode node, string code)
    {
        if (!UnitCode.IsValid(code) || !codes.Add(code))
        {
            throw new InvalidOperationException($"Code {code} is invalid or already given.");
        }

        node.Code = code;
    }
}
