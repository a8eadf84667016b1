using System.ComponentModel.DataAnnotations;
using Decree73.Domain.Appraisal;

namespace Decree73.Application.Appraisal;

/// <summary>The "Appraisal" configuration section: the quota and the closing day of the appraisal year (domain.md §8).</summary>
public sealed class AppraisalOptions : IValidatableObject
{
    public const string Section = "Appraisal";

    /// <summary>The most "outstanding" (HTXSNV) grades, as a percentage of those graded good or better in a unit.</summary>
    [Range(0, 100)]
    public int OutstandingQuotaPercent { get; set; } = AppraisalQuota.DefaultPercent;

    /// <summary>The appraisal year closes before this month and day (default 15 December).</summary>
    [Range(1, 12)]
    public int ClosingMonth { get; set; } = AppraisalYear.DefaultClosing.Month;

    [Range(1, 31)]
    public int ClosingDay { get; set; } = AppraisalYear.DefaultClosing.Day;

    public int YearOf(DateOnly day) => AppraisalYear.Of(day, ClosingMonth, ClosingDay);

    public (DateOnly From, DateOnly To) RangeOf(int year) => AppraisalYear.Range(year, ClosingMonth, ClosingDay);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // 29 February would close some years and not others: a closing day must exist every year.
        if (ClosingMonth is >= 1 and <= 12 && ClosingDay > DateTime.DaysInMonth(2025, ClosingMonth))
        {
            yield return new ValidationResult("Appraisal:ClosingDay does not exist in Appraisal:ClosingMonth.", [nameof(ClosingDay)]);
        }
    }
}
