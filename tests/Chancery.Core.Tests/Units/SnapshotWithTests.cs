using Chancery.Core.Errors;
using Chancery.Core.Registry;
using Chancery.Core.Units;
using Chancery.Core.Units.Commands;

namespace Chancery.Core.Tests.Units;

/// <summary>
/// <see cref="UnitsSnapshot.With"/> updates a snapshot incrementally; it must answer exactly
/// as <see cref="UnitsSnapshot.Build"/> does on the same unit states. The bases here hold
/// enough units that one change takes the incremental path (not the rebuild for large changes).
/// </summary>
public sealed class SnapshotWithTests
{
    private static readonly DateOnly[] Dates =
        [Day("2000-01-01"), Day("2021-03-15"), Day("2023-09-09"), Day("2025-06-30"), Day("2025-07-01"), Day("2027-12-31"), Day("2030-01-01")];

    [Fact]
    public void With_Move_SameAsBuild() =>
        AfterChange((tree, h) => h.Move(tree.HomeAffairs, tree.Committee, "2025-07-01"));

    [Fact]
    public void With_MoveToTopLevel_SameAsBuild() =>
        AfterChange((tree, h) => h.Move(tree.Office, null, "2025-07-01"));

    [Fact]
    public void With_Rename_SameAsBuildAndReordersSiblings() =>
        AfterChange((tree, h) => h.Rename(tree.HomeAffairs, "Ban Nội vụ", "2025-07-01"));

    [Fact]
    public void With_Close_SameAsBuild() =>
        AfterChange((tree, h) => h.Close(tree.Office, "2025-07-01"));

    [Fact]
    public void With_NewUnit_SameAsBuild() =>
        AfterChange((tree, h) => h.Create("Sở Tài chính", tree.PhuTho, from: "2025-07-01", code: "000.00.04.G15"));

    [Fact]
    public void With_NewTopLevelUnit_SameAsBuild() =>
        AfterChange((_, h) => h.Create("Cà Mau", from: "2025-07-01"));

    [Fact]
    public void With_CodeChangedAndCleared_SameAsBuild()
    {
        AfterChange((tree, h) => h.SetCode(tree.HomeAffairs, "000.00.04.G99", "2025-07-01"));
        AfterChange((tree, h) => h.SetCode(tree.PhuTho, null, "2000-01-01"));
    }

    [Fact]
    public void With_LastChildMovedAway_ParentHasNoEdges()
    {
        var tree = Padded();
        var before = tree.Snapshot;
        var moved = tree.H.Snapshot.Find(tree.Office)!.ChangeFrom(Day(TestHierarchy.Epoch), a => a with { ParentId = tree.PhuTho });

        var after = before.With([moved]);

        Assert.True(after.ChildEdges(tree.Committee).IsEmpty);
        Assert.Equal(1, before.ChildEdges(tree.Committee).Length);
    }

    [Fact]
    public void With_Nothing_SameSnapshot()
    {
        var snapshot = new SampleTree().Snapshot;

        Assert.Same(snapshot, snapshot.With([]));
    }

    [Fact]
    public void With_RandomOperations_AlwaysSameAsBuild()
    {
        var random = new Random(20250701);
        var h = new TestHierarchy();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 30; i++)
        {
            h.Unit(RandomName(random), i < 5 ? null : h.Snapshot.Units.ElementAt(random.Next(h.Snapshot.Count)).Id);
        }

        var incremental = h.Snapshot;
        var applied = 0;
        for (var step = 0; step < 400; step++)
        {
            var context = TestHierarchy.Over(incremental, step, Day("2025-07-01"));
            try
            {
                for (var k = random.Next(1, 4); k > 0; k--)
                {
                    RandomCommand(random, context, incremental, h, codes);
                }
            }
            catch (DomainException)
            {
                continue;
            }

            var changed = context.ChangedUnits();
            foreach (var unit in changed)
            {
                h.Put(unit);
            }

            incremental = incremental.With(changed);
            applied++;
            SnapshotAssert.SameAnswers(h.Snapshot, incremental, codes, Dates);
        }

