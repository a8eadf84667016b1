using Decree73.Application.Compliance;
using Xunit;

namespace Decree73.UnitTests;

public sealed class CompliancePeriodTests
{
    [Fact]
    public void A_quarter_runs_from_midnight_in_Ha_Noi_on_its_first_day_to_midnight_after_its_last()
    {
        var q1 = new CompliancePeriod(2026, 1);
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31)), (q1.FirstDay, q1.LastDay));
        Assert.Equal(new DateTime(2025, 12, 31, 17, 0, 0, DateTimeKind.Utc), q1.FromUtc);
        Assert.Equal(new DateTime(2026, 3, 31, 17, 0, 0, DateTimeKind.Utc), q1.ToUtc);
        Assert.Equal(new DateOnly(2026, 12, 31), new CompliancePeriod(2026).LastDay);
        Assert.Equal(new DateOnly(2026, 12, 31), new CompliancePeriod(2026, 4).LastDay);
    }

    [Fact]
    public void A_missing_or_absurd_year_is_the_current_one_and_an_absurd_quarter_the_whole_year()
    {
        var today = new DateOnly(2026, 11, 30);
        Assert.Equal(new CompliancePeriod(2026), CompliancePeriod.From(null, null, today));
        Assert.Equal(new CompliancePeriod(2026), CompliancePeriod.From(99999, 5, today));
        Assert.Equal(new CompliancePeriod(2025, 2), CompliancePeriod.From(2025, 2, today));
    }
}
