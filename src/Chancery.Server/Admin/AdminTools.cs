namespace Chancery.Server.Admin;

/// <summary>
/// The audit and storage commands of <c>admin</c>: <c>verify-audit [--checkpoint FILE]</c>,
/// <c>audit-checkpoint [FILE]</c>, <c>backup FILE</c> and <c>restore FILE</c>, on the line as
/// <see cref="AdminArguments"/> reads it.
/// </summary>
public static class AdminTools
{
    /// <summary>The command of the line if it is one of these; null otherwise.</summary>
    public static Func<IServiceProvider, CancellationToken, Task<int>>? Match(AdminArguments arguments) =>
        arguments.Words.ToArray() switch
        {
            ["verify-audit"] => (s, ct) => AuditAdmin.VerifyAsync(s, arguments.Value("checkpoint"), ct),
            ["audit-checkpoint", .. var file] when file.Length <= 1 => (s, ct) => AuditAdmin.CheckpointAsync(s, file.FirstOrDefault(), ct),
            ["backup", var file] => (s, ct) => BackupAdmin.BackupAsync(s, file, ct),
            ["restore", var file] => (s, ct) => BackupAdmin.RestoreAsync(s, file, ct),
            _ => null,
        };
}
