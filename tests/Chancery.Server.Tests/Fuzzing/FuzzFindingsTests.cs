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

    [Fact]
    public async Task ErrorStatus_QuotingALongInput_StaysWithinWhatClientsAccept()
    {
        var id = new string('Ệ', 60_000);
        var calls = new Func<Task>[]
        {
            () => fixture.Host.Units.GetUnitAsync(new GetUnitRequest { Id = id }).ResponseAsync,
            () => fixture.Host.Units.CreateUnitAsync(new CreateUnitRequest { Name = id, Kind = UnitKind.Province }).ResponseAsync,
            () => fixture.Host.Positions.GetOfficialAsync(new GetOfficialRequest { Id = id }).ResponseAsync,
            () => fixture.Host.Access.RotateClientSecretAsync(new RotateClientSecretRequest { ClientId = id }).ResponseAsync,
        };
        foreach (var call in calls)
        {
            var failure = await Assert.ThrowsAsync<RpcException>(call);

            Assert.True(failure.Status.Detail.Length <= Grpc.StatusSize.MaxChars + 10, $"{failure.StatusCode}: {failure.Status.Detail.Length} characters");
            var status = failure.GetRpcStatus();
            Assert.True(status is null || Google.Protobuf.MessageExtensions.ToByteArray(status).Length <= Grpc.StatusSize.MaxBytes);
        }
    }
}
