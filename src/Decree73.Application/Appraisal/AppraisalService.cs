using Decree73.Application.Abstractions;
using Decree73.Application.Access;
using Decree73.Application.Common;
using Decree73.Application.Proposals;
using Decree73.Application.Resources;
using Decree73.Application.Units;
using Decree73.Domain.Appraisal;
using Decree73.Domain.Proposals;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Decree73.Application.Officers;

namespace Decree73.Application.Appraisal;

/// <summary>
/// The appraisal links of domain.md §8, kept by Interior officers and administrators whose scope reaches the
/// officer's unit. The service suggests credit and warns about the quota; it never sets a grade by itself.
/// An officer or unit outside the user's scope is "not found".
/// </summary>
public sealed class AppraisalService(
    IAppDbContext db,
    OfficerRecordAccess recordAccess,
    OfficerRecordQueries records,
    ProposalAccess proposalAccess,
    IValidator<AppraisalInput> validator,
    IValidator<AgencyYearInput> agencyYearValidator,
    IOptions<AppraisalOptions> options,
    TimeProvider time,
    ILogger<AppraisalService> logger)
{
    public const int FirstYear = 2023;

    private AppraisalOptions Settings => options.Value;

    /// <summary>The appraisal year today falls in.</summary>
    public int CurrentYear => Settings.YearOf(VietnamTime.Today(time));

    public bool IsYearInRange(int year) => year >= FirstYear && year <= CurrentYear + 1;

    public async Task<AppraisalSheet?> SheetAsync(int officerId, int year, CancellationToken ct = default)
    {
        if (!IsYearInRange(year) || await recordAccess.FindOfficerAsync(officerId, ct) is not { } officer
            || !await recordAccess.MayAppraiseAsync(officer.UnitPath, ct))
        {
            return null;
        }

        var range = Settings.RangeOf(year);
        var proposals = await records.ProposalsAsync(officerId, range, ct);
        var encouragement = await records.EncouragementAsync(officerId, range, ct);
        var protection = await records.ProtectionAsync(officerId, range, ct);
        var stored = await Stored(db, officerId, year).FirstOrDefaultAsync(ct);
        // The quota shown is that of the unit the entry is counted in: the officer's unit when it was first saved.
        return new AppraisalSheet(
            officer, year, range.From, range.To, proposals, encouragement, protection, stored?.Entry,
            OfficerRecordQueries.Suggest(proposals, encouragement), await QuotaAsync(stored?.UnitId ?? officer.UnitId, year, ct));
    }

    internal sealed record StoredEntry(int UnitId, AppraisalEntry Entry);

    /// <summary>The officer's entry for the year, with the unit it is counted in.</summary>
    internal static IQueryable<StoredEntry> Stored(IAppDbContext db, int officerId, int year) =>
        db.AppraisalRecords.AsNoTracking().Where(a => a.OfficerId == officerId && a.Year == year)
            .Select(a => new StoredEntry(a.UnitId, new AppraisalEntry(a.Year, a.Grade, a.InnovationCredited, a.Note, a.DecisionReference, a.Version, a.Score, a.Disqualified)));

    /// <summary>
    /// Creates or updates the officer's entry for the year (<paramref name="expectedVersion"/> 0 for a new one) and
    /// returns the unit's quota status after the save, so the page can warn.
    /// </summary>
    public async Task<OperationResult<QuotaStatus>> SaveAsync(
        int officerId, int year, AppraisalInput input, int expectedVersion, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return OperationResult<QuotaStatus>.From(validation.ToResult());
        }

        return await WriteAsync(officerId, year, expectedVersion, record =>
        {
            record.Grade = input.Grade;
            record.InnovationCredited = input.InnovationCredited;
            record.Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
            record.DecisionReference = string.IsNullOrWhiteSpace(input.DecisionReference) ? null : input.DecisionReference.Trim();
            record.Score = input.Score;
            record.Disqualified = input.Disqualified;
        }, ct);
    }

    /// <summary>
    /// Records the suggested credit as it stands. The grade is left exactly as it was (none for a new entry): only
    /// the Interior officer picks a grade. Refused when nothing is suggested.
    /// </summary>
    public async Task<OperationResult<QuotaStatus>> ApplySuggestionAsync(int officerId, int year, int expectedVersion, CancellationToken ct = default)
    {
        if (await SheetAsync(officerId, year, ct) is not { } sheet)
        {
            return OperationResult<QuotaStatus>.From(OperationResult.NotFound());
        }

        // With nothing suggested, writing "not credited" would silently undo a credit the Interior officer entered by hand.
        if (!sheet.Suggestion.Suggested)
        {
            return OperationResult<QuotaStatus>.From(OperationResult.Invalid("", ValidationMessages.Appraisal_NoSuggestion));
        }

        return await WriteAsync(officerId, year, expectedVersion, record => record.InnovationCredited = true, ct);
    }

    private async Task<OperationResult<QuotaStatus>> WriteAsync(
        int officerId, int year, int expectedVersion, Action<AppraisalRecord> change, CancellationToken ct)
    {
        if (!IsYearInRange(year) || await recordAccess.FindOfficerAsync(officerId, ct) is not { } officer
            || !await recordAccess.MayAppraiseAsync(officer.UnitPath, ct))
        {
            return OperationResult<QuotaStatus>.From(OperationResult.NotFound());
        }

        if (await proposalAccess.CurrentOfficerIdAsync(ct) is not { } me)
        {
            return OperationResult<QuotaStatus>.From(OperationResult.Invalid("", ValidationMessages.Appraisal_NoOfficer));
        }

        var record = await db.AppraisalRecords.FirstOrDefaultAsync(a => a.OfficerId == officerId && a.Year == year, ct);
        // The quota is counted per task group too: the entry follows the officer's group as it stands at each save.
        var taskGroup = await db.Officers.Where(o => o.Id == officerId).Select(o => o.TaskGroup).FirstOrDefaultAsync(ct);
        OperationResult saved;
        if (record is null)
        {
            if (expectedVersion != 0)
            {
                return OperationResult<QuotaStatus>.From(OperationResult.Conflict());
            }

            record = new AppraisalRecord(officerId, year, officer.UnitId) { EnteredByOfficerId = me, TaskGroup = taskGroup };
            change(record);
            db.AppraisalRecords.Add(record);
            try
            {
                await db.SaveChangesAsync(ct);
                saved = OperationResult.Ok();
            }
            catch (DbUpdateException)
            {
                // Another Interior officer created the same officer's entry for the year in between (unique index).
                saved = OperationResult.Conflict();
            }
        }
        else
        {
            change(record);
            record.EnteredByOfficerId = me;
            record.TaskGroup = taskGroup;
            saved = await db.SaveVersionedAsync(record, expectedVersion, ct);
        }

        if (!saved.Succeeded)
        {
            return OperationResult<QuotaStatus>.From(saved);
        }

        logger.LogInformation("Appraisal entry {Year} of officer {OfficerId} saved by officer {EnteredBy}", year, officerId, me);
        return OperationResult<QuotaStatus>.Ok(await QuotaAsync(record.UnitId, year, ct));
    }

    /// <summary>
    /// The unit's outstanding grades against the quota (<see cref="AppraisalQuota"/>), counted over the entries recorded
    /// for that unit and year, in the unit and in each task group, with the agency's exemption for the year.
    /// </summary>
    public async Task<QuotaStatus> QuotaAsync(int unitId, int year, CancellationToken ct = default)
    {
        var grades = await QuotaGrades(db, unitId, year).ToListAsync(ct);
        var agency = await AgencyYear(db, unitId, year).AsNoTracking().FirstOrDefaultAsync(ct);
        var exempt = agency?.OutstandingAgency == true;
        var percent = Settings.OutstandingQuotaPercent;
        var groups = grades.GroupBy(g => g.TaskGroup).ToList();
        return new QuotaStatus(grades.Count(g => g.Grade == AppraisalGrade.Outstanding), grades.Count(g => g.Grade == AppraisalGrade.Good), percent)
        {
            OutstandingAgency = exempt,
            ExemptionReference = exempt ? agency!.DecisionReference : null,
            Groups = groups.Count < 2 ? [] : groups.OrderBy(g => g.Key is null).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new GroupQuota(g.Key, g.Count(x => x.Grade == AppraisalGrade.Outstanding), g.Count(x => x.Grade == AppraisalGrade.Good), percent, exempt))
                .ToList(),
        };
    }

    internal sealed record GradeRow(AppraisalGrade? Grade, string? TaskGroup);

    /// <summary>The outstanding and good grades recorded for a unit and year, with their task groups.</summary>
    internal static IQueryable<GradeRow> QuotaGrades(IAppDbContext db, int unitId, int year) =>
        db.AppraisalRecords.AsNoTracking()
            .Where(a => a.UnitId == unitId && a.Year == year && (a.Grade == AppraisalGrade.Outstanding || a.Grade == AppraisalGrade.Good))
            .Select(a => new GradeRow(a.Grade, a.TaskGroup));

    internal static IQueryable<AgencyAppraisalYear> AgencyYear(IAppDbContext db, int unitId, int year) =>
        db.AgencyAppraisalYears.Where(a => a.UnitId == unitId && a.Year == year);

    /// <summary>
    /// Records whether the agency was recognised as outstanding for the year (the exception of Decree 335/2025 to the
    /// quota), with the decision; Interior officers and administrators whose scope reaches the unit.
    /// </summary>
    public async Task<OperationResult> SetAgencyYearAsync(int unitId, int year, AgencyYearInput input, CancellationToken ct = default)
    {
        var path = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Path).FirstOrDefaultAsync(ct);
        if (path is null || !IsYearInRange(year) || !await recordAccess.MayAppraiseAsync(path, ct))
        {
            return OperationResult.NotFound();
        }

        var validation = await agencyYearValidator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return validation.ToResult();
        }

        var row = await AgencyYear(db, unitId, year).FirstOrDefaultAsync(ct);
        if (row is null)
        {
            row = new AgencyAppraisalYear(unitId, year);
            db.AgencyAppraisalYears.Add(row);
        }

        row.OutstandingAgency = input.OutstandingAgency;
        row.DecisionReference = string.IsNullOrWhiteSpace(input.DecisionReference) ? null : input.DecisionReference.Trim();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return OperationResult.Conflict();
        }

        logger.LogInformation("Appraisal year {Year} of unit {UnitId}: outstanding agency {OutstandingAgency}", year, unitId, input.OutstandingAgency);
        return OperationResult.Ok();
    }

    /// <summary>The units where the user keeps appraisal entries, in tree order.</summary>
    public async Task<IReadOnlyList<UnitOption>> UnitOptionsAsync(CancellationToken ct = default)
    {
        var units = await ScopeUnits(db, await recordAccess.AppraisalScopesAsync(ct)).ToListAsync(ct);
        return units.OrderBy(u => u.Path, StringComparer.Ordinal)
            .Select(u => new UnitOption(u.Id, u.Name, Math.Max(0, u.Path.Count(c => c == '/') - 2))).ToList();
    }

    internal sealed record UnitRow(int Id, string Name, string Path);

    internal static IQueryable<UnitRow> ScopeUnits(IAppDbContext db, IReadOnlyList<string> scopes) =>
        db.Units.AsNoTracking().WithinSubtrees(scopes).Select(u => new UnitRow(u.Id, u.Name, u.Path));

    /// <summary>The officers of one unit with their entries for the year, by name (keyset), and the unit's quota status.</summary>
    public async Task<UnitAppraisalSummary?> UnitSummaryAsync(int unitId, int year, string? after, int pageSize, CancellationToken ct = default)
    {
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => new { u.Id, u.Name, u.Path }).FirstOrDefaultAsync(ct);
        if (unit is null || !IsYearInRange(year) || !await recordAccess.MayAppraiseAsync(unit.Path, ct))
        {
            return null;
        }

        var cursor = KeysetCursor.TryDecode(after, out var afterName, out var afterId) ? (afterName, afterId) : ((string, int)?)null;
        var rows = await SummaryRows(db, unitId, year, cursor, pageSize).ToListAsync(ct);
        var page = rows.Take(pageSize).ToList();
        var suggested = await CreditSuggestedAsync(page.Select(r => r.Id).ToList(), year, ct);
        var items = page.Select(r => new UnitAppraisalRow(
            r.Id, r.FullName, r.PostTitle, r.Entry?.Grade, r.Entry?.InnovationCredited, r.Entry?.DecisionReference, suggested.Contains(r.Id))).ToList();
        var next = rows.Count > pageSize ? KeysetCursor.Encode(page[^1].SortName, page[^1].Id) : null;
        return new UnitAppraisalSummary(unit.Id, unit.Name, year, new KeysetPage<UnitAppraisalRow>(items, next), await QuotaAsync(unitId, year, ct));
    }

    internal sealed record EntryCells(AppraisalGrade? Grade, bool InnovationCredited, string? DecisionReference);

    internal sealed record SummaryRow(int Id, string FullName, string? PostTitle, string SortName, EntryCells? Entry);

    /// <summary>One page of a unit's officers by name (one row more, to know whether another follows), with their entries.</summary>
    internal static IQueryable<SummaryRow> SummaryRows(IAppDbContext db, int unitId, int year, (string Name, int Id)? after, int pageSize)
    {
        var officers = db.Officers.AsNoTracking().Where(o => o.UnitId == unitId);
        if (after is var (afterName, afterId))
        {
            officers = officers.Where(o => string.Compare(o.SortName, afterName) > 0 || (o.SortName == afterName && o.Id > afterId));
        }

        return officers.OrderBy(o => o.SortName).ThenBy(o => o.Id).Take(pageSize + 1)
            .Select(o => new SummaryRow(
                o.Id, o.FullName, o.PostTitle, o.SortName,
                db.AppraisalRecords.Where(a => a.OfficerId == o.Id && a.Year == year)
                    .Select(a => new EntryCells(a.Grade, a.InnovationCredited, a.DecisionReference)).FirstOrDefault()));
    }

    /// <summary>Of <paramref name="officerIds"/>, those with credit to suggest for the year (the rule of <see cref="OfficerRecordQueries.Suggest"/>).</summary>
    private async Task<HashSet<int>> CreditSuggestedAsync(IReadOnlyList<int> officerIds, int year, CancellationToken ct)
    {
        var q = CreditQueries(db, officerIds, Settings.RangeOf(year));
        var proposers = await q.Proposers.ToListAsync(ct);
        var implementers = await q.Implementers.ToListAsync(ct);
        var encouraged = await q.Encouraged.ToListAsync(ct);
        return [.. proposers, .. implementers, .. encouraged];
    }

    /// <summary>Of the officers, those who proposed or implemented a proposal evaluated "completed" in the range, and those encouraged in it.</summary>
    internal static (IQueryable<int> Proposers, IQueryable<int> Implementers, IQueryable<int> Encouraged) CreditQueries(
        IAppDbContext db, IReadOnlyList<int> officerIds, (DateOnly From, DateOnly To) range)
    {
        var (from, to) = range;
        var completed = db.Proposals.Where(p => p.Outcome == EvaluationOutcome.Completed && db.ProposalDecisions.Any(d =>
            d.ProposalId == p.Id && d.Kind == DecisionKind.EvaluationResult && d.SignedOn >= from && d.SignedOn <= to));
        return (
            completed.Where(p => officerIds.Contains(p.ProposerId)).Select(p => p.ProposerId),
            db.ProposalImplementers.Where(i => officerIds.Contains(i.OfficerId) && completed.Any(p => p.Id == i.ProposalId)).Select(i => i.OfficerId),
            db.EncouragementRecords.Where(e => officerIds.Contains(e.OfficerId) && e.DecisionSignedOn >= from && e.DecisionSignedOn <= to)
                .Select(e => e.OfficerId));
    }
}
