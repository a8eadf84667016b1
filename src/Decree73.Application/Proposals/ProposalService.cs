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

/// <summary>
/// Drafting and submitting proposals (domain.md §5 row 1). The deciding steps that follow are transitions on the
/// entity; pages authorize the operation on the proposal before calling in.
/// </summary>
public sealed class ProposalService(
    IAppDbContext db,
    ICurrentUser currentUser,
    UserAccess access,
    CalendarService calendar,
    ProposalDraftValidator draftValidator,
    ProposalSubmissionValidator submissionValidator,
    IOptions<ProposalOptions> options,
    ProposalSteps steps,
    TimeProvider time,
    ILogger<ProposalService> logger)
{
    /// <summary>
    /// The signed-in officer's proposer role: the unit of their Proposer grant is the employing agency. When they
    /// are its head, the superior agency decides (Art. 7(4)).
    /// </summary>
    public async Task<ProposerContext?> ProposerContextAsync(CancellationToken ct = default)
    {
        if (currentUser.UserId is not { } userId)
        {
            return null;
        }

        var officer = await db.Officers.AsNoTracking().Where(o => o.UserId == userId).FirstOrDefaultAsync(ct);
        var grant = (await access.GrantsAsync(ct)).FirstOrDefault(g => g.Role == AppRole.Proposer);
        if (officer is null || grant is null)
        {
            return null;
        }

        var isHead = (await access.GrantsAsync(ct)).Any(g => g.Role == AppRole.UnitHead && g.UnitId == grant.UnitId);
        var deciding = grant.UnitId;
        if (isHead)
        {
            var parent = await db.Units.Where(u => u.Id == grant.UnitId).Select(u => u.ParentId).FirstOrDefaultAsync(ct);
            deciding = parent ?? 0;
        }

        return new ProposerContext(officer.Id, officer.FullName, grant.UnitId, deciding, officer.MayPropose(options.Value.EligibilityWidened));
    }

    public async Task<(IReadOnlyList<ReferenceOption> Fields, IReadOnlyList<ReferenceOption> Kinds)> ReferenceListsAsync(CancellationToken ct = default)
    {
        var fields = await db.ProposalFields.AsNoTracking().Where(f => f.IsActive).OrderBy(f => f.SortOrder)
            .Select(f => new ReferenceOption(f.Id, f.Name)).ToListAsync(ct);
        var kinds = await db.InnovationKinds.AsNoTracking().Where(k => k.IsActive).OrderBy(k => k.SortOrder)
            .Select(k => new ReferenceOption(k.Id, k.Name)).ToListAsync(ct);
        return (fields, kinds);
    }

    public Task<Proposal?> FindAsync(int id, CancellationToken ct = default) => WithRecords(db, id).FirstOrDefaultAsync(ct);

    /// <summary>The proposal with its decisions, votes, members' positions, opinion requests, milestones, progress and implementers.</summary>
    internal static IQueryable<Proposal> WithRecords(IAppDbContext db, int id) =>
        db.Proposals.AsNoTracking().Include(p => p.Decisions).Include(p => p.Votes).Include(p => p.VotePositions)
            .Include(p => p.OpinionRequests).Include(p => p.Milestones).Include(p => p.ProgressUpdates).Include(p => p.AssignedImplementers)
            .AsSplitQuery().Where(p => p.Id == id);

    /// <summary>
    /// Creates a draft. With a <paramref name="creationToken"/> (one per form shown), posting the same form again
    /// returns the draft it already created: a double click makes one proposal.
    /// </summary>
    public async Task<OperationResult<int>> CreateDraftAsync(ProposalInput input, Guid? creationToken = null, CancellationToken ct = default)
    {
        var proposer = await ProposerContextAsync(ct);
        if (proposer is null)
        {
            return OperationResult<int>.From(OperationResult.Invalid("", ValidationMessages.Proposal_NoProposerRole));
        }

        if (proposer.DecidingUnitId == 0)
        {
            return OperationResult<int>.From(OperationResult.Invalid("", ValidationMessages.Proposal_NoSuperior));
        }

        if (await CreatedWithAsync(proposer.OfficerId, creationToken, ct) is { } existing)
        {
            return OperationResult<int>.Ok(existing);
        }

        var checkedInput = await CheckAsync(draftValidator, input, ct);
        if (!checkedInput.Succeeded)
        {
            return OperationResult<int>.From(checkedInput);
        }

        var proposal = new Proposal(proposer.OfficerId, proposer.EmployingUnitId, proposer.DecidingUnitId, input.Title.Trim(), creationToken);
        Apply(proposal, input);
        await steps.AssignAsync(proposal, ct);
        db.Proposals.Add(proposal);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (creationToken is not null)
        {
            // The same form posted twice at once: the unique (proposer, token) index let one through.
            db.Entry(proposal).State = EntityState.Detached;
            if (await CreatedWithAsync(proposer.OfficerId, creationToken, ct) is { } raced)
            {
                return OperationResult<int>.Ok(raced);
            }

            throw;
        }

        logger.LogInformation("Proposal {ProposalId} drafted by officer {OfficerId}", proposal.Id, proposer.OfficerId);
        return OperationResult<int>.Ok(proposal.Id);
    }

    private async Task<int?> CreatedWithAsync(int proposerId, Guid? token, CancellationToken ct) =>
        token is null
            ? null
            : await db.Proposals.Where(p => p.ProposerId == proposerId && p.CreationToken == token).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);

    /// <summary>Saves the draft; only its proposer, only while it is a draft.</summary>
    public async Task<OperationResult> UpdateDraftAsync(int id, ProposalInput input, int expectedVersion, CancellationToken ct = default)
    {
        var (proposal, refusal) = await LoadOwnDraftAsync(id, ct);
        if (proposal is null)
        {
            return refusal!;
        }

        var checkedInput = await CheckAsync(draftValidator, input, ct);
        if (!checkedInput.Succeeded)
        {
            return checkedInput;
        }

        proposal.Title = input.Title.Trim();
        Apply(proposal, input);
        return await db.SaveVersionedAsync(proposal, expectedVersion, ct);
    }

    /// <summary>
    /// Saves the form and submits it: the whole plan is validated, the proposer's eligibility checked, a receipt
    /// number taken from the agency's yearly sequence, and the decision deadline set in working days.
    /// </summary>
    public async Task<OperationResult> SubmitAsync(int id, ProposalInput input, int expectedVersion, CancellationToken ct = default)
    {
        var (proposal, refusal) = await LoadOwnDraftAsync(id, ct);
        if (proposal is null)
        {
            return refusal!;
        }

        var checkedInput = await CheckAsync(submissionValidator, input, ct);
        if (!checkedInput.Succeeded)
        {
            return checkedInput;
        }

        var proposer = (await ProposerContextAsync(ct))!;
        proposal.Title = input.Title.Trim();
        Apply(proposal, input);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        var received = VietnamTime.DateOf(now);
        var counter = await db.ReceiptCounters.FirstOrDefaultAsync(c => c.UnitId == proposal.DecidingUnitId && c.Year == received.Year, ct);
        if (counter is null)
        {
            counter = new ReceiptCounter(proposal.DecidingUnitId, received.Year);
            db.ReceiptCounters.Add(counter);
        }

        var unitCode = await db.Units.Where(u => u.Id == proposal.DecidingUnitId).Select(u => u.Code).SingleAsync(ct);
        var due = (await calendar.GetAsync(ct)).AddWorkingDays(received, options.Value.DecisionWorkingDays);
        var submitted = proposal.Submit(new ProposalActor(proposer.OfficerId), proposer.MayPropose, counter.Next(unitCode), now, due);
        if (!submitted.IsSuccess)
        {
            return submitted.Error!.ToResult();
        }

        await steps.AssignAsync(proposal, ct);

        // The counter's version (or, for a year's first number, its unique index) makes a simultaneous submission
        // to the same agency fail as a conflict rather than reuse a number; the transaction keeps the draft as it was.
        OperationResult saved;
        try
        {
            saved = await db.SaveVersionedAsync(proposal, expectedVersion, ct);
        }
        catch (DbUpdateException ex)
        {
            logger.LogWarning(ex, "Submission of proposal {ProposalId} collided with another", proposal.Id);
            saved = OperationResult.Conflict();
        }

        if (!saved.Succeeded)
        {
            return saved;
        }

        await transaction.CommitAsync(ct);
        logger.LogInformation("Proposal {ProposalId} submitted as {ReceiptNumber}, decision due {DueOn}", proposal.Id, proposal.ReceiptNumber, due);
        return OperationResult.Ok();
    }

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

    private async Task<(Proposal? Proposal, OperationResult? Refusal)> LoadOwnDraftAsync(int id, CancellationToken ct)
    {
        var proposal = await db.Proposals.FirstOrDefaultAsync(p => p.Id == id, ct);
        var proposer = await ProposerContextAsync(ct);
        if (proposal is null)
        {
            return (null, OperationResult.NotFound());
        }

        if (proposer is null || proposal.ProposerId != proposer.OfficerId)
        {
            return (null, OperationResult.Forbidden());
        }

        return proposal.State == ProposalState.Draft ? (proposal, null) : (null, ProposalErrors.InvalidState.ToResult());
    }

    private async Task<OperationResult> CheckAsync(IValidator<ProposalInput> validator, ProposalInput input, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return validation.ToResult();
        }

        var fieldOk = input.FieldId is null || await db.ProposalFields.AnyAsync(f => f.Id == input.FieldId && f.IsActive, ct);
        var kindOk = input.KindId is null || await db.InnovationKinds.AnyAsync(k => k.Id == input.KindId && k.IsActive, ct);
        return fieldOk && kindOk
            ? OperationResult.Ok()
            : OperationResult.Invalid(fieldOk ? nameof(ProposalInput.KindId) : nameof(ProposalInput.FieldId), ValidationMessages.ProposalInput_FieldUnknown);
    }

    private static void Apply(Proposal proposal, ProposalInput input)
    {
        static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        proposal.FieldId = input.FieldId;
        proposal.KindId = input.KindId;
        proposal.Necessity = Clean(input.Necessity);
        proposal.Purpose = Clean(input.Purpose);
        proposal.Bottleneck = Clean(input.Bottleneck);
        proposal.RuleGap = Clean(input.RuleGap);
        proposal.Content = Clean(input.Content);
        proposal.Scope = Clean(input.Scope);
        proposal.Implementers = Clean(input.Implementers);
        proposal.StartOn = input.StartOn;
        proposal.EndOn = input.EndOn;
        proposal.ResourcePeople = Clean(input.ResourcePeople);
        proposal.FundsVnd = input.FundsVnd;
        proposal.ResourceEquipment = Clean(input.ResourceEquipment);
        proposal.Feasibility = Clean(input.Feasibility);
        proposal.PositiveImpact = Clean(input.PositiveImpact);
        proposal.NegativeImpact = Clean(input.NegativeImpact);
        proposal.ExpectedResults = Clean(input.ExpectedResults);
        proposal.IsPilotMechanism = input.IsPilotMechanism;
    }
}
