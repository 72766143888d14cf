using Microsoft.Extensions.Options;

namespace Chancery.Core.Time;

/// <summary>
/// "Today" for the registry: the calendar date in the service's time zone (Asia/Ho_Chi_Minh by
/// default), read from the injected <see cref="TimeProvider"/>, never from the system clock.
/// </summary>
public sealed class RegistryClock(TimeProvider time, IOptions<RegistryClockOptions> options)
{
    private readonly TimeZoneInfo zone = FindZone(options.Value.TimeZone);

    public TimeProvider Time => time;

    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);

    private static TimeZoneInfo FindZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException) when (id == RegistryClockOptions.VietnamZone)
        {
            // Vietnam keeps UTC+7 all year; a machine without tzdata still gets the right date.
            return TimeZoneInfo.CreateCustomTimeZone(id, TimeSpan.FromHours(7), id, id);
        }
    }
}

public sealed class RegistryClockOptions
{
    public const string VietnamZone = "Asia/Ho_Chi_Minh";

    public string TimeZone { get; set; } = VietnamZone;
}
