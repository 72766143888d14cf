using Chancery.Core.Reorganizations;

namespace Chancery.Server.Reorganizations;

/// <summary>
/// The size of a plan on the wire: about 240 bytes an operation (named by id), so the 2025 reform's
/// 12,000 operations take some 3 MB and a plan of <see cref="PlanCommands.MaxOperations"/> some 48 MB.
/// The Reorganizations service takes messages up to 64 MB instead of gRPC's default of 4 MB; the
/// other services keep the default. (A message is read before its caller is authenticated.)
/// </summary>
public static class PlanMessages
{
    public const int MaxReceiveBytes = 64 * 1024 * 1024;
}
