namespace Decree73.Domain.Appraisal;

/// <summary>
/// The appraisal year closes before 15 December (domain.md §8): what happens from 15 December on counts for the next
/// year's appraisal.
/// </summary>
public static class AppraisalYear
{
    public static readonly (int Month, int Day) DefaultClosing = (12, 15);

    public static int Of(DateOnly day, int closingMonth = 12, int closingDay = 15) =>
        day >= new DateOnly(day.Year, closingMonth, closingDay) ? day.Year + 1 : day.Year;

    /// <summary>The first and last day whose events count for <paramref name="year"/>.</summary>
    public static (DateOnly From, DateOnly To) Range(int year, int closingMonth = 12, int closingDay = 15) =>
        (new DateOnly(year - 1, closingMonth, closingDay), new DateOnly(year, closingMonth, closingDay).AddDays(-1));
}

/// <summary>Outstanding grades are capped by quota: by default 20% of those graded good or better.</summary>
public static class AppraisalQuota
{
    public const int DefaultPercent = 20;

    /// <summary>The most outstanding grades the quota allows among <paramref name="goodOrBetter"/> officers.</summary>
    public static int Allowed(int goodOrBetter, int percent) => goodOrBetter * percent / 100;

    public static bool Exceeded(int outstanding, int goodOrBetter, int percent) => outstanding > Allowed(goodOrBetter, percent);
}
