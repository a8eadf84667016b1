namespace Decree73.TestSupport;

/// <summary>A clock the test sets. (Microsoft.Extensions.TimeProvider.Testing is not in the package copy here.)</summary>
public sealed class MutableTimeProvider(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public void Advance(TimeSpan by) => Now += by;
}
