using System.Collections.Concurrent;
using Chancery.V1;
using Grpc.Core;
using Grpc.Net.Client;

namespace Chancery.Server.Tests.Crash;

/// <summary>
/// Several clients creating units under one parent as fast as the server acknowledges them, until
/// told to stop or until the server dies; every unit whose creation was answered OK is kept.
/// </summary>
public sealed class WriteLoad(string address, string token, string parentId, int round)
{
    public ConcurrentBag<string> Acknowledged { get; } = [];

    public int Failed => failed;

    private int failed;

    public async Task RunAsync(int clients, CancellationToken stop)
    {
        using var channel = GrpcChannel.ForAddress(address);
        var units = new V1.Units.UnitsClient(channel);
        var headers = new Metadata { { "Authorization", $"Bearer {token}" } };
        await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested && i < 100_000; i++)
            {
                try
                {
                    var created = await units.CreateUnitAsync(new CreateUnitRequest
                    {
                        Name = $"Phòng thử {round}-{client}-{i}", Kind = UnitKind.Division, ParentId = parentId, ValidFrom = "2020-01-01",
                        Reason = "Kiểm tra sự cố mất điện",
                    }, headers, deadline: DateTime.UtcNow.AddSeconds(30));
                    Acknowledged.Add(created.Unit.Id);
                }
                catch (RpcException)
                {
                    // the server died under the call (or refused it): not acknowledged
                    Interlocked.Increment(ref failed);
                    if (stop.IsCancellationRequested)
                    {
                        return;
                    }

                    await Task.Delay(20, CancellationToken.None);
                }
            }
        }, CancellationToken.None)));
    }
}
