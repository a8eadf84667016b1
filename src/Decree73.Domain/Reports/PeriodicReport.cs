using Decree73.Domain.Common;

namespace Decree73.Domain.Reports;

public enum ReportStatus
{
    Draft,
    /// <summary>Sent to the superior unit: frozen, its figures and text never change again.</summary>
    Submitted,
}

public static class ReportErrors
{
    public static readonly DomainError Frozen = new("Report.Frozen");
    public static readonly DomainError InvalidPeriod = new("Report.InvalidPeriod", "Period");
    public static readonly DomainError Duplicate = new("Report.Duplicate", "Period");
    public static readonly DomainError PeriodNotOver = new("Report.PeriodNotOver", "Period");
}

/// <summary>
/// The narrative of the report (the seed report's sections I–IV); the figures are the system's. <see cref="InnovationAreas"/>
/// is section I.2 (fields and kinds of innovation), prefilled from the figures and edited like the rest.
/// </summary>
public sealed record ReportNarrative(
    string? ImplementationWork, string? EncouragementText, string? ProtectionText, string? Strengths, string? Difficulties,
    string? Recommendations, string? InnovationAreas = null);

/// <summary>The document frame of Decree 30/2020: number and symbol, place and date, recipients, signer.</summary>
public sealed record ReportDocumentInfo(
    string? DocumentNumber, string? Place, DateOnly? ReportDate, string? Recipients, string? SignerAuthority, string? SignerCapacity,
    string? SignerName);

/// <summary>
/// A unit's periodic Decree 73 report. A draft can be edited until it is submitted; submitting freezes the figures
/// (a JSON snapshot) and the text, and every later change is refused.
/// </summary>
public sealed class PeriodicReport : Entity
{
    private PeriodicReport() { }

    public PeriodicReport(int unitId, ReportPeriod period, bool consolidatesSubordinateReports)
    {
        UnitId = unitId;
        PeriodKind = period.Kind;
        Year = period.Year;
        PeriodNumber = period.Number;
        PeriodStart = period.Start;
        PeriodEnd = period.End;
        ConsolidatesSubordinateReports = consolidatesSubordinateReports;
        Status = ReportStatus.Draft;
    }

    public int UnitId { get; private set; }
    public ReportPeriodKind PeriodKind { get; private set; }
    public int Year { get; private set; }
    public int PeriodNumber { get; private set; }
    public DateOnly PeriodStart { get; private set; }
    public DateOnly PeriodEnd { get; private set; }
    public ReportPeriod Period => new(PeriodKind, Year, PeriodNumber);

    /// <summary>Whether the figures add the frozen reports submitted by subordinate units instead of counting their proposals live.</summary>
    public bool ConsolidatesSubordinateReports { get; private set; }

    public ReportStatus Status { get; private set; }

    public string? ImplementationWork { get; private set; }

    /// <summary>
    /// Section I.2 "Ngành, lĩnh vực và nội dung khuyến khích": null until the writer saves it (the edit page then offers
    /// the text generated from the figures); set at submission from the frozen figures when never written.
    /// </summary>
    public string? InnovationAreasText { get; private set; }
    public string? EncouragementText { get; private set; }
    public string? ProtectionText { get; private set; }
    public string? Strengths { get; private set; }
    public string? Difficulties { get; private set; }
    public string? Recommendations { get; private set; }

    public string? DocumentNumber { get; private set; }
    public string? Place { get; private set; }
    public DateOnly? ReportDate { get; private set; }
    public string? Recipients { get; private set; }
    public string? SignerAuthority { get; private set; }
    public string? SignerCapacity { get; private set; }
    public string? SignerName { get; private set; }

    /// <summary>The figures as they were when submitted (JSON); null while a draft, whose figures are live.</summary>
    public string? FrozenFiguresJson { get; private set; }
    public DateTime? SubmittedAtUtc { get; private set; }
    public int? SubmittedByOfficerId { get; private set; }

    public bool IsFrozen => Status == ReportStatus.Submitted;

    public Result Edit(ReportNarrative narrative, ReportDocumentInfo document, bool consolidatesSubordinateReports)
    {
        if (IsFrozen)
        {
            return ReportErrors.Frozen;
        }

        ImplementationWork = Clean(narrative.ImplementationWork);
        InnovationAreasText = Clean(narrative.InnovationAreas);
        EncouragementText = Clean(narrative.EncouragementText);
        ProtectionText = Clean(narrative.ProtectionText);
        Strengths = Clean(narrative.Strengths);
        Difficulties = Clean(narrative.Difficulties);
        Recommendations = Clean(narrative.Recommendations);
        DocumentNumber = Clean(document.DocumentNumber);
        Place = Clean(document.Place);
        ReportDate = document.ReportDate;
        Recipients = Clean(document.Recipients);
        SignerAuthority = Clean(document.SignerAuthority);
        SignerCapacity = Clean(document.SignerCapacity);
        SignerName = Clean(document.SignerName);
        ConsolidatesSubordinateReports = consolidatesSubordinateReports;
        return Result.Success();
    }

    /// <summary>
    /// Freezes the report with the figures computed at this moment. Section I.2, when never written, is frozen as
    /// <paramref name="generatedInnovationAreas"/> (the text generated from those figures): the seed report always has it.
    /// </summary>
    public Result Submit(string figuresJson, int officerId, DateTime nowUtc, string? generatedInnovationAreas = null)
    {
        if (IsFrozen)
        {
            return ReportErrors.Frozen;
        }

        InnovationAreasText ??= Clean(generatedInnovationAreas);

        FrozenFiguresJson = figuresJson;
        SubmittedByOfficerId = officerId;
        SubmittedAtUtc = nowUtc;
        Status = ReportStatus.Submitted;
        return Result.Success();
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
