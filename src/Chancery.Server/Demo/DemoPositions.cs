using Chancery.Core.Access;
using Chancery.Core.Kernel;
using Chancery.Core.Positions;
using Chancery.Core.Registry;
using Chancery.Core.Reorganizations;
using Chancery.Core.Units;

namespace Chancery.Server.Demo;

/// <summary>
/// ILLUSTRATIVE DEMO DATA. The officials the provincial report names, in the positions it gives for
/// mid-2017: Nguyễn Vũ Chi, Chairman of the People's Committee of Lương Sơn district; Trần Hải Lâm,
/// of Kỳ Sơn district; Quách Tất Liêm, of Lạc Thủy district; Bùi Văn Lực, Secretary of the Party
/// Committee of Sơn Thủy commune (Kim Bôi). The deputies and the chief of office of Lương Sơn, their
/// names, every appointment date and every decision number are invented for the demo (the decision
/// numbers say "minh họa"); ranks are plausible, not sourced.
/// </summary>
public static class DemoPositions
{
    public static readonly DateOnly TermStart = new(2016, 7, 1);

    public static async Task SeedAsync(PositionCommands commands, RegistryState registry, WriteRequest op, CancellationToken ct)
    {
        var hierarchy = registry.Current.Units;
        Guid Unit(string code) => hierarchy.RequireByCode(code, TermStart).Unit.Id;
        Guid Named(string name) => hierarchy.Search(name, TermStart, null, null).Single(v => v.Version.Name == name).Unit.Id;

        async Task<PositionState> Position(Guid unit, string title, PositionRole role) =>
            await commands.CreatePositionAsync(new CreatePositionCommand(unit, title, role, CollectiveBody: role != PositionRole.ChiefOfOffice, TermStart), op, ct);

        async Task Appoint(PositionState position, string name, string rank, string decision)
        {
            var official = await commands.CreateOfficialAsync(new CreateOfficialCommand(name, rank), op, ct);
            var basis = new LegalBasis(decision, TermStart.AddDays(-5), "Ủy ban nhân dân tỉnh Hòa Bình", "Quyết định phê chuẩn (minh họa)");
            await commands.AppointAsync(new AppointCommand(official.Id, position.Id, AppointmentKind.Permanent, TermStart, null, basis), op, ct);
        }

        var luongSon = Unit("000.01.05.H30");
        await Appoint(await Position(luongSon, "Chủ tịch", PositionRole.Head), "Nguyễn Vũ Chi", "01.001", "1201/QĐ-UBND (minh họa)");
        await Appoint(await Position(luongSon, "Phó Chủ tịch", PositionRole.Deputy), "Đinh Công Sứ", "01.002", "1202/QĐ-UBND (minh họa)");
        await Appoint(await Position(luongSon, "Phó Chủ tịch", PositionRole.Deputy), "Bùi Thị Thu Hà", "01.002", "1203/QĐ-UBND (minh họa)");
        await Appoint(await Position(luongSon, "Chánh Văn phòng HĐND và UBND", PositionRole.ChiefOfOffice), "Nguyễn Văn Hòa", "01.002", "1204/QĐ-UBND (minh họa)");
        await Appoint(await Position(Unit("000.01.06.H30"), "Chủ tịch", PositionRole.Head), "Trần Hải Lâm", "01.001", "1205/QĐ-UBND (minh họa)");
        await Appoint(await Position(Unit("000.01.07.H30"), "Chủ tịch", PositionRole.Head), "Quách Tất Liêm", "01.001", "1206/QĐ-UBND (minh họa)");
        await Appoint(await Position(Named("Đảng ủy xã Sơn Thủy"), "Bí thư", PositionRole.Head), "Bùi Văn Lực", "01.003", "15-QĐ/HU (minh họa)");
        await Position(Unit("000.01.08.H30"), "Chủ tịch", PositionRole.Head);
    }
}
