using System.Diagnostics;
using Chancery.V1;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;

namespace Chancery.Benchmarks.Client;

/// <summary>One timed ImportHierarchy call: from the header to the response, with what the server answered.</summary>
public sealed record ImportRun(double Seconds, long Bytes, ImportHierarchyResponse Response);

/// <summary>Sends a file to ImportHierarchy as a client would: the header, then the file in 64 KB chunks as it is read from disk.</summary>
public static class FileImporter
{
    public const int ChunkSize = 64 * 1024;

    public static async Task<ImportRun> RunAsync(GrpcChannel channel, string token, ImportHeader header, string path, CancellationToken cancellationToken)
    {
        var client = new Reorganizations.ReorganizationsClient(channel);
        var clock = Stopwatch.StartNew();
        using var call = client.ImportHierarchy(new Metadata { { "authorization", $"Bearer {token}" } }, cancellationToken: cancellationToken);
        await call.RequestStream.WriteAsync(new ImportHierarchyRequest { Header = header }, cancellationToken);
        var buffer = new byte[ChunkSize];
        long bytes = 0;
        await using (var file = File.OpenRead(path))
        {
            int read;
            while ((read = await file.ReadAsync(buffer, cancellationToken)) > 0)
            {
                bytes += read;
                await call.RequestStream.WriteAsync(new ImportHierarchyRequest { Data = ByteString.CopyFrom(buffer, 0, read) }, cancellationToken);
            }
        }

        await call.RequestStream.CompleteAsync();
        var response = await call.ResponseAsync;
        return new ImportRun(clock.Elapsed.TotalSeconds, bytes, response);
    }
}
