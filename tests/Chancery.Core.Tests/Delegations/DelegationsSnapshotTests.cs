using Chancery.Core.Delegations;

namespace Chancery.Core.Tests.Delegations;

/// <summary>A snapshot changed by <see cref="DelegationsSnapshot.With"/> answers as one built whole from the same delegations.</summary>
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

        foreach (var key in new[] { l.Committee, l.Office, l.Deputy1, l.Deputy2, l.Chair, l.OfficeHead, l.OfficeDeputy, l.Deputy1Appointment, l.Deputy2Appointment, grant.Id })
        {
            Assert.Equal(built.OfUnit(key), changed.OfUnit(key));
            Assert.Equal(built.OfOfficial(key), changed.OfOfficial(key));
            Assert.Equal(built.RestingOn(key), changed.RestingOn(key));
            Assert.Equal(built.PassedFrom(key), changed.PassedFrom(key));
        }

        Assert.Empty(changed.OfOfficial(l.Deputy1));
        Assert.Equal([passed], changed.PassedFrom(grant.Id));
    }
}
