namespace Decree73.Domain.Reports;

public enum ReportPeriodKind
{
    Quarter,
    HalfYear,
    Year,
}

/// <summary>A reporting period: quarter 1–4, half 1–2 or the whole year (domain.md §9).</summary>
public sealed record ReportPeriod(ReportPeriodKind Kind, int Year, int Number)
{
    public bool IsValid => Year is >= 2023 and <= 2100 && Kind switch
    {
        ReportPeriodKind.Quarter => Number is >= 1 and <= 4,
        ReportPeriodKind.HalfYear => Number is 1 or 2,
        _ => Number == 1,
    };

    private int Months => Kind switch
    {
        ReportPeriodKind.Quarter => 3,
        ReportPeriodKind.HalfYear => 6,
        _ => 12,
    };

    public DateOnly Start => new(Year, (Number - 1) * Months + 1, 1);

    /// <summary>The last day of the period, inclusive.</summary>
    public DateOnly End => Start.AddMonths(Months).AddDays(-1);

    public bool Contains(DateOnly day) => day >= Start && day <= End;
}
