using Decree73.Domain.Reports;

namespace Decree73.Application.Reports;

/// <summary>A new draft: the unit and the period.</summary>
public sealed class ReportCreateInput
{
    public int? UnitId { get; set; }
    public ReportPeriodKind PeriodKind { get; set; }
    public int Year { get; set; }
    public int PeriodNumber { get; set; } = 1;
    public bool ConsolidatesSubordinateReports { get; set; }
}

/// <summary>What the officer writes: the narrative sections and the Decree 30/2020 frame.</summary>
public sealed class ReportEditInput
{
    public string? ImplementationWork { get; set; }
    public string? EncouragementText { get; set; }
    public string? ProtectionText { get; set; }
    public string? Strengths { get; set; }
    public string? Difficulties { get; set; }
    public string? Recommendations { get; set; }
    public string? DocumentNumber { get; set; }
    public string? Place { get; set; }
    public DateOnly? ReportDate { get; set; }
    public string? Recipients { get; set; }
    public string? SignerAuthority { get; set; }
    public string? SignerCapacity { get; set; }
    public string? SignerName { get; set; }
    public bool ConsolidatesSubordinateReports { get; set; }

    public static ReportEditInput From(PeriodicReport r) => new()
    {
        ImplementationWork = r.ImplementationWork, EncouragementText = r.EncouragementText, ProtectionText = r.ProtectionText,
        Strengths = r.Strengths, Difficulties = r.Difficulties, Recommendations = r.Recommendations, DocumentNumber = r.DocumentNumber,
        Place = r.Place, ReportDate = r.ReportDate, Recipients = r.Recipients, SignerAuthority = r.SignerAuthority,
        SignerCapacity = r.SignerCapacity, SignerName = r.SignerName, ConsolidatesSubordinateReports = r.ConsolidatesSubordinateReports,
    };
}

public sealed record ReportUnitOption(int Id, string Name, bool HasSubordinates);

public sealed record ReportListItem(
    int Id, int UnitId, string UnitName, ReportPeriodKind PeriodKind, int Year, int PeriodNumber, ReportStatus Status, DateTime? SubmittedAtUtc)
{
    public ReportPeriod Period => new(PeriodKind, Year, PeriodNumber);
}

/// <summary>
/// A report as a page shows it: the entity, the unit's name, and the figures. <see cref="Live"/> is always computed
/// now; <see cref="Frozen"/> is the snapshot of a submitted report (null for a draft).
/// </summary>
public sealed record ReportView(
    PeriodicReport Report, string UnitName, Domain.Organisation.UnitKind UnitKind, string? ParentName, ReportFigures Live, ReportFigures? Frozen, bool MayEdit)
{
    /// <summary>The figures the report states: frozen once submitted, live while a draft.</summary>
    public ReportFigures Stated => Frozen ?? Live;

    /// <summary>Whether anything changed since submission (where the figures came from aside).</summary>
    public bool LiveDiffers => Frozen is not null && (Frozen with { Sources = [] }).ToJson() != (Live with { Sources = [] }).ToJson();
}
