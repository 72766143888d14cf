using System.Collections;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace Chancery.Server.Grpc;

/// <summary>
/// Keeps an error's status within what clients accept: it travels in the trailers (grpc-message
/// percent-encoded, the whole status again in base64), and HttpClient-based clients drop the whole
/// connection (every call on it, not only this one) when the headers exceed 64 KB. Messages and
/// details often quote the caller's input (an id, a name), which may be as long as the message
/// limit: every text is cut to <see cref="MaxChars"/>, then shorter if the status is still too
/// large, and the details are dropped as a last resort.
/// </summary>
public static class StatusSize
{
    public const int MaxChars = 1000;
    public const int MaxBytes = 24 * 1024;

    public static Google.Rpc.Status Bound(Google.Rpc.Status status)
    {
        foreach (var max in new[] { MaxChars, 100 })
        {
            Clip(status, max);
            if (status.CalculateSize() <= MaxBytes)
            {
                return status;
            }
        }

        status.Details.Clear();
        return status;
    }

    /// <summary>Cuts every string of the message, and of the messages inside it, to at most <paramref name="max"/> characters.</summary>
    private static void Clip(IMessage message, int max)
    {
        foreach (var field in message.Descriptor.Fields.InDeclarationOrder())
        {
            var value = field.Accessor.GetValue(message);
            switch (value)
            {
                case string text when field.FieldType == FieldType.String && !field.IsRepeated:
                    field.Accessor.SetValue(message, Cut(text, max));
                    break;
                case Google.Protobuf.WellKnownTypes.Any any:
                    any.Value = Repack(any, max);
                    break;
                case IMessage inner:
                    Clip(inner, max);
                    break;
                case IDictionary map:
                    foreach (var key in map.Keys.Cast<object>().ToList())
                    {
                        if (map[key] is string entry)
                        {
                            map[key] = Cut(entry, max);
                        }
                    }

                    break;
                case IList list:
                    for (var i = 0; i < list.Count; i++)
                    {
                        if (list[i] is string item)
                        {
                            list[i] = Cut(item, max);
                        }
                        else if (list[i] is Google.Protobuf.WellKnownTypes.Any packed)
                        {
                            packed.Value = Repack(packed, max);
                        }
                        else if (list[i] is IMessage element)
                        {
                            Clip(element, max);
                        }
                    }

                    break;
            }
        }
    }

    /// <summary>A packed detail of a type the status knows, clipped; any other type left as it is.</summary>
    private static ByteString Repack(Google.Protobuf.WellKnownTypes.Any any, int max)
    {
        var type = KnownDetails.FirstOrDefault(d => d.FullName == Google.Protobuf.WellKnownTypes.Any.GetTypeName(any.TypeUrl));
        if (type is null)
        {
            return any.Value;
        }

        var detail = type.Parser.ParseFrom(any.Value);
        Clip(detail, max);
        return detail.ToByteString();
    }

    private static readonly MessageDescriptor[] KnownDetails =
    [
        Google.Rpc.BadRequest.Descriptor, Google.Rpc.PreconditionFailure.Descriptor, Google.Rpc.ResourceInfo.Descriptor, Google.Rpc.ErrorInfo.Descriptor,
    ];

    private static string Cut(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var end = char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
        return string.Concat(text.AsSpan(0, end), "… (cut)");
    }
}
