using Decree73.Application.Abstractions;
using Decree73.Application.Common;
using Decree73.Application.Proposals;
using Decree73.Application.Resources;
using Decree73.Domain.Common;
using Decree73.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Decree73.Application.Reports;

/// <summary>
/// Periodic Decree 73 reports (domain.md §9): drafts whose figures are live, narrative written by the unit,
/// submission that freezes figures and text, and the superior's inbox. Every method checks <see cref="ReportAccess"/>;
/// a report the user may not read is "not found".
/// </summary>
public sealed class PeriodicReportService(
    IAppDbContext db,
    ReportAccess reportAccess,
    ProposalAccess proposalAccess,
    ReportFiguresBuilder figures,
    SingleFlightCache figureCache,
    IWriteClockReader writes,
    ICurrentUser currentUser,
    ReportCreateInputValidator createValidator,
    ReportEditInputValidator editValidator,
    IOptions<ReportOptions> options,
    TimeProvider time,
    ILogger<PeriodicReportService> logger)
{
    public IReadOnlyList<ReportPeriodKind> EnabledPeriodKinds => options.Value.EnabledKinds;

    /// <summary>The units the user writes reports for, with whether they have subordinate units to consolidate.</summary>
    public async Task<IReadOnlyList<ReportUnitOption>> AuthoredUnitsAsync(CancellationToken ct = default)
    {
        var ids = await reportAccess.AuthoredUnitIdsAsync(ct);
        return await AuthoredUnits(db, ids).ToListAsync(ct);
    }

    internal static IQueryable<ReportUnitOption> AuthoredUnits(IAppDbContext db, IReadOnlyList<int> ids) =>
        db.Units.AsNoTracking().Where(u => ids.Contains(u.Id)).OrderBy(u => u.Name)
            .Select(u => new ReportUnitOption(u.Id, u.Name, db.Units.Any(c => c.ParentId == u.Id)));

    /// <summary>The most rows a list shows; a year holds at most seven reports per unit, so a year's list stays far below it.</summary>
    public const int ListLimit = 1000;

    /// <summary>The reports of the units the user writes for, newest period first; of one year when given.</summary>
    public async Task<IReadOnlyList<ReportListItem>> MyReportsAsync(int? year = null, CancellationToken ct = default)
    {
        var ids = await reportAccess.AuthoredUnitIdsAsync(ct);
        return await ListRows(db, Authored(db, ids), year).ToListAsync(ct);
    }

    internal static IQueryable<PeriodicReport> Authored(IAppDbContext db, IReadOnlyList<int> unitIds) =>
        db.PeriodicReports.AsNoTracking().Where(r => unitIds.Contains(r.UnitId));

    /// <summary>Submitted reports of subordinate units (see <see cref="ReportAccess.InboxAsync"/>); of one year when given.</summary>
    public async Task<IReadOnlyList<ReportListItem>> InboxAsync(int? year = null, CancellationToken ct = default) =>
        await ListRows(db, await reportAccess.InboxAsync(ct), year).ToListAsync(ct);

    /// <summary>A list of reports, newest period first, at most <see cref="ListLimit"/>.</summary>
    internal static IQueryable<ReportListItem> ListRows(IAppDbContext db, IQueryable<PeriodicReport> reports, int? year) =>
        (year is { } y ? reports.Where(r => r.Year == y) : reports)
            .OrderByDescending(r => r.PeriodEnd).ThenBy(r => r.PeriodKind).ThenBy(r => r.UnitId).Take(ListLimit)
            .Select(r => new ReportListItem(r.Id, r.UnitId, db.Units.Where(u => u.Id == r.UnitId).Select(u => u.Name).First(),
                r.PeriodKind, r.Year, r.PeriodNumber, r.Status, r.SubmittedAtUtc));

    public async Task<OperationResult<int>> CreateAsync(ReportCreateInput input, CancellationToken ct = default)
    {
        var validation = await createValidator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return OperationResult<int>.From(validation.ToResult());
        }

        if (!await reportAccess.MayAuthorAsync(input.UnitId!.Value, ct))
        {
            return OperationResult<int>.From(OperationResult.NotFound());
        }

        var period = new ReportPeriod(input.PeriodKind, input.Year, input.PeriodNumber);
        if (!EnabledPeriodKinds.Contains(input.PeriodKind))
        {
            return OperationResult<int>.From(OperationResult.Invalid(nameof(ReportCreateInput.PeriodKind), ValidationMessages.Report_PeriodKindDisabled));
        }

        if (!period.IsValid)
        {
            return OperationResult<int>.From(Invalid(ReportErrors.InvalidPeriod, nameof(ReportCreateInput.PeriodNumber)));
        }

        if (await Exists(input.UnitId.Value, period, ct))
        {
            return OperationResult<int>.From(Invalid(ReportErrors.Duplicate, nameof(ReportCreateInput.PeriodNumber)));
        }

        var report = new PeriodicReport(input.UnitId.Value, period, input.ConsolidatesSubordinateReports);
        db.PeriodicReports.Add(report);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two officers created the same report at once: the unique index kept one.
            db.Entry(report).State = EntityState.Detached;
            if (await Exists(input.UnitId.Value, period, ct))
            {
                return OperationResult<int>.From(Invalid(ReportErrors.Duplicate, nameof(ReportCreateInput.PeriodNumber)));
            }

            throw;
        }

        logger.LogInformation("Report {ReportId} created for unit {UnitId}, {PeriodKind} {PeriodNumber}/{Year}",
            report.Id, report.UnitId, period.Kind, period.Number, period.Year);
        return OperationResult<int>.Ok(report.Id);
    }

    private Task<bool> Exists(int unitId, ReportPeriod period, CancellationToken ct) =>
        db.PeriodicReports.AnyAsync(r => r.UnitId == unitId && r.PeriodKind == period.Kind && r.Year == period.Year && r.PeriodNumber == period.Number, ct);

    /// <summary>
    /// The report with its figures, or null when the user may not read it. A draft always gets live figures; a
    /// submitted report gets them only with <paramref name="compareLive"/> (the page's on-screen comparison): exporting
    /// or printing it states the frozen ones only, and counting live is the expensive part.
    /// </summary>
    public async Task<ReportView?> GetAsync(int id, bool compareLive = true, CancellationToken ct = default)
    {
        var report = await db.PeriodicReports.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (report is null || !await reportAccess.MayReadAsync(report, ct))
        {
            return null;
        }

        var unit = await UnitAsync(report.UnitId, ct);
        var frozen = report.FrozenFiguresJson is { } json ? ReportFigures.FromJson(json) : null;
        var live = frozen is null || compareLive ? await LiveFiguresAsync(report, ct) : null;
        var mayEdit = !report.IsFrozen && await reportAccess.MayAuthorAsync(report.UnitId, ct);
        return new ReportView(report, unit.Name, unit.Kind, unit.Parent, live, frozen, mayEdit);
    }

    /// <summary>
    /// The live figures of the report's unit and period (consolidated or not), from <see cref="SingleFlightCache"/>:
    /// the page and its .docx and .xlsx downloads read the same cached figures, concurrent misses share one
    /// computation, and a value older than the asker's own last change is not used. The caller has already checked
    /// that the user may read the report; the figures depend only on the unit and the period, not on who asks.
    /// </summary>
    private async Task<ReportFigures> LiveFiguresAsync(PeriodicReport report, CancellationToken ct)
    {
        var key = FiguresCacheKey(report.UnitId, report.Period, report.ConsolidatesSubordinateReports);
        var clock = await writes.ReadAsync(currentUser.UserId, ct);
        var unitId = report.UnitId;
        var period = report.Period;
        var consolidates = report.ConsolidatesSubordinateReports;
        return await figureCache.GetAsync(key, TimeSpan.FromSeconds(options.Value.FiguresCacheSeconds), clock,
            async (services, token) =>
            {
                // Its own scope: nothing of this request (its context, its user) is used by the computation.
                var clockTime = services.GetRequiredService<TimeProvider>();
                var started = clockTime.GetTimestamp();
                var builder = services.GetRequiredService<ReportFiguresBuilder>();
                var result = consolidates ? await builder.ConsolidatedAsync(unitId, period, token) : await builder.LiveAsync(unitId, period, token);
                services.GetRequiredService<ILogger<PeriodicReportService>>().LogInformation(
                    "Report figures for unit {UnitId}, {PeriodKind} {PeriodNumber}/{Year} computed in {ElapsedMs} ms",
                    unitId, period.Kind, period.Number, period.Year, (int)clockTime.GetElapsedTime(started).TotalMilliseconds);
                return result;
            }, ct);
    }

    /// <summary>The cache key of a unit's live figures for a period; consolidated and plain figures are cached apart.</summary>
    internal static string FiguresCacheKey(int unitId, ReportPeriod period, bool consolidates) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"report-figures:{unitId}:{period.Kind}:{period.Year}:{period.Number}:{(consolidates ? "consolidated" : "live")}");

    private sealed record UnitLines(string Name, Domain.Organisation.UnitKind Kind, string? Parent);

    private Task<UnitLines> UnitAsync(int unitId, CancellationToken ct) =>
        db.Units.AsNoTracking().Where(u => u.Id == unitId)
            .Select(u => new UnitLines(u.Name, u.Kind, u.Parent != null ? u.Parent.Name : null)).FirstAsync(ct);

    /// <summary>
    /// The Decree 30/2020 frame fields a report must have before it is submitted, keyed by the
    /// <see cref="ReportEditInput"/> property; empty when complete. Once submitted the document never changes, so
    /// nothing in it may still be blank.
    /// </summary>
    public static IReadOnlyList<FieldError> MissingFrame(PeriodicReport report)
    {
        var missing = new List<FieldError>();
        void Require(bool present, string field, string message)
        {
            if (!present)
            {
                missing.Add(new FieldError(field, message));
            }
        }

        Require(!string.IsNullOrWhiteSpace(report.DocumentNumber), nameof(ReportEditInput.DocumentNumber), ValidationMessages.Report_DocumentNumberRequired);
        Require(!string.IsNullOrWhiteSpace(report.Place), nameof(ReportEditInput.Place), ValidationMessages.Report_PlaceRequired);
        Require(report.ReportDate is not null, nameof(ReportEditInput.ReportDate), ValidationMessages.Report_ReportDateRequired);
        Require(!string.IsNullOrWhiteSpace(report.SignerCapacity), nameof(ReportEditInput.SignerCapacity), ValidationMessages.Report_SignerCapacityRequired);
        Require(!string.IsNullOrWhiteSpace(report.SignerName), nameof(ReportEditInput.SignerName), ValidationMessages.Report_SignerNameRequired);
        return missing;
    }

    /// <summary>Saves the narrative and the document frame of a draft; refused once submitted.</summary>
    public async Task<OperationResult> EditAsync(int id, ReportEditInput input, int expectedVersion, CancellationToken ct = default)
    {
        var (report, denied) = await WritableAsync(id, ct);
        if (report is null)
        {
            return denied!;
        }

        var validation = await editValidator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return validation.ToResult();
        }

        var edited = report.Edit(
            new ReportNarrative(input.ImplementationWork, input.EncouragementText, input.ProtectionText, input.Strengths, input.Difficulties, input.Recommendations,
                input.InnovationAreas),
            new ReportDocumentInfo(input.DocumentNumber, input.Place, input.ReportDate, input.Recipients, input.SignerAuthority, input.SignerCapacity, input.SignerName),
            input.ConsolidatesSubordinateReports);
        if (!edited.IsSuccess)
        {
            return edited.Error!.ToResult();
        }

        var saved = await db.SaveVersionedAsync(report, expectedVersion, ct);
        if (saved.Succeeded)
        {
            logger.LogInformation("Report {ReportId} edited", report.Id);
        }

        return saved;
    }

    /// <summary>
    /// Freezes the report: computes the figures now, stores them as JSON with the issuing body lines, and marks it
    /// submitted. Refused until the day after the period ends (Vietnam time) and while the Decree 30 frame is incomplete. From then on the
    /// service refuses every change, and so does the persistence layer (FrozenReportInterceptor).
    /// </summary>
    public async Task<OperationResult> SubmitAsync(int id, int expectedVersion, CancellationToken ct = default)
    {
        var (report, denied) = await WritableAsync(id, ct);
        if (report is null)
        {
            return denied!;
        }

        // Not on the period's last day either: entries made later that day would be missing from the frozen figures.
        if (VietnamTime.Today(time) <= report.PeriodEnd)
        {
            return ReportErrors.PeriodNotOver.ToResult();
        }

        if (MissingFrame(report) is { Count: > 0 } missing)
        {
            return OperationResult.Invalid(missing);
        }

        if (await proposalAccess.CurrentOfficerIdAsync(ct) is not { } officerId)
        {
            return OperationResult.Forbidden();
        }

        // The issuing body lines are frozen with the figures: renaming or moving the unit later must not change the document.
        var unit = await UnitAsync(report.UnitId, ct);
        var snapshot = await figures.ForAsync(report, ct) with
        {
            UnitName = unit.Name, ParentUnitName = ReportView.CurrentParentLine(unit.Kind, unit.Parent),
        };
        // Section I.2 never written is frozen as generated from these very figures (what the edit page offered).
        var submitted = report.Submit(snapshot.ToJson(), officerId, time.GetUtcNow().UtcDateTime, InnovationAreasWriter.Generate(snapshot, unit.Name));
        if (!submitted.IsSuccess)
        {
            return submitted.Error!.ToResult();
        }

        var saved = await db.SaveVersionedAsync(report, expectedVersion, ct);
        if (saved.Succeeded)
        {
            logger.LogInformation("Report {ReportId} submitted by officer {OfficerId}", report.Id, officerId);
        }

        return saved;
    }

    /// <summary>Loads a report for a change: not found unless the user writes it, refused when frozen.</summary>
    private async Task<(PeriodicReport? Report, OperationResult? Denied)> WritableAsync(int id, CancellationToken ct)
    {
        var report = await db.PeriodicReports.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (report is null || !await reportAccess.MayReadAsync(report, ct))
        {
            return (null, OperationResult.NotFound());
        }

        if (!await reportAccess.MayAuthorAsync(report.UnitId, ct))
        {
            return (null, OperationResult.Forbidden());
        }

        return report.IsFrozen ? (null, ReportErrors.Frozen.ToResult()) : (report, null);
    }

    private static OperationResult Invalid(DomainError error, string field) => OperationResult.Invalid(field, ErrorMessages.For(error));
}
