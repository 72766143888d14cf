namespace Chancery.Benchmarks.Generation;

/// <summary>
/// The generator's source of chance: <see cref="Random"/> with a seed (whose sequence .NET keeps
/// stable across runs and versions) and the few draws the Python peer generator uses.
/// </summary>
public sealed class SeededRandom(int seed)
{
    private readonly Random random = new(seed);

    public double NextDouble() => random.NextDouble();

    /// <summary>An integer in [min, max], both included (like Python's randint).</summary>
    public int Between(int min, int max) => random.Next(min, max + 1);

    public T Choice<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>A normal draw (Box–Muller).</summary>
    public double Gauss(double mean, double sigma)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return mean + sigma * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary><paramref name="count"/> distinct items in random order (like Python's sample).</summary>
    public List<T> Sample<T>(IReadOnlyList<T> items, int count)
    {
        var pool = items.ToList();
        var result = new List<T>(count);
        for (var i = 0; i < count && pool.Count > 0; i++)
        {
            var j = random.Next(pool.Count);
            result.Add(pool[j]);
            pool[j] = pool[^1];
            pool.RemoveAt(pool.Count - 1);
        }

        return result;
    }

    /// <summary>A random version-4 UUID drawn from this sequence.</summary>
    public Guid NextGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
