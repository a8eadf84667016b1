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

    /// <summary>Section I.2, fields and kinds of innovation (<see cref="InnovationAreasWriter"/> prefills it).</summary>
    public string? InnovationAreas { get; set; }
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
        ImplementationWork = r.ImplementationWork, InnovationAreas = r.InnovationAreasText, EncouragementText = r.EncouragementText, ProtectionText = r.ProtectionText,
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
/// A report as a page shows it: the entity, the unit's name, and the figures. <see cref="Live"/> is computed now for
/// the on-screen comparison (always for a draft; for a submitted report only when asked, exports do not need it);
/// <see cref="Frozen"/> is the snapshot of a submitted report (null for a draft).
/// </summary>
public sealed record ReportView(
    PeriodicReport Report, string UnitName, Domain.Organisation.UnitKind UnitKind, string? ParentName, ReportFigures? Live, ReportFigures? Frozen, bool MayEdit)
{
    /// <summary>The figures the report states: frozen once submitted, live while a draft.</summary>
    public ReportFigures Stated => Frozen ?? Live ?? throw new InvalidOperationException("A draft always has live figures.");

    /// <summary>Whether anything changed since submission (where the figures came from aside); false when live figures were not computed.</summary>
    public bool LiveDiffers => Frozen is not null && Live is not null && Frozen.CountsOnly().ToJson() != Live.CountsOnly().ToJson();

    /// <summary>
    /// Section I.2 as the document states it: the text saved (frozen once submitted); for a draft never written, the text
    /// generated from the live figures; null for a report submitted before section I.2 was stored (its document never changes).
    /// </summary>
    public string? InnovationAreasText => Report.InnovationAreasText ?? (Report.IsFrozen ? null : InnovationAreasWriter.Generate(Stated, IssuerName));

    /// <summary>Whether the issuing body lines were frozen at submission (reports submitted before that was stored have not).</summary>
    private bool IssuerFrozen => Frozen?.UnitName is not null;

    /// <summary>The issuer's name on the document: as at submission once submitted, the unit's current name for a draft.</summary>
    public string IssuerName => IssuerFrozen ? Frozen!.UnitName! : UnitName;

    /// <summary>The governing body line above the issuer (null when none): as at submission once submitted.</summary>
    public string? IssuerParentName => IssuerFrozen ? Frozen!.ParentUnitName : CurrentParentLine(UnitKind, ParentName);

    /// <summary>
    /// The document's date: the date typed in; for a submitted report without one (submitted before the frame was
    /// required) the submission day, never "today", so the document does not change from one day to the next.
    /// </summary>
    public DateOnly DocumentDate(DateOnly today) =>
        Report.ReportDate ?? (Report.SubmittedAtUtc is { } at ? Common.VietnamTime.DateOf(at) : today);

    /// <summary>Decree 30/2020: a commune or province issues without a governing body line; other units under their parent.</summary>
    public static string? CurrentParentLine(Domain.Organisation.UnitKind kind, string? parentName) =>
        kind is Domain.Organisation.UnitKind.Commune or Domain.Organisation.UnitKind.Province ? null : parentName;
}
