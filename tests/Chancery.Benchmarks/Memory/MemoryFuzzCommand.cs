using System.Diagnostics;
using System.Text.Json;
using Chancery.Benchmarks.Commands;
using Chancery.Benchmarks.Loading;
using Chancery.V1;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;

namespace Chancery.Benchmarks.Memory;

/// <summary>
/// <c>memory-fuzz</c> (issue 9, defect 10): the Release server as its own process on a fresh
/// SQLite file; 2,000 small reads, then its resident memory (the baseline, same run); the fuzz
/// (12,000 hostile messages to every RPC, one in 100 of 30–50 MB, from 4 clients); 2,000 small
/// reads again and a quiet minute; resident memory again, as a ratio to the baseline (target ≤ 1.5).
/// <c>--env NAME=VALUE[;…]</c> passes GC settings to the server, to compare them; <c>--rounds N</c>
/// repeats the fuzz and the quiet minute, to tell a one-time growth from one that goes on.
/// </summary>
public static class MemoryFuzzCommand
{
    public static async Task<int> RunAsync(CommandOptions options)
    {
        var work = Path.GetFullPath(options.Text("dir", "/tmp/chancery-memory-fuzz"));
        Directory.CreateDirectory(work);
        var database = Path.Combine(work, "memory-fuzz.db");
        var (secret, rootId) = await MemoryFuzzData.PrepareAsync(database, CancellationToken.None);
        var environment = (options.Text("env") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(e => e.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        var (messages, reads, quiet) = (options.Int("messages", 12_000), options.Int("reads", 2_000), options.Int("quiet", 60));
        var traffic = new FuzzTraffic(options.Int("seed", 20261204), options.Int("large-every", 100), options.Int("large-min-mb", 30), options.Int("large-max-mb", 50), options.Flag("plans") ? rootId : null);

        await using var server = await ServerChild.StartAsync(database, environment, options.Text("server-dir"), CancellationToken.None);
        var token = await MemoryFuzzData.TokenAsync(server.HttpAddress, secret, CancellationToken.None);
        using var channel = GrpcChannel.ForAddress(server.GrpcAddress, new GrpcChannelOptions { MaxReceiveMessageSize = 64 * 1024 * 1024 });
        var invoker = channel.Intercept(m =>
        {
            m.Add("Authorization", $"Bearer {token}");
            return m;
        });
        var units = new V1.Units.UnitsClient(invoker);

        await ReadsAsync(units, rootId, reads);
        await Task.Delay(TimeSpan.FromSeconds(5));
        var before = server.Memory();
        Console.Error.WriteLine($"before the fuzz: VmRSS {before.Rss:F0} MiB");

        var peak = 0.0;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, server.Memory().Rss);
                await Task.Delay(200, CancellationToken.None);
            }
        });
        var rounds = new List<double>();
        var curve = new List<double>();
        var (fuzzSeconds, afterFuzz, afterReads) = (0.0, before, before);
        for (var round = 1; round <= options.Int("rounds", 1); round++)
        {
            var clock = Stopwatch.StartNew();
            await traffic.SendAsync(invoker, messages, options.Int("clients", 4), CancellationToken.None);
            fuzzSeconds = clock.Elapsed.TotalSeconds;
            afterFuzz = server.Memory();
            await ReadsAsync(units, rootId, reads);
            afterReads = server.Memory();
            Console.Error.WriteLine($"round {round}: {messages} messages, {traffic.BytesSent / 1024 / 1024} MiB sent in all, in {fuzzSeconds:F0} s; VmRSS {afterFuzz.Rss:F0} MiB, after {reads} reads {afterReads.Rss:F0} MiB (peak {peak:F0})");
            curve.Clear();
            for (var s = 0; s < quiet; s += 5)
            {
                await Task.Delay(TimeSpan.FromSeconds(5));
                curve.Add(Math.Round(server.Memory().Rss));
            }

            rounds.Add(curve[^1]);
        }

        sampling.Cancel();
        await sampler;
        await ReadsAsync(units, rootId, 10);
        var after = server.Memory();
        var ratio = after.Rss / before.Rss;
        var statuses = traffic.Statuses.OrderBy(s => s.Key).ToDictionary(s => s.Key.ToString(), s => s.Value);
        Console.Error.WriteLine($"""

            memory after hostile input ({Environment.ProcessorCount} cores, load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}, server env: {options.Text("env") ?? "(default)"}, server: {options.Text("server-dir") ?? "beside the benchmarks"})
              VmRSS before the fuzz (after {reads} reads)     {before.Rss,8:F0} MiB
              peak during the fuzz and the reads after        {peak,8:F0} MiB   = {peak / before.Rss:F2} x before
              right after the fuzz / after {reads} reads      {afterFuzz.Rss,8:F0} / {afterReads.Rss:F0} MiB
              after a quiet {quiet} s                          {after.Rss,8:F0} MiB   = {ratio:F2} x before (target at most 1.5)
              every 5 s of the (last) quiet minute: {string.Join(", ", curve)}
              after each round's quiet minute: {string.Join(", ", rounds)} MiB
              statuses: {string.Join(", ", statuses.Select(s => $"{s.Key} {s.Value}"))}
            """);
        var json = JsonSerializer.Serialize(new
        {
            kind = "memory-fuzz", env = options.Text("env") ?? "", server = options.Text("server-dir") ?? "", messages, bytes_sent = traffic.BytesSent, fuzz_s = fuzzSeconds,
            before_mib = before.Rss, peak_mib = peak, after_fuzz_mib = afterFuzz.Rss, after_reads_mib = afterReads.Rss, after_quiet_mib = after.Rss,
            ratio, quiet_curve = curve, rounds, statuses, load = File.ReadAllText("/proc/loadavg").Split(' ')[0],
        });
        foreach (var example in traffic.Examples)
        {
            Console.Error.WriteLine("  e.g. " + example);
        }

        Console.WriteLine(json);
        if (options.Text("json") is { } path)
        {
            File.AppendAllText(path, json + "\n");
        }

        return ratio <= 1.5 ? 0 : 2;
    }

    private static async Task ReadsAsync(V1.Units.UnitsClient units, string rootId, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await units.GetUnitAsync(new GetUnitRequest { Id = rootId });
        }
    }
}
