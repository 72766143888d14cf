using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace Chancery.Server.Tests.Fuzzing;

/// <summary>
/// Random requests of any message type, written field by field from its descriptor (so every new
/// field joins): values from the <see cref="ValuePool"/>, unset fields, repeated fields, nested
/// messages, unknown fields; mutations of such messages; raw random bytes.
/// </summary>
public sealed class MessageGenerator(Random random, ValuePool pool)
{
    private const int MaxDepth = 4;

    /// <summary>A well-formed message of the type, with random field values.</summary>
    public byte[] WellFormed(MessageDescriptor descriptor) => Nested(descriptor, 0);

    /// <summary>A well-formed message, then one to three byte-level mutations (often no longer well-formed).</summary>
    public byte[] Mutated(MessageDescriptor descriptor)
    {
        var bytes = new List<byte>(WellFormed(descriptor));
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            var at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0 when bytes.Count > 0:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1 when bytes.Count > 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 2:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 3:
                    bytes.InsertRange(at, Bytes(random.Next(1, 16)));
                    break;
                case 4 when bytes.Count > 0:
                    bytes.InsertRange(at, bytes.GetRange(at, Math.Min(random.Next(1, 64), bytes.Count - at)));
                    break;
                default:
                    bytes.RemoveRange(at, Math.Min(random.Next(1, 8), bytes.Count - at));
                    break;
            }
        }

        return [.. bytes];
    }

    public byte[] Raw() => Bytes(random.Next(0, 300));

    private byte[] Bytes(int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }

    private void Write(CodedOutputStream output, MessageDescriptor descriptor, int depth)
    {
        foreach (var field in descriptor.Fields.InFieldNumberOrder())
        {
            if (random.NextDouble() < 0.3)
            {
                continue;
            }

            var count = field.IsRepeated ? random.Next(0, 5) : 1;
            for (var i = 0; i < count; i++)
            {
                WriteField(output, field, depth);
            }
        }

        if (random.NextDouble() < 0.05)
        {
            output.WriteTag(random.Next(1000, 5000), WireFormat.WireType.Varint);
            output.WriteInt64(ValuePool.Number(random));
        }
    }

    private void WriteField(CodedOutputStream output, FieldDescriptor field, int depth)
    {
        var number = field.FieldNumber;
        switch (field.FieldType)
        {
            case FieldType.String:
                output.WriteTag(number, WireFormat.WireType.LengthDelimited);
                output.WriteString(pool.String(random, field.Name));
                break;
            case FieldType.Bytes:
                output.WriteTag(number, WireFormat.WireType.LengthDelimited);
                output.WriteBytes(ByteString.CopyFrom(random.Next(3) == 0 ? System.Text.Encoding.UTF8.GetBytes(pool.String(random, field.Name)) : Bytes(random.Next(0, 2000))));
                break;
            case FieldType.Message or FieldType.Group when depth < MaxDepth:
                output.WriteTag(number, WireFormat.WireType.LengthDelimited);
                output.WriteBytes(ByteString.CopyFrom(Nested(field.MessageType, depth + 1)));
                break;
            case FieldType.Message or FieldType.Group:
                break;
            case FieldType.Bool:
                output.WriteTag(number, WireFormat.WireType.Varint);
                output.WriteBool(random.Next(2) == 1);
                break;
            case FieldType.Enum:
                output.WriteTag(number, WireFormat.WireType.Varint);
                var values = field.EnumType.Values;
                output.WriteInt32(random.Next(4) == 0 ? (int)ValuePool.Number(random) : values[random.Next(values.Count)].Number);
                break;
            case FieldType.Double:
                output.WriteTag(number, WireFormat.WireType.Fixed64);
                output.WriteDouble(random.Next(4) == 0 ? double.NaN : ValuePool.Number(random));
                break;
            case FieldType.Float:
                output.WriteTag(number, WireFormat.WireType.Fixed32);
                output.WriteFloat(random.Next(4) == 0 ? float.PositiveInfinity : ValuePool.Number(random));
                break;
            case FieldType.Fixed32 or FieldType.SFixed32:
                output.WriteTag(number, WireFormat.WireType.Fixed32);
                output.WriteFixed32(unchecked((uint)ValuePool.Number(random)));
                break;
            case FieldType.Fixed64 or FieldType.SFixed64:
                output.WriteTag(number, WireFormat.WireType.Fixed64);
                output.WriteFixed64(unchecked((ulong)ValuePool.Number(random)));
                break;
            case FieldType.SInt32:
                output.WriteTag(number, WireFormat.WireType.Varint);
                output.WriteSInt32(unchecked((int)ValuePool.Number(random)));
                break;
            case FieldType.SInt64:
                output.WriteTag(number, WireFormat.WireType.Varint);
                output.WriteSInt64(ValuePool.Number(random));
                break;
            default:
                // int32, int64, uint32, uint64: varints of any value
                output.WriteTag(number, WireFormat.WireType.Varint);
                output.WriteInt64(ValuePool.Number(random));
                break;
        }
    }

    private byte[] Nested(MessageDescriptor descriptor, int depth)
    {
        using var buffer = new MemoryStream();
        var output = new CodedOutputStream(buffer);
        Write(output, descriptor, depth);
        output.Flush();
        return buffer.ToArray();
    }
}
