namespace Chancery.Server.Tests.Infrastructure;

/// <summary>A clock the test sets; timers still run on real time.</summary>
public sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset now = now;

    /// <summary>10:00 in Hà Nội on 2026-06-15: "today" for the tests, whatever day they run.</summary>
    public static readonly DateTimeOffset Default = new(2026, 6, 15, 3, 0, 0, TimeSpan.Zero);

    public static readonly DateOnly DefaultToday = new(2026, 6, 15);

    public override DateTimeOffset GetUtcNow() => now;

    public void Set(DateTimeOffset value) => now = value;
}
