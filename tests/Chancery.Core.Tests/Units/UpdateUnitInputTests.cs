using Chancery.Core.Errors;
using Chancery.Core.Units;
using Chancery.Core.Units.Commands;

namespace Chancery.Core.Tests.Units;

/// <summary>What an update is refused for before any history changes: its mask, its values, its version, its unit.</summary>
public sealed class UpdateUnitInputTests
{
    [Fact]
    public void Update_NoFields_RefusedNamingUpdateMask()
    {
        var h = new TestHierarchy();
        var unit = h.Unit("Xã Lương Sơn");

        Refused.ByField("update_mask", () => h.Run(c => UpdateUnit.Apply(c, h.Update(unit, UnitFields.None, null))));
    }

    [Fact]
    public void Update_KindUnspecified_RefusedNamingTheField()
    {
        var h = new TestHierarchy();
        var unit = h.Unit("Xã Lương Sơn");

        Refused.ByField("kind", () => h.Run(c => UpdateUnit.Apply(c, h.Update(unit, UnitFields.Kind, null))));
    }

    [Fact]
    public void Update_StaleExpectedVersion_Refused()
    {
        var h = new TestHierarchy();
        var unit = h.Unit("Xã Lương Sơn");
        var read = h.Update(unit, UnitFields.Name, "2025-07-01") with { Name = "Xã A" };
        h.Rename(unit, "Xã B", "2025-01-01");

        var error = Assert.Throws<StaleVersionException>(() => h.Run(c => UpdateUnit.Apply(c, read)));

        Assert.Equal(Subjects.Unit(unit), error.Subject);
        Assert.Equal("Xã B", h[unit].Versions[^1].Name);
    }

    [Fact]
    public void Update_MissingUnit_NotFound()
    {
        var h = new TestHierarchy();

        Assert.Throws<NotFoundException>(() => h.Run(c => UpdateUnit.Apply(c,
            new UpdateUnitCommand(Guid.NewGuid(), UnitFields.Name, "Xã", null, UnitKind.Unspecified, null, 1, null))));
    }
}
