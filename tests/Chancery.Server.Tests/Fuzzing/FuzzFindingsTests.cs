using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;
using Grpc.Core;

namespace Chancery.Server.Tests.Fuzzing;

/// <summary>What the fuzzer found, each pinned by a message like the one that found it.</summary>
public sealed class FuzzFindingsTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\u0000")]
    public async Task RotateClientSecret_EmptyOrBadClientId_InvalidArgumentNotInternal(string clientId)
    {
        var failure = await Assert.ThrowsAsync<RpcException>(() => fixture.Host.Access.RotateClientSecretAsync(new RotateClientSecretRequest { ClientId = clientId }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, failure.StatusCode);
    }

    [Fact]
    public async Task ImportHierarchy_MessageThatIsNotProtobuf_InvalidArgumentNotInternal()
    {
        var method = ReorganizationsReflection.Descriptor.Services.Single().FindMethodByName("ImportHierarchy");

        var code = await RawCalls.CallAsync(fixture.Host.With(fixture.Host.AdminToken), method, [0x0a, 0x05, 0x01], CancellationToken.None);

        Assert.Equal(StatusCode.InvalidArgument, code);
    }
}
