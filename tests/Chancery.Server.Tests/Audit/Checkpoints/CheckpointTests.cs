using System.Security.Cryptography;
using Chancery.Core.Audit;
using Chancery.Core.Storage;
using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Chancery.Server.Tests.Audit.Checkpoints;

/// <summary>
/// Signed checkpoints anchor the chain outside the database: a chain rewritten (or cut short) at or
/// before a checkpoint's entry passes plain verification but not verification against the
/// checkpoint; a checkpoint whose signature is not the server's is refused.
/// </summary>
public abstract class CheckpointTests(DatabaseProvider provider)
{
    [Fact]
    public async Task GetAuditCheckpoint_IntactChain_SignedHeadThatLaterChainsExtend()
    {
        await using var chain = await AuditChainHost.StartAsync(provider);

        var checkpoint = (await chain.Host.Audit.GetAuditCheckpointAsync(new GetAuditCheckpointRequest())).Checkpoint;
        await chain.Host.Units.CreateRootAsync();
        var verified = await VerifyAsync(chain, checkpoint);

        await using var db = chain.Host.CreateDbContext();
        var head = await db.AuditEntries.SingleAsync(e => e.Sequence == AuditChainHost.Entries);
        Assert.Equal((AuditChainHost.Entries, head.Hash, "http://localhost/"), (checkpoint.Sequence, checkpoint.HeadHash, checkpoint.Issuer));
        Assert.Equal(3, checkpoint.Signature.Split('.').Length);
        Assert.True(verified.Intact, verified.Message);
        Assert.Contains($"It extends the checkpoint of {checkpoint.IssuedAt} at entry {AuditChainHost.Entries}.", verified.Message);
    }

    [Fact]
    public async Task VerifyAudit_ChainRewrittenFromAnEarlierEntry_PlainIntactButCheckpointRewritten()
    {
        await using var chain = await AuditChainHost.StartAsync(provider);
        var checkpoint = (await chain.Host.Audit.GetAuditCheckpointAsync(new GetAuditCheckpointRequest())).Checkpoint;
        await chain.Host.Units.CreateRootAsync();
        await chain.Host.Units.CreateRootAsync();

        await using (var db = chain.Host.CreateDbContext())
        {
            await ChainRewrites.RewriteFromAsync(db, 5);
        }

        var plain = await chain.VerifyAsync();
        var against = await VerifyAsync(chain, checkpoint);

        Assert.True(plain.Intact, plain.Message);
        Assert.False(against.Intact);
        Assert.Equal(("rewritten", (long)AuditChainHost.Entries), (against.Problem, against.FirstBadSequence));
        Assert.Contains($"Audit entry {AuditChainHost.Entries} no longer has the hash signed in the checkpoint", against.Message);
    }

    [Fact]
    public async Task VerifyAudit_TailRemovedWithItsChanges_PlainIntactButCheckpointRemoved()
    {
        await using var chain = await AuditChainHost.StartAsync(provider);
        var checkpoint = (await chain.Host.Audit.GetAuditCheckpointAsync(new GetAuditCheckpointRequest())).Checkpoint;

        await using (var db = chain.Host.CreateDbContext())
        {
            await ChainRewrites.RemoveAfterAsync(db, 6);
        }

        var plain = await chain.VerifyAsync();
        var against = await VerifyAsync(chain, checkpoint);

        Assert.True(plain.Intact, plain.Message);
        Assert.Equal((false, "removed"), (against.Intact, against.Problem));
        Assert.Contains($"is at entry {AuditChainHost.Entries}, but the chain ends at entry 6", against.Message);
    }

    [Fact]
    public async Task VerifyAudit_CheckpointSignedByAnotherKey_BadSignature()
    {
        await using var chain = await AuditChainHost.StartAsync(provider);
        var genuine = (await chain.Host.Audit.GetAuditCheckpointAsync(new GetAuditCheckpointRequest())).Checkpoint;
        var forged = genuine.Clone();
        var key = new RsaSecurityKey(RSA.Create(2048)) { KeyId = genuine.KeyId };
        var payload = new Core.Audit.AuditCheckpoint(genuine.Sequence, genuine.HeadHash, Core.Audit.AuditCheckpoint.ParseTime(genuine.IssuedAt)!.Value, genuine.Issuer).Payload();
        forged.Signature = new JsonWebTokenHandler().CreateToken(payload, new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
            new Dictionary<string, object> { ["typ"] = Core.Audit.AuditCheckpoint.Type });

        var result = await VerifyAsync(chain, forged);

        Assert.Equal((false, "bad-signature"), (result.Intact, result.Problem));
        Assert.True((await VerifyAsync(chain, genuine)).Intact);
    }

    [Fact]
    public async Task VerifyAudit_CheckpointFieldsChangedUnderItsSignature_BadSignature()
    {
        await using var chain = await AuditChainHost.StartAsync(provider);
        var genuine = (await chain.Host.Audit.GetAuditCheckpointAsync(new GetAuditCheckpointRequest())).Checkpoint;
        await using (var db = chain.Host.CreateDbContext())
        {
            await ChainRewrites.RewriteFromAsync(db, 5);
        }

        var moved = genuine.Clone();
        await using (var db = chain.Host.CreateDbContext())
        {
            moved.HeadHash = await db.AuditEntries.Where(e => e.Sequence == genuine.Sequence).Select(e => e.Hash).SingleAsync();
        }

        var unsigned = genuine.Clone();
        unsigned.Signature = string.Join('.', genuine.Signature.Split('.')[..2]) + ".";

        Assert.Equal("bad-signature", (await VerifyAsync(chain, moved)).Problem);
        Assert.Equal("bad-signature", (await VerifyAsync(chain, unsigned)).Problem);
    }

    [Fact]
    public async Task GetAuditCheckpoint_BrokenChain_FailedPrecondition()
    {
        await using var chain = await AuditChainHost.StartAsync(provider);
        await chain.SqlAsync("UPDATE audit_entries SET reason = 'khác' WHERE sequence = 4");

        await RpcAssert.FailedPrecondition(() => chain.Host.Audit.GetAuditCheckpointAsync(new GetAuditCheckpointRequest()).ResponseAsync, "audit.chain-broken");
    }

    private static async Task<VerifyAuditResponse> VerifyAsync(AuditChainHost chain, V1.AuditCheckpoint checkpoint) =>
        await chain.Host.Audit.VerifyAuditAsync(new VerifyAuditRequest { Checkpoint = checkpoint });
}

public sealed class CheckpointSqliteTests() : CheckpointTests(DatabaseProvider.Sqlite);

public sealed class CheckpointPostgresTests() : CheckpointTests(DatabaseProvider.PostgreSql);
