using Chancery.Core.Delegations;
using Chancery.Core.Positions;

namespace Chancery.Core.Tests.Delegations;

/// <summary>A snapshot changed by <see cref="DelegationsSnapshot.With"/> answers as one built whole from the same delegations (its sorted runs merged, not rebuilt).</summary>
public sealed class DelegationsSnapshotTests
{
    [Fact]
    public void With_ChangedAndAdded_SameIndexesAsABuild()
    {
        var l = new LuongSon();
        var a = l.Assign(l.Deputy1, ["noi-vu"]);
        var grant = l.ByOrder(l.OfficeHead, ["Công văn"]);
        var passed = l.ByOrder(l.OfficeDeputy, ["Công văn"], unit: l.Office, delegator: l.OfficeHead, passedFrom: grant.Id);
        var start = DelegationsSnapshot.Build([a]);
        var moved = a with { Version = 2, DelegateOfficialId = l.Deputy2, DelegateAppointmentId = l.Deputy2Appointment };

        var changed = start.With([moved, grant]).With([passed]);
        var built = DelegationsSnapshot.Build([moved, grant, passed]);
        var positions = l.S.Snapshot.Positions;

        foreach (var key in new[] { l.Committee, l.Office, l.Deputy1, l.Deputy2, l.Chair, l.OfficeHead, l.OfficeDeputy, l.Deputy1Appointment, l.Deputy2Appointment, grant.Id })
        {
            Assert.Equal(built.OfUnit(key), changed.OfUnit(key));
            Assert.Equal(built.OfOfficial(key, positions), changed.OfOfficial(key, positions));
            Assert.Equal(built.RestingOn(key), changed.RestingOn(key));
            Assert.Equal(built.PassedFrom(key), changed.PassedFrom(key));
        }

        Assert.Empty(changed.OfOfficial(l.Deputy1, positions));
        Assert.Equal(new[] { moved.Id, grant.Id }.Order(), changed.OfOfficial(l.Chair, positions).Select(d => d.Id).Order());
        Assert.Equal([moved], changed.OfOfficial(l.Deputy2, positions));
        Assert.Equal([passed], changed.PassedFrom(grant.Id));
    }

    [Fact]
    public void With_ManyBatches_SameAnswersAsABuild()
    {
        var random = new Random(20261206);
        Guid[] Pool(int n) => Enumerable.Range(0, n).Select(_ => Guid.NewGuid()).ToArray();
        var (units, appointments, officials) = (Pool(7), Pool(12), Pool(9));
        DelegationState Make(Guid id, long version) => new(
            id, version, (DelegationKind)random.Next(0, 3), units[random.Next(units.Length)],
            appointments[random.Next(appointments.Length)], officials[random.Next(officials.Length)],
            appointments[random.Next(appointments.Length)], officials[random.Next(officials.Length)], random.Next(4) == 0 ? Guid.NewGuid() : null,
            ["noi-vu"], [], [], null, null, new DateOnly(2020, 1, 1).AddDays(random.Next(0, 5)), null, null, null, LuongSon.Decision);

        var current = Enumerable.Range(0, 40).Select(_ => Make(Guid.NewGuid(), 1)).ToDictionary(d => d.Id);
        var snapshot = DelegationsSnapshot.Build(current.Values);
        for (var batch = 0; batch < 30; batch++)
        {
            var changed = current.Values.Where(_ => random.Next(5) == 0).Select(d => Make(d.Id, d.Version + 1))
                .Concat(Enumerable.Range(0, random.Next(0, 4)).Select(_ => Make(Guid.NewGuid(), 1))).ToList();
            foreach (var d in changed)
            {
                current[d.Id] = d;
            }

            snapshot = snapshot.With(changed);
            var built = DelegationsSnapshot.Build(current.Values);
            Assert.Equal(built.Count, snapshot.Count);
            Assert.Equal(built.All, snapshot.All);
            Assert.All(current.Values, d => Assert.Same(d, snapshot.Find(d.Id)));
            Assert.Null(snapshot.Find(Guid.NewGuid()));
            foreach (var key in units.Concat(appointments).Concat(current.Values.Select(d => d.PassedFromId ?? Guid.Empty)))
            {
                Assert.Equal(built.OfUnit(key), snapshot.OfUnit(key));
                Assert.Equal(built.RestingOn(key), snapshot.RestingOn(key));
                Assert.Equal(built.PassedFrom(key), snapshot.PassedFrom(key));
            }

            Assert.All(units, u => Assert.Equal(current.Values.Where(d => d.UnitId == u).OrderBy(d => d.From).ThenBy(d => d.Id), snapshot.OfUnit(u)));
        }
    }
}
