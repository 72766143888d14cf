using Chancery.Core.Regulations.Text;
using Chancery.Core.Regulations.Text.Amendments;

namespace Chancery.Core.Tests.Regulations.Text;

public sealed class ConsolidationTests
{
    private static readonly RegulationBody Base = Bodies.Import("Điều 1. A\n1. một\n2. hai\na) điểm a\nĐiều 2. B\n1. x\nĐiều 3. C\nnội dung");

    [Fact]
    public void Apply_ReplaceInsertRepealRenumber_ConsolidatedInOrder()
    {
        var clause2 = Base.Provisions[0].Children[1];
        var first = new Amendment("QĐ 1/2017", [
            new(AmendmentAction.ReplaceText, new(Eid: "dieu_1__khoan_1"), Text: "một, sửa đổi"),
            new(AmendmentAction.InsertChild, new(Guid: clause2.Guid), Provision: new(Guid.Empty, ProvisionKind.Point, "b", null, "điểm b mới", [])),
            new(AmendmentAction.Repeal, new(Eid: "dieu_2")),
            new(AmendmentAction.ReplaceHeading, new(Eid: "dieu_3"), Heading: "C mới"),
        ]);
        var second = new Amendment("QĐ 2/2018", [
            new(AmendmentAction.Renumber, new(Guid: clause2.Guid), Number: "3"),
            new(AmendmentAction.InsertAfter, new(Eid: "dieu_1__khoan_1"), Provision: new(Guid.Empty, ProvisionKind.Clause, "2", null, "hai mới", [])),
        ]);

        var result = Consolidation.Apply(Base, [first, second]);

        Assert.Empty(result.Problems);
        Assert.Equal(
            [
                "Article|dieu_1|A|", "Clause|dieu_1__khoan_1||một, sửa đổi", "Clause|dieu_1__khoan_2||hai mới", "Clause|dieu_1__khoan_3||hai",
                "Point|dieu_1__khoan_3__diem_a||điểm a", "Point|dieu_1__khoan_3__diem_b||điểm b mới",
                "Article|dieu_2||(bãi bỏ)", "Article|dieu_3|C mới|nội dung",
            ],
            Bodies.Shape(result.Body));
        Assert.Equal(clause2.Guid, result.Body.Provisions[0].Children[2].Guid);
        Assert.Equal(Base.Provisions[1].Guid, result.Body.Provisions[1].Guid);
        Assert.True(Consolidation.IsRepealed(result.Body.Provisions[1]));
        Assert.NotEqual(Guid.Empty, result.Body.Provisions[0].Children[1].Guid);
    }

    [Fact]
    public void Apply_NothingTouched_ProvisionsReused()
    {
        var result = Consolidation.Apply(Base, [new("x", [new(AmendmentAction.ReplaceText, new(Eid: "dieu_3"), Text: "khác")])]);

        Assert.Same(Base.Provisions[0], result.Body.Provisions[0]);
        Assert.NotSame(Base.Provisions[2], result.Body.Provisions[2]);
        Assert.Same(Base, Consolidation.Apply(Base, []).Body);
    }

    [Fact]
    public void Apply_Remove_TakesTheProvisionOut()
    {
        var result = Consolidation.Apply(Base, [new("x", [new(AmendmentAction.Remove, new(Eid: "dieu_1__khoan_2__diem_a"))])]);

        Assert.Empty(result.Body.Provisions[0].Children[1].Children);
        Assert.Empty(result.Problems);
    }

    [Theory]
    [InlineData("dieu_9", AmendmentProblemTypes.TargetNotFound)]
    [InlineData("dieu_1__khoan_7", AmendmentProblemTypes.TargetNotFound)]
    public void Apply_TargetMissing_ProblemWithType(string eid, string type)
    {
        var result = Consolidation.Apply(Base, [new("QĐ 1", [new(AmendmentAction.Repeal, new(Eid: eid))])]);

        var problem = Assert.Single(result.Problems);
        Assert.Equal((0, 0, type), (problem.Amendment, problem.Operation, problem.Type));
        Assert.Equal(Bodies.Shape(Base), Bodies.Shape(result.Body));
    }

    [Fact]
    public void Apply_Problems_EachWithItsType()
    {
        var result = Consolidation.Apply(Base, [new("QĐ 1", [
            new(AmendmentAction.ReplaceText, new(Guid: Guid.NewGuid())),
            new(AmendmentAction.ReplaceText, new(Guid: Base.Provisions[0].Guid, Eid: "dieu_2"), Text: "x"),
            new(AmendmentAction.ReplaceText, new(Eid: "dieu_1")),
            new(AmendmentAction.InsertChild, new(Eid: "dieu_1"), Provision: new(Guid.Empty, ProvisionKind.Point, "c", null, "x", [])),
            new(AmendmentAction.InsertAfter, new(Eid: "dieu_1__khoan_1"), Provision: new(Guid.Empty, ProvisionKind.Clause, "2", null, "x", [])),
            new(AmendmentAction.InsertAfter, new(Eid: "dieu_3"), Provision: new(Guid.Empty, ProvisionKind.Article, "1", null, "x", [])),
            new(AmendmentAction.InsertAfter, new(Eid: "dieu_3"), Provision: new(Base.Provisions[0].Guid, ProvisionKind.Article, "4", null, "x", [])),
            new(AmendmentAction.Renumber, new(Eid: "dieu_3"), Number: "2"),
            new(AmendmentAction.Repeal, new(Eid: "dieu_2")),
            new(AmendmentAction.Repeal, new(Eid: "dieu_2")),
        ])]);

        Assert.Equal(
            [
                AmendmentProblemTypes.TargetNotFound, AmendmentProblemTypes.TargetMismatch, AmendmentProblemTypes.MissingContent,
                AmendmentProblemTypes.KindMismatch, AmendmentProblemTypes.DuplicateNumber, AmendmentProblemTypes.DuplicateNumber,
                AmendmentProblemTypes.DuplicateGuid, AmendmentProblemTypes.DuplicateNumber, AmendmentProblemTypes.AlreadyRepealed,
            ],
            result.Problems.Select(p => p.Type));
        Assert.Equal([0, 1, 2, 3, 4, 5, 6, 7, 9], result.Problems.Select(p => p.Operation));
    }
}
