using Chancery.Core.Errors;
using Google.Protobuf.WellKnownTypes;

namespace Chancery.Server.Grpc;

/// <summary>Field masks of updates, parsed once for every service: each path to a flag of the command, unknown paths as violations of update_mask.</summary>
public static class FieldMasks
{
    public static TFlags Parse<TFlags>(FieldMask? mask, IReadOnlyDictionary<string, TFlags> paths, InputErrors errors, string? hint = null)
        where TFlags : struct, System.Enum
    {
        ulong flags = 0;
        foreach (var path in mask?.Paths ?? [])
        {
            if (paths.TryGetValue(path, out var flag))
            {
                flags |= Convert.ToUInt64(flag, System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                errors.Add("update_mask", $"'{path}' cannot be updated here; the paths are {string.Join(", ", paths.Keys)}{(hint is null ? "" : $" ({hint})")}.");
            }
        }

        return (TFlags)System.Enum.ToObject(typeof(TFlags), flags);
    }
}
