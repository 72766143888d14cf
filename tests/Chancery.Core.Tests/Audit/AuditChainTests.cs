using Chancery.Core.Audit;
using Chancery.Core.Errors;
using Chancery.Core.Units;

namespace Chancery.Core.Tests.Audit;

public sealed class AuditChainTests
{
    // Built in code and not enumerated at discovery: attribute arguments and serialized theory data go through UTF-8, which has no half surrogates.
    public static TheoryData<string> Unstorable => ["Quyết định 1/QĐ-UBND\u0000 về việc thử", "Lý do " + '\uD800', '\uDC00' + " lý do", "a" + '\uD83D' + "b"];

    [Theory]
    [MemberData(nameof(Unstorable), DisableDiscoveryEnumeration = true)]
    public void Compute_TextADatabaseWouldAlter_RefusedWhileHashOfStoredEntryAnswers(string reason)
    {
        var entry = Entry(reason);

        Assert.Throws<InvalidOperationException>(() => AuditChain.Compute(entry));
        Assert.Equal(64, AuditChain.Hash(entry).Length);
    }

    [Fact]
    public void Compute_VietnameseWithLineBreaksAndEmoji_SameAsHash()
    {
        var entry = Entry("Quyết định 1/QĐ-UBND\r\n\tvề việc thử 😀");

        Assert.Equal(AuditChain.Hash(entry), AuditChain.Compute(entry));
    }

    [Fact]
    public void Reason_LongerThanTheLimitBeforeCleaning_Refused()
    {
        var errors = new InputErrors();

        UnitInput.Reason(new string(' ', UnitInput.MaxReasonLength) + "Lý do", errors);

        Assert.Equal("reason", Assert.Single(errors.Violations).Field);
    }

    private static AuditEntry Entry(string reason) => new()
    {
        Sequence = 1, ChangeSequence = 1, RecordedAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        ActorKind = "system", ActorId = "system", ActorName = "test", Operation = "test", EntityKind = "unit", EntityId = "u",
        Reason = reason, PreviousHash = AuditChain.Genesis, Hash = "",
    };
}