        Assert.True(applied > 150, $"only {applied} of 400 steps were allowed by the rules");
    }

    private static void RandomCommand(Random random, WriteContext context, UnitsSnapshot snapshot, TestHierarchy h, HashSet<string> codes)
    {
        var units = snapshot.Units.Select(u => context.Units.Find(u.Id)!).Concat(context.Units.Changed).DistinctBy(u => u.Id).ToList();
        var unit = units[random.Next(units.Count)];
        var date = Day("2020-01-01").AddDays(random.Next(0, 10 * 365));

        // Mostly parents that exist from that date on, so that most steps pass the rules.
        var open = units.Where(u => u.Closed is null && u.Established <= date).ToList();
        var parent = random.Next(6) == 0 || open.Count == 0 ? (Guid?)null
            : random.Next(6) == 0 ? units[random.Next(units.Count)].Id
            : open[random.Next(open.Count)].Id;
        switch (random.Next(6))
        {
            case 0:
                var code = random.Next(2) == 0 ? null : $"000.00.{random.Next(10):D2}.H{random.Next(20):D2}";
                if (code is not null)
                {
                    codes.Add(code);
                }

                CreateUnit.Apply(context, new CreateUnitCommand(RandomName(random), null, UnitKind.Other, parent, code, date), h.NewId());
                break;
            case 1:
            case 2:
                MoveUnit.Apply(context, new MoveUnitCommand(unit.Id, parent, unit.Version, date));
                break;
            case 3:
                UpdateUnit.Apply(context, new UpdateUnitCommand(unit.Id, UnitFields.Name, RandomName(random), null, UnitKind.Unspecified, null, unit.Version, date));
                break;
            case 4:
                var newCode = $"000.00.{random.Next(10):D2}.H{random.Next(20):D2}";
                codes.Add(newCode);
                UpdateUnit.Apply(context, new UpdateUnitCommand(unit.Id, UnitFields.Code, null, null, UnitKind.Unspecified, newCode, unit.Version, date));
                break;
            default:
                CloseUnit.Apply(context, new CloseUnitCommand(unit.Id, unit.Version, date));
                break;
        }
    }

    private static string RandomName(Random random)
    {
        string[] names = ["Xã Lương Sơn", "Phường Đà Nẵng", "Sở Nội vụ", "Phòng Tổ chức", "Ái Quốc", "An Giang", "Bắc Ninh", "Đội 1", "Tổ A", "Văn phòng"];
        return names[random.Next(names.Length)];
    }

    /// <summary>The sample tree with enough extra units that a change of one or two takes the incremental path.</summary>
    private static SampleTree Padded()
    {
        var tree = new SampleTree();
        for (var i = 0; i < 20; i++)
        {
            tree.H.Unit($"Đơn vị {i}", i % 2 == 0 ? tree.PhuTho : tree.AnGiang);
        }

        return tree;
    }

    private static void AfterChange(Func<SampleTree, TestHierarchy, UnitView> change)
    {
        var tree = Padded();
        var before = tree.Snapshot;
        var beforeStates = before.Units.ToDictionary(u => u.Id);

        change(tree, tree.H);

        var changed = tree.H.Snapshot.Units.Where(u => !beforeStates.TryGetValue(u.Id, out var old) || !ReferenceEquals(old, u)).ToList();
        Assert.NotEmpty(changed);
        Assert.True(changed.Count <= before.Count / 4);
        var codes = tree.H.Snapshot.Units.Concat(before.Units).SelectMany(u => u.Versions).Select(v => v.Code).OfType<string>().ToHashSet();
        SnapshotAssert.SameAnswers(tree.H.Snapshot, before.With(changed), codes, Dates);
    }
}
