using Decree73.Application.Abstractions;
using Decree73.Application.Access;
using Decree73.Application.Calendar;
using Decree73.Application.Common;
using Decree73.Application.Resources;
using Decree73.Domain.Access;
using Decree73.Domain.Common;
using Decree73.Domain.Proposals;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Decree73.Application.Proposals;

/// <summary>Reading proposals: the list, its filters and search, the export, the holder's tasks and what each user may see.</summary>
public sealed partial class ProposalService
{
    /// <summary>
    /// The proposals this user may see, newest first, keyset-paginated: their own; the ones before their agency if
    /// they are its head or a leadership member; everything in the subtree an Interior officer monitors. Drafts are
    /// only ever seen by their proposer.
    /// </summary>
    public async Task<KeysetPage<ProposalListItem>> ListAsync(ProposalFilter filter, CancellationToken ct = default)
    {
        var query = await FilteredAsync(filter, ct);
        int? after = KeysetCursor.TryDecode(filter.After, out _, out var afterId) ? afterId : null;
        var size = Math.Clamp(filter.PageSize, 1, 200);
        var rows = await ListPage(db, query, after, size).ToListAsync(ct);
        var next = rows.Count > size ? KeysetCursor.Encode("", rows[size - 1].Id) : null;
        return new KeysetPage<ProposalListItem>(rows.Take(size).ToList(), next);
    }

