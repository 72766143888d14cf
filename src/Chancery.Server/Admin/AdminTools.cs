namespace Chancery.Server.Admin;

/// <summary>
/// The audit and storage commands of <c>admin</c>: <c>verify-audit [--checkpoint FILE]</c>,
/// <c>audit-checkpoint [FILE]</c>, <c>backup FILE</c> and <c>restore FILE</c>. Each parses its own
/// operands: the words after the command, where an option <c>--name value</c> (or
/// <c>--name=value</c>, as the configuration's own switches are written) is not an operand.
/// </summary>
public static class AdminTools
{
    public static readonly string[] Usage =
    [
        "       Chancery.Server admin verify-audit [--checkpoint FILE]",
        "       Chancery.Server admin audit-checkpoint [FILE]",
        "       Chancery.Server admin backup FILE        (SQLite; PostgreSQL: pg_dump, see the README)",
        "       Chancery.Server admin restore FILE       (SQLite, server stopped; the backup's audit chain is verified first)",
    ];

    /// <summary>The command of <paramref name="args"/> if it is one of these; null otherwise.</summary>
    public static Func<IServiceProvider, CancellationToken, Task<int>>? Match(string[] args)
    {
        var (operands, options) = Parse(args);
        return operands switch
        {
            ["verify-audit"] => (s, ct) => AuditAdmin.VerifyAsync(s, options.GetValueOrDefault("checkpoint"), ct),
            ["audit-checkpoint", .. var file] when file.Length <= 1 => (s, ct) => AuditAdmin.CheckpointAsync(s, file.FirstOrDefault(), ct),
            ["backup", var file] => (s, ct) => BackupAdmin.BackupAsync(s, file, ct),
            ["restore", var file] => (s, ct) => BackupAdmin.RestoreAsync(s, file, ct),
            _ => null,
        };
    }

    /// <summary>The words after <c>admin</c>, without the options, and the options by name.</summary>
    public static (string[] Operands, Dictionary<string, string> Options) Parse(string[] args)
    {
        var operands = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var start = Array.IndexOf(args, "admin") + 1;
        for (var i = start; i < args.Length && start > 0; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                operands.Add(arg);
            }
            else if (arg.IndexOf('=', StringComparison.Ordinal) is var equals and > 0)
            {
                options[arg[2..equals]] = arg[(equals + 1)..];
            }
            else if (i + 1 < args.Length)
            {
                options[arg[2..]] = args[++i];
            }
        }

        return ([.. operands], options);
    }
}
