using Chancery.Core.Access;
using Chancery.Core.Errors;
using Chancery.Core.Registry;
using Chancery.Core.Units;
using Chancery.Core.Units.Commands;

namespace Chancery.Core.Tests.Units;

public sealed class CreateUnitTests
{
    [Fact]
    public void Create_NoValidFrom_StartsTodayOpenEndedAtVersionOne()
    {
        var h = new TestHierarchy { Today = Day("2025-07-01") };

        var created = h.Create("Tỉnh Phú Thọ", kind: UnitKind.Province, code: "000.00.00.H30");

        Assert.Equal(1, created.Unit.Version);
        var version = Assert.Single(created.Unit.Versions);
        Assert.Equal(new Chancery.Core.Time.Period(Day("2025-07-01"), null), version.Period);
        Assert.Equal(UnitKind.Province, version.Kind);
        Assert.Null(version.ParentId);
        Assert.Null(h.Snapshot.Get(created.Unit.Id, Day("2025-06-30")));
        Assert.NotNull(h.Snapshot.Get(created.Unit.Id, Day("2025-07-01")));
    }

    [Fact]
    public void Create_FutureValidFrom_ExistsFromThatDayOnly()
    {
        var h = new TestHierarchy { Today = Day("2025-05-01") };

        var created = h.Create("Tỉnh Phú Thọ (mới)", from: "2025-07-01");

        Assert.Null(h.Snapshot.Get(created.Unit.Id, h.Today));
        Assert.Equal("Tỉnh Phú Thọ (mới)", h.Snapshot.Get(created.Unit.Id, Day("2025-07-01"))?.Version.Name);
    }

    [Fact]
    public void Create_UnderParent_ChildOfThatParent()
    {
        var h = new TestHierarchy();
        var province = h.Unit("Tỉnh Phú Thọ");

        var created = h.Create("Sở Nội vụ", province, kind: UnitKind.Department);

        Assert.Equal([created.Unit.Id], h.Snapshot.Children(province, h.Today).Select(v => v.Unit.Id));
    }

    [Fact]
    public void Create_MissingParent_NotFound()
    {
        var h = new TestHierarchy();
        var missing = Guid.NewGuid();

        var error = Assert.Throws<NotFoundException>(() => h.Create("Sở Nội vụ", missing));

        Assert.Equal(Subjects.Unit(missing), error.ResourceName);
        Assert.Contains("parent_id", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, h.Snapshot.Count);
    }

    [Theory]
    [InlineData(UnitKind.Unspecified)]
    [InlineData((UnitKind)999)]
    public void Create_NoOrUnknownKind_RefusedNamingTheField(UnitKind kind)
    {
        var h = new TestHierarchy();

        Refused.ByField("kind", () => h.Create("Sở Nội vụ", kind: kind));
    }

    [Fact]
    public void Create_ReasonOverMaxLength_RefusedNamingTheField() =>
        Refused.ByField("reason", () => new WriteRequest("test", Actor.System("test"), new string('r', UnitInput.MaxReasonLength + 1)).Check());

    [Fact]
    public void Create_IdOfExistingUnit_AlreadyExists()
    {
        var h = new TestHierarchy();
        var existing = h.Unit("Sở Nội vụ");

        Assert.Throws<AlreadyExistsException>(() => h.Run(c => CreateUnit.Apply(c,
            new CreateUnitCommand("Sở Tư pháp", null, UnitKind.Department, null, null, null), existing)));

        Assert.Equal("Sở Nội vụ", h[existing].Versions.Single().Name);
    }

    [Fact]
    public void Create_BadInputWithMissingParent_InputReportedFirst()
    {
        var h = new TestHierarchy();

        Refused.ByField("name", () => h.Create("", Guid.NewGuid()));
    }
}
