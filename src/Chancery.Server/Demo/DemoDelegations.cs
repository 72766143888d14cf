using Chancery.Core.Delegations;
using Chancery.Core.Delegations.Catalogue;
using Chancery.Core.Kernel;
using Chancery.Core.Positions;
using Chancery.Core.Registry;
using Chancery.Core.Units;

namespace Chancery.Server.Demo;

/// <summary>
/// ILLUSTRATIVE DEMO DATA. How the Chairman of the People's Committee of Lương Sơn district might
/// have divided the work in his 2016–2021 term: fields of work to his two Vice-Chairmen, one of
/// whom runs the committee for a fortnight in July 2017; one field both hold on purpose; signing
/// invitations and notices by order to the chief of office; two fields of the committee's own
/// (resort tourism, which the Vice-Chairwoman holds, and new-style rural development, held by
/// nobody). The fields, dates and decision numbers are invented (the numbers say "minh họa").
/// </summary>
public static class DemoDelegations
{
    public static readonly LegalBasis Decision =
        new("95/QĐ-UBND (minh họa)", new DateOnly(2016, 7, 12), "Ủy ban nhân dân huyện Lương Sơn", "Quyết định phân công nhiệm vụ (minh họa)");

    public static readonly LegalBasis FieldsDecision =
        new("90/QĐ-UBND (minh họa)", new DateOnly(2016, 7, 8), "Ủy ban nhân dân huyện Lương Sơn", "Quyết định bổ sung lĩnh vực công tác (minh họa)");

    public static async Task SeedAsync(DelegationCommands commands, FieldCommands fields, RegistryState registry, WriteRequest op, CancellationToken ct)
    {
        var from = new DateOnly(2016, 7, 15);
        var snapshot = registry.Current;
        var committee = snapshot.Units.RequireByCode("000.01.05.H30", from).Unit.Id;
        Guid Holder(string name) => snapshot.Positions.Officials.Single(o => o.FullName == name).Id;
        var chair = Holder("Nguyễn Vũ Chi");

        Task<DelegationState> Create(DelegationKind kind, string to, string[] fields, string[] kinds, DateOnly? runsFrom = null, DateOnly? runsTo = null, string? onPurpose = null) =>
            commands.CreateAsync(new CreateDelegationCommand(kind, committee, chair, Holder(to), null, fields, [], kinds, null,
                runsFrom, runsTo, from, null, Decision, onPurpose is not null, onPurpose), op with { Reason = onPurpose ?? Decision.ToString() }, ct);

        await Create(DelegationKind.Assignment, "Đinh Công Sứ",
            ["ke-hoach-dau-tu", "tai-chinh", "xay-dung", "giao-thong", "nong-nghiep", "tai-nguyen-moi-truong", "dat-dai", "cai-cach-hanh-chinh"], [],
            runsFrom: new DateOnly(2017, 7, 3), runsTo: new DateOnly(2017, 7, 17));
        foreach (var (code, name) in new[] { ("du-lich-nghi-duong", "Du lịch nghỉ dưỡng"), ("nong-thon-moi", "Xây dựng nông thôn mới") })
        {
            await fields.CreateAsync(new CreateFieldCommand(committee, code, name, from, FieldsDecision), op with { Reason = FieldsDecision.ToString() }, ct);
        }

        await Create(DelegationKind.Assignment, "Bùi Thị Thu Hà", ["giao-duc", "y-te", "van-hoa-the-thao", "du-lich-nghi-duong", "lao-dong-xa-hoi", "dan-toc-ton-giao"], []);
        await Create(DelegationKind.Assignment, "Bùi Thị Thu Hà", ["cai-cach-hanh-chinh"], [],
            onPurpose: "Cùng chỉ đạo cải cách hành chính theo kế hoạch của tỉnh (minh họa)");
        await Create(DelegationKind.ByOrder, "Nguyễn Văn Hòa", [], ["Giấy mời", "Thông báo"]);
    }
}