    /// <summary>
    /// Every proposal of the list with the same filters and the same visibility rule, newest first, for the export:
    /// streamed row by row from the database, so that a list of 100,000 never sits in memory.
    /// </summary>
    public async IAsyncEnumerable<ProposalExportRow> ExportAsync(
        ProposalFilter filter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        var query = await FilteredAsync(filter, ct);
        var rows = ExportRows(db, query).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(ct))
        {
            yield return row;
        }
    }

    /// <summary>One page of the list (one row more than <paramref name="size"/>, to know whether another follows).</summary>
    internal static IQueryable<ProposalListItem> ListPage(IAppDbContext db, IQueryable<Proposal> query, int? afterId, int size)
    {
        if (afterId is { } after)
        {
            query = query.Where(p => p.Id < after);
        }

        return query.OrderByDescending(p => p.Id).Take(size + 1)
            .Select(p => new ProposalListItem(
                p.Id, p.Title, p.ReceiptNumber, p.State,
                db.Officers.Where(o => o.Id == p.ProposerId).Select(o => o.FullName).First(),
                db.Units.Where(u => u.Id == p.DecidingUnitId).Select(u => u.Name).First(),
                p.ReceivedAtUtc, p.StepDueOn,
                db.Officers.Where(o => o.Id == p.ResponsibleOfficerId).Select(o => o.FullName).FirstOrDefault()));
    }

    /// <summary>The export's rows, newest first.</summary>
    internal static IQueryable<ProposalExportRow> ExportRows(IAppDbContext db, IQueryable<Proposal> query) =>
        query.OrderByDescending(p => p.Id)
            .Select(p => new ProposalExportRow(
                p.Id, p.ReceiptNumber, p.Title, p.State,
                db.ProposalFields.Where(f => f.Id == p.FieldId).Select(f => f.Name).FirstOrDefault(),
                db.Officers.Where(o => o.Id == p.ProposerId).Select(o => o.FullName).First(),
                db.Units.Where(u => u.Id == p.UnitId).Select(u => u.Name).First(),
                db.Units.Where(u => u.Id == p.DecidingUnitId).Select(u => u.Name).First(),
                p.ReceivedAtUtc, p.DecisionDueOn,
                db.Officers.Where(o => o.Id == p.ResponsibleOfficerId).Select(o => o.FullName).FirstOrDefault(),
                p.StepDueOn, p.Outcome));

    /// <summary>The visible proposals with the list's filters applied (no paging, no order).</summary>
    private async Task<IQueryable<Proposal>> FilteredAsync(ProposalFilter filter, CancellationToken ct) =>
        Filtered(db, await VisibleAsync(ct), filter, VietnamTime.Today(time));

    /// <summary>The list's filters and its search on <paramref name="query"/>; <paramref name="today"/> decides "overdue".</summary>
    internal static IQueryable<Proposal> Filtered(IAppDbContext db, IQueryable<Proposal> query, ProposalFilter filter, DateOnly today)
    {
        if (filter.State is { } state)
        {
            query = query.Where(p => p.State == state);
        }

        if (filter.UnitId is { } unitId)
        {
            query = query.Where(p => p.UnitId == unitId || p.DecidingUnitId == unitId);
        }

        if (filter.FieldId is { } fieldId)
        {
            query = query.Where(p => p.FieldId == fieldId);
        }

        if (filter.Year is { } year and > 2000 and < 3000)
        {
            // Receipt is a Vietnam date: the year runs from 1 January 00:00 UTC+7.
            var from = new DateTime(year - 1, 12, 31, 17, 0, 0, DateTimeKind.Utc);
            var to = from.AddYears(1);
            query = query.Where(p => p.ReceivedAtUtc >= from && p.ReceivedAtUtc < to);
        }

        if (filter.Overdue)
        {
            query = query.Where(p => p.StepDueOn < today && p.ResponsibleOfficerId != null);
        }

        if (filter.ResponsibleOfficerId is { } responsible)
        {
            query = query.Where(p => p.ResponsibleOfficerId == responsible);
        }

        if (TextNormalizer.Fold(filter.Search) is { Length: > 0 } search)
        {
            var words = TitleWords.Of(search);
            if (words.Count == 0)
            {
                // Only short or function words ("va", "x"): a prefix of the folded title, an index range.
                query = query.Where(p => p.TitleFolded.StartsWith(search));
            }

            // Every searched word must begin a word of the title, anywhere in it ("so hoa" finds "Ký số hóa hồ sơ"):
            // each is an index range on the title-word table, never a scan of the titles.
            foreach (var word in words.Take(MaxSearchWords))
            {
                query = query.Where(p => db.ProposalTitleWords.Where(t => t.Word.StartsWith(word)).Select(t => t.ProposalId).Contains(p.Id));
            }
        }

        return query;
    }

    /// <summary>Words of a search beyond this add little and cost a subquery each.</summary>
    public const int MaxSearchWords = 4;

    /// <summary>
    /// "My tasks": the open steps the signed-in officer holds, most urgent first (overdue, then by deadline, then the
    /// steps with no legal deadline, oldest first). At most <paramref name="limit"/>; the list filtered by
    /// responsible person shows the rest.
    /// </summary>
    public async Task<IReadOnlyList<TaskItem>> MyTasksAsync(int limit = 100, CancellationToken ct = default)
    {
        if (currentUser.UserId is not { } userId
            || await db.Officers.Where(o => o.UserId == userId).Select(o => (int?)o.Id).FirstOrDefaultAsync(ct) is not { } me)
        {
            return [];
        }

        var rows = await Tasks(db, me, Math.Clamp(limit, 1, 500)).ToListAsync(ct);
        var workingDays = await calendar.GetAsync(ct);
        var today = VietnamTime.Today(time);
        return rows.Select(r => new TaskItem(
                r.Id, r.Title, r.ReceiptNumber, r.State, r.StepSinceUtc, r.StepDueOn,
                r.StepDueOn is { } due ? workingDays.WorkingDaysUntil(today, due) : null))
            .ToList();
    }

    internal sealed record TaskRow(int Id, string Title, string? ReceiptNumber, ProposalState State, DateTime? StepSinceUtc, DateOnly? StepDueOn);

    /// <summary>The open steps an officer holds, most urgent first.</summary>
    internal static IQueryable<TaskRow> Tasks(IAppDbContext db, int officerId, int limit) =>
        HeldBy(db, officerId)
            .OrderBy(p => p.StepDueOn == null).ThenBy(p => p.StepDueOn).ThenBy(p => p.StepSinceUtc)
            .Take(limit)
            .Select(p => new TaskRow(p.Id, p.Title, p.ReceiptNumber, p.State, p.StepSinceUtc, p.StepDueOn));

    /// <summary>The proposals whose open step an officer holds (counted on the home page).</summary>
    internal static IQueryable<Proposal> HeldBy(IAppDbContext db, int officerId) =>
        db.Proposals.AsNoTracking().Where(p => p.ResponsibleOfficerId == officerId);

    /// <summary>How many open steps the signed-in officer holds (the home page's count; one indexed count).</summary>
    public async Task<int> MyTaskCountAsync(CancellationToken ct = default)
    {
        if (currentUser.UserId is not { } userId
            || await db.Officers.Where(o => o.UserId == userId).Select(o => (int?)o.Id).FirstOrDefaultAsync(ct) is not { } me)
        {
            return 0;
        }

        return await HeldBy(db, me).CountAsync(ct);
    }

    /// <summary>The units whose proposals this user may see beyond their own: for the list's unit filter.</summary>
    public async Task<IReadOnlyList<ReferenceOption>> FilterUnitsAsync(CancellationToken ct = default)
    {
        var grants = await access.GrantsAsync(ct);
        var deciding = grants.Where(g => g.Role is AppRole.UnitHead or AppRole.LeadershipMember).Select(g => g.UnitId).ToList();
        var monitored = grants.Where(g => g.Role == AppRole.InteriorOfficer).Select(g => g.ScopePath).ToList();
        return await FilterUnits(db, deciding, monitored).ToListAsync(ct);
    }

    /// <summary>The units of the agencies an officer decides for and of the subtrees they monitor.</summary>
    internal static IQueryable<ReferenceOption> FilterUnits(IAppDbContext db, IReadOnlyList<int> deciding, IReadOnlyList<string> monitored)
    {
        var monitoredUnits = db.Units.WithinSubtrees(monitored).Select(u => u.Id);
        return db.Units.AsNoTracking()
            .Where(u => deciding.Contains(u.Id) || monitoredUnits.Contains(u.Id))
            .OrderBy(u => u.Path)
            .Select(u => new ReferenceOption(u.Id, u.Name));
    }

    private async Task<IQueryable<Proposal>> VisibleAsync(CancellationToken ct)
    {
        var grants = await access.GrantsAsync(ct);
        var me = currentUser.UserId is { } userId
            ? await db.Officers.Where(o => o.UserId == userId).Select(o => (int?)o.Id).FirstOrDefaultAsync(ct)
            : null;
        var deciding = grants.Where(g => g.Role is AppRole.UnitHead or AppRole.LeadershipMember).Select(g => g.UnitId).ToList();
        var monitored = grants.Where(g => g.Role == AppRole.InteriorOfficer).Select(g => g.ScopePath).ToList();
        // Implementers assigned in an implementation decision carry out the plan (ProposalAccess.CanReadAsync): a
        // handful of ids per officer, loaded once rather than joined into every list query.
        var implementing = me is null
            ? []
            : await db.ProposalImplementers.Where(i => i.OfficerId == me).Select(i => i.ProposalId).ToListAsync(ct);
        return Visible(db, me, implementing, deciding, monitored);
    }

    /// <summary>
    /// The proposals an officer may see: their own, those they implement, and the submitted ones of the agencies they
    /// decide for or monitor.
    /// </summary>
    internal static IQueryable<Proposal> Visible(
        IAppDbContext db, int? me, IReadOnlyList<int> implementing, IReadOnlyList<int> deciding, IReadOnlyList<string> monitored)
    {
        var monitoredUnits = db.Units.WithinSubtrees(monitored).Select(u => u.Id);
        return db.Proposals.AsNoTracking().Where(p =>
            p.ProposerId == me
            || implementing.Contains(p.Id)
            || (p.State != ProposalState.Draft && (deciding.Contains(p.DecidingUnitId) || monitoredUnits.Contains(p.DecidingUnitId))));
    }
}
