using Chancery.Benchmarks.Commands;

namespace Chancery.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/Chancery.Benchmarks -- &lt;command&gt; [--option value …]</c>;
/// see <see cref="Usage"/> and docs/performance.md.
/// </summary>
public static class Cli
{
    private const string Usage = """
        Chancery benchmarks. Commands:
          generate  [--seed 20250701] [--target 100000] [--out units.jsonl] [--meta meta.json] [--as-of yyyy-mm-dd]
                    today's tree as JSON Lines (id, parent_id, name, kind, code), for the OpenLDAP peer's UNITS=
          load      [--db data/bench.db] [--seed …] [--target …] [--verify] [--client-out data/bench.client.json]
                    [--staffing] [--staffing-meta data/bench.staffing.json] [--delegations] [--delegations-meta data/bench.delegations.json] [--as-of …]
                    a fresh SQLite Chancery database holding the generated hierarchy with its history,
                    with --staffing its positions, officials and appointments (and their meta, with the
                    sample unit whose head differs on the past date), and the benchmarks' client
                    (viewer, hierarchy.read positions.read delegations.read) with its secret; --delegations adds
                    about 200,000 delegations (KT., TUQ., TL. with history) over the staffing, their meta, the
                    sitting's ResolveAuthority questions and a sample to check
          verify-authority --meta data/bench.delegations.json [--address http://127.0.0.1:5200] [--token …]
                    checks the sample through ResolveAuthority on a running server (exit 1 on a mismatch)
          token     --client data/bench.client.json [--address http://127.0.0.1:5201]
                    an access token for that client (client-credentials grant)
          subtree   --address http://127.0.0.1:5200 --id <unit id> [--token …] [--as-of …] [--runs 10] [--warmup 2] [--json out.json]
                    [--decode false] [--window <bytes>]
                    times StreamSubtree to its last message
          body      --out req.bin (--id <unit id> [--as-of …] | --unit <unit id> [--rpc get-head|list-unit-positions|resolve-authority]
                    [--field <code>] [--document-kind …] [--as-of …] | --health)
                    a gRPC request body for h2load -d
          summarize --dir <sitting results>
                    the table of a sitting, as ratios against its baselines
          import-timing [--file units.jsonl | --seed … --target …] [--as-of …] [--runs 1] [--dir /tmp/chancery-import-timing] [--json out.json]
                    ImportHierarchy of the tree into a fresh SQLite database (server in process, access
                    enforced), against reading the same file and storing the same units without rules
          reform-timing [--seed 20250630] [--target 100000] [--by-code] [--reuse-tree] [--dir /tmp/chancery-reform-timing] [--json out.json]
                    [--generate-only] [--dry-run-only]
                    the pre-reform national tree (63 provinces, ~700 districts, ~10,000 communes) in a fresh SQLite
                    database, then the 2025 reform as one plan: DryRunPlan and ApplyPlan timed (server in process,
                    access enforced), against storing the tree without rules, building its snapshot, and GetUnit
          memory-fuzz [--dir /tmp/chancery-memory-fuzz] [--messages 12000] [--large-every 100] [--large-min-mb 30] [--large-max-mb 50]
                    [--reads 2000] [--quiet 60] [--clients 4] [--rounds 1] [--plans] [--seed 20261204] [--env NAME=VALUE;…] [--server-dir <bin folder>] [--json out.jsonl]
                    the Release server as its own process: resident memory after small reads, then after hostile
                    input to every RPC (some messages of 30-50 MB) and a quiet minute, as a ratio (issue 9)
          part-memory --db data/bench.db [--runs 1] [--json out.json]
                    each registry part's share of the read model: the parts loaded one after another, the
                    managed heap after a full compacting collection after each; bytes per unit, appointment, delegation
          portal-timing --portal http://127.0.0.1:5202 --server http://127.0.0.1:5201 --grpc http://127.0.0.1:5200 --user … --password …
                    --open <unit id> --unit <unit id> --chart <unit id> [--as-of …] [--runs 30] [--warmup 5] [--json out.json]
                    the tree (one unit opened), a unit's page and a whole subtree's chart from the running portal, signed in,
                    against the same gRPC calls alone with the same person's token, interleaved; ratios (issue 12)
          bench     [BenchmarkDotNet arguments, e.g. --filter *]
                    in-process benchmarks of the snapshot on the generated tree
        """;

    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            Console.WriteLine(Usage);
            return args.Length == 0 ? 1 : 0;
        }

        var rest = args[1..];
        return args[0] switch
        {
            "generate" => GenerateCommand.Run(new CommandOptions(rest)),
            "load" => await LoadCommand.RunAsync(new CommandOptions(rest)),
            "token" => await TokenCommand.RunAsync(new CommandOptions(rest)),
            "subtree" => await SubtreeCommand.RunAsync(new CommandOptions(rest)),
            "body" => BodyCommand.Run(new CommandOptions(rest)),
            "verify-authority" => await VerifyAuthorityCommand.RunAsync(new CommandOptions(rest)),
            "summarize" => SummarizeCommand.Run(new CommandOptions(rest)),
            "import-timing" => await ImportTimingCommand.RunAsync(new CommandOptions(rest)),
            "reform-timing" => await Reform.ReformTimingCommand.RunAsync(new CommandOptions(rest)),
            "memory-fuzz" => await Memory.MemoryFuzzCommand.RunAsync(new CommandOptions(rest)),
            "part-memory" => await PartMemoryCommand.RunAsync(new CommandOptions(rest)),
            "portal-timing" => await Portal.PortalTimingCommand.RunAsync(new CommandOptions(rest)),
            "bench" => BenchCommand.Run(rest),
            _ => Unknown(args[0]),
        };
    }

    private static int Unknown(string command)
    {
        Console.Error.WriteLine($"Unknown command '{command}'.\n{Usage}");
        return 1;
    }
}
