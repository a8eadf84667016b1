using System.ComponentModel.DataAnnotations;
using Decree73.Domain.Reports;

namespace Decree73.Application.Reports;

/// <summary>The "Reports" configuration section: which periods units report on (domain.md §9, configurable).</summary>
public sealed class ReportOptions : IValidatableObject
{
    public const string Section = "Reports";

    /// <summary>The period kinds offered when creating a report; default all three.</summary>
    public List<ReportPeriodKind> PeriodKinds { get; set; } = [];

    /// <summary>Binding a list appends to its default, so an empty list means the default: all three kinds.</summary>
    /// <summary>
    /// How long the live figures of a unit and period are kept in memory, shared by the report page and its .docx and
    /// .xlsx downloads (one computation per miss, see <see cref="Common.SingleFlightCache"/>); a user's own change is
    /// seen at once, another user's within this time. 0 turns the cache off (concurrent requests still share one
    /// computation). Submitting a report always counts afresh.
    /// </summary>
    [Range(0, 3600)]
    public int FiguresCacheSeconds { get; set; } = 60;

    public IReadOnlyList<ReportPeriodKind> EnabledKinds =>
        PeriodKinds.Count == 0 ? Enum.GetValues<ReportPeriodKind>() : PeriodKinds.Distinct().ToList();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PeriodKinds.Any(k => !Enum.IsDefined(k)))
        {
            yield return new ValidationResult("Reports:PeriodKinds holds an unknown period kind.", [nameof(PeriodKinds)]);
        }
    }
}
