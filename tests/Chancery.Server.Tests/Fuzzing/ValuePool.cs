using System.Collections.Concurrent;

namespace Chancery.Server.Tests.Fuzzing;

/// <summary>
/// The values a fuzzed field takes: real ids and codes of what the fixture created (so that calls
/// reach the rules, not only the lookups), dates good and bad, hostile text, extreme numbers.
/// </summary>
public sealed class ValuePool
{
    private static readonly string[] Dates =
    [
        "2025-07-01", "2020-01-01", "2000-01-01", "0001-01-01", "9999-12-31", "2025-02-29", "2024-02-29", "2025-13-01",
        "2025-00-10", "2025-7-1", "-2025-01-01", "99999-01-01", "2025-06-31", "", " 2025-07-01", "01/07/2025", "2025-07-01T00:00:00Z",
    ];

    private static readonly string[] Texts =
    [
        "", " ", "x", "Ủy ban nhân dân tỉnh Phú Thọ", "Quyết định 1/QĐ-UBND", "null", "' OR 1=1 --", "%00", "../../etc/passwd",
        "\u0000", "a\u0000b", "\u0001\u0002\u0003", "\u001b[31m", "\u007f", "line\nbreak", "tab\there", "\r\n", "\u2028\u2029",
        "\uFEFF", "\u202Eevil", "e\u0301", "Đ\u0300\u0301\u0302\u0303", "🏛️", "ｆｕｌｌｗｉｄｔｈ", "<script>alert(1)</script>", "${jndi:x}",
        "*", "%", "_", "\\", "\"", "{}", "chuong-2/dieu-5/khoan-1", "/", "//", "name,short_name", "*.*",
    ];

    private readonly ConcurrentBag<string> ids = [];
    private readonly ConcurrentBag<string> codes = [];

    public void AddId(string id)
    {
        if (id.Length > 0)
        {
            ids.Add(id);
        }
    }

    public void AddCode(string code)
    {
        if (code.Length > 0)
        {
            codes.Add(code);
        }
    }

    public string String(Random random, string field)
    {
        var name = field.ToLowerInvariant();
        var roll = random.NextDouble();
        if ((name == "id" || name.EndsWith("_id", StringComparison.Ordinal) || name.EndsWith("ids", StringComparison.Ordinal)) && roll < 0.6 && !ids.IsEmpty)
        {
            return Pick(random, ids.ToArray());
        }

        if ((name.Contains("date", StringComparison.Ordinal) || name.Contains("as_of", StringComparison.Ordinal)
            || name.StartsWith("valid_", StringComparison.Ordinal) || name is "from" or "to" or "since" or "until") && roll < 0.7)
        {
            return roll < 0.35 ? RandomDate(random) : Pick(random, Dates);
        }

        if (name.Contains("code", StringComparison.Ordinal) && roll < 0.5 && !codes.IsEmpty)
        {
            return Pick(random, codes.ToArray());
        }

        return random.Next(10) switch
        {
            0 => new Guid(Enumerable.Range(0, 16).Select(_ => (byte)random.Next(256)).ToArray()).ToString(),
            1 => new string((char)random.Next(0x20, 0x7f), random.Next(1, 5000)),
            9 when random.Next(3) == 0 => new string('Ệ', random.Next(10_000, 60_000)),
            2 => RandomText(random, random.Next(1, 40)),
            3 => Pick(random, Dates),
            _ => Pick(random, Texts),
        };
    }

    public static long Number(Random random) => random.Next(12) switch
    {
        0 => 0,
        1 => -1,
        2 => int.MaxValue,
        3 => int.MinValue,
        4 => long.MaxValue,
        5 => long.MinValue,
        6 => random.Next(1, 1000),
        7 => uint.MaxValue,
        8 => -random.NextInt64(),
        _ => random.Next(0, 100),
    };

    private static string RandomDate(Random random) =>
        $"{random.Next(-10, 10_001):0000}-{random.Next(0, 14):00}-{random.Next(0, 33):00}";

    /// <summary>Characters from the whole BMP (no lone surrogates: they do not encode).</summary>
    private static string RandomText(Random random, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            char c;
            do
            {
                c = (char)random.Next(0, 0x10000);
            }
            while (char.IsSurrogate(c));
            chars[i] = c;
        }

        return new string(chars);
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
