using Chancery.Core.Units;

namespace Chancery.Core.Tests.Support;

/// <summary>Asserts that two snapshots answer every read the same way.</summary>
internal static class SnapshotAssert
{
    private static readonly string[] Queries = ["xa", "so", "luong son", "phong", "a"];

    public static void SameAnswers(UnitsSnapshot expected, UnitsSnapshot actual, IReadOnlyCollection<string> codes, IReadOnlyCollection<DateOnly> dates)
    {
        Assert.Equal(expected.Count, actual.Count);
        var ids = expected.Units.Select(u => u.Id).Order().ToList();
        Assert.Equal(ids, actual.Units.Select(u => u.Id).Order());
        foreach (var id in ids)
        {
            var e = expected.Find(id)!;
            var a = actual.Find(id)!;
            Assert.True(e.SameVersionsAs(a), $"unit {id}: versions differ");
            Assert.Equal(e.Version, a.Version);
        }

        foreach (var parent in ids.Cast<Guid?>().Prepend(null))
        {
            Assert.Equal(Edges(expected, parent), Edges(actual, parent));
        }

        foreach (var code in codes)
        {
            Assert.Equal(expected.UnitsWithCode(code).Order(), actual.UnitsWithCode(code).Order());
        }

        foreach (var date in dates)
        {
            SameAnswersOn(expected, actual, ids, codes, date);
        }
    }

    private static void SameAnswersOn(UnitsSnapshot expected, UnitsSnapshot actual, List<Guid> ids, IReadOnlyCollection<string> codes, DateOnly date)
    {
        Assert.Equal(Ids(expected.Children(null, date)), Ids(actual.Children(null, date)));
        foreach (var id in ids)
        {
            var e = expected.Get(id, date);
            var a = actual.Get(id, date);
            Assert.Equal(e?.Version.Period, a?.Version.Period);
            if (e is not { } ev || a is not { } av)
            {
                continue;
            }

            Assert.Equal(Ids(expected.Children(id, date)), Ids(actual.Children(id, date)));
            Assert.Equal(Ids(expected.Ancestors(ev, date)), Ids(actual.Ancestors(av, date)));
            Assert.Equal(
                expected.Subtree(ev, date, 0).Select(i => (i.View.Unit.Id, i.Depth)),
                actual.Subtree(av, date, 0).Select(i => (i.View.Unit.Id, i.Depth)));
        }

        foreach (var code in codes)
        {
            Assert.Equal(expected.GetByCode(code, date)?.Unit.Id, actual.GetByCode(code, date)?.Unit.Id);
        }

        foreach (var query in Queries)
        {
            Assert.Equal(Ids(expected.Search(query, date, null, null)), Ids(actual.Search(query, date, null, null)));
        }
    }

    private static List<(Guid, DateOnly, DateOnly?)> Edges(UnitsSnapshot snapshot, Guid? parent)
    {
        var list = new List<(Guid, DateOnly, DateOnly?)>();
        foreach (var edge in snapshot.ChildEdges(parent))
        {
            list.Add((edge.Child.Id, edge.Version.From, edge.Version.To));
        }

        return list;
    }

    private static IEnumerable<Guid> Ids(IEnumerable<UnitView> views) => views.Select(v => v.Unit.Id).ToList();
}
