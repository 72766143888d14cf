using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;
using Grpc.Core;

namespace Chancery.Server.Tests.Demo;

/// <summary>Who signed for the People's Committee of Lương Sơn on 2017-07-11 in the demo, and what the 2025 reform left of it.</summary>
public abstract class DemoDelegationsTests(HostFixture fixture)
{
    private ChanceryHost Host => fixture.Host;

    private V1.Delegations.DelegationsClient Delegations => new(Host.With(Host.AdminToken));

    private async Task<string> LuongSonAsync() =>
        (await Host.Units.GetUnitAsync(new GetUnitRequest { Code = "000.01.05.H30", AsOf = "2017-07-11" })).Unit.Id;

    [Fact]
    public async Task Demo_Education_On2017_07_11_ChairmanDeputyAndTheDeputyRunningTheCommittee()
    {
        var answer = await Delegations.ResolveAuthorityAsync(new ResolveAuthorityRequest { UnitId = await LuongSonAsync(), FieldCode = "giao-duc", AsOf = "2017-07-11" });

        Assert.Equal(["Nguyễn Vũ Chi", "Đinh Công Sứ", "Bùi Thị Thu Hà"], answer.Signers.Select(s => s.OfficialName));
        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], answer.Signers[2].SignatureBlock);
        Assert.True(answer.Signers[1].RunsUnit);
        Assert.Equal((AuthorityMatch.RunsUnit, AuthorityMatch.Field), (answer.Signers[1].Match, answer.Signers[2].Match));
        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], answer.Signers[1].SignatureBlock);
        Assert.Contains("vắng mặt", answer.Signers[1].Note);
        Assert.DoesNotContain((await Delegations.ResolveAuthorityAsync(new ResolveAuthorityRequest { UnitId = await LuongSonAsync(), FieldCode = "giao-duc", AsOf = "2017-07-17" }))
            .Signers, s => s.RunsUnit);
    }

    [Fact]
    public async Task Demo_TheDeliberateOverlapAndTheGrantByOrder()
    {
        var unit = await LuongSonAsync();

        var conflicts = await Delegations.CheckConflictsAsync(new CheckConflictsRequest { UnitId = unit, AsOf = "2017-07-11" });
        var invitation = await Delegations.ResolveAuthorityAsync(new ResolveAuthorityRequest { UnitId = unit, DocumentKind = "giấy mời", AsOf = "2017-07-11" });

        Assert.Equal("cai-cach-hanh-chinh", conflicts.Overlaps.Single().FieldCode);
        Assert.Equal(["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG HĐND VÀ UBND"], invitation.Signers.Single(s => s.Form == SigningForm.ByOrder).SignatureBlock);
    }

    [Fact]
    public async Task Demo_TheCommitteesOwnFields_ListedResolvedAndEndedWithTheCommittee()
    {
        var unit = await LuongSonAsync();

        var own = (await Delegations.ListFieldsAsync(new ListFieldsRequest { UnitId = unit, AsOf = "2017-07-11" })).Fields.Where(f => f.Id != "").ToList();
        var tourism = await Delegations.ResolveAuthorityAsync(new ResolveAuthorityRequest { UnitId = unit, FieldCode = "du-lich-nghi-duong", AsOf = "2017-07-11" });
        var rural = await Delegations.ResolveAuthorityAsync(new ResolveAuthorityRequest { UnitId = unit, FieldCode = "nong-thon-moi", AsOf = "2016-07-20" });

        Assert.Equal([("du-lich-nghi-duong", "Du lịch nghỉ dưỡng"), ("nong-thon-moi", "Xây dựng nông thôn mới")], own.Select(f => (f.Code, f.Name)));
        Assert.Equal(["Nguyễn Vũ Chi", "Đinh Công Sứ", "Bùi Thị Thu Hà"], tourism.Signers.Select(s => s.OfficialName));
        Assert.Equal(AuthorityMatch.Field, tourism.Signers[2].Match);
        Assert.Equal(["Nguyễn Vũ Chi"], rural.Signers.Select(s => s.OfficialName));
        Assert.Equal("2025-07-01", (await Delegations.GetFieldAsync(new GetFieldRequest { Id = own[0].Id })).Field.ValidTo);
    }

    [Fact]
    public async Task Demo_AfterTheReform_TheCommitteeHasEndedAndItsDelegationsWithIt()
    {
        var unit = await LuongSonAsync();

        await RpcAssert.Fails(StatusCode.NotFound, () => Delegations.ResolveAuthorityAsync(new ResolveAuthorityRequest { UnitId = unit, AsOf = "2025-07-01" }).ResponseAsync);
        var last = await Delegations.ListDelegationsAsync(new ListDelegationsRequest { UnitId = unit, AsOf = "2025-06-30" });
        Assert.Equal(4, last.TotalSize);
        Assert.All(last.Delegations, d => Assert.Equal("2025-07-01", d.EffectiveTo));
    }
}

public sealed class DemoDelegationsSqliteTests(SqliteDemoFixture fixture) : DemoDelegationsTests(fixture), IClassFixture<SqliteDemoFixture>;
