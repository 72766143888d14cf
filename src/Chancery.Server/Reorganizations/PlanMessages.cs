using Chancery.Core.Reorganizations;

namespace Chancery.Server.Reorganizations;

/// <summary>
/// The size of a plan on the wire: about 240 bytes an operation (named by id), so the 2025 reform's
/// 12,000 operations take some 3 MB and a plan of <see cref="PlanCommands.MaxOperations"/> some 48 MB.
/// The Reorganizations service takes messages up to 64 MB; the other services far less (all the
/// limits are stated in <see cref="Grpc.MessageLimits"/>). A message is read before its caller is
/// authenticated.
/// </summary>
public static class PlanMessages
{
    public const int MaxReceiveBytes = 64 * 1024 * 1024;
}
