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
public sealed partial class ProposalService(
    IAppDbContext db,
    ICurrentUser currentUser,
    UserAccess access,
    ProposalAccess proposalAccess,
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
        var submission = await SubmitDraftAsync(id, input, expectedVersion, ct);
        return submission is { Succeeded: true, Value.AlreadySubmitted: true } ? ProposalErrors.InvalidState.ToResult() : submission;
    }

    /// <summary>
    /// <see cref="SubmitAsync"/> for the writing page, reading the proposal once: the receipt number on success, or, for
    /// its proposer, the earlier submission's (a second tab, the Back button, a double click). Someone else's proposal is
    /// NotFound. A null <paramref name="expectedVersion"/> takes the draft as it stands: the one this request just created.
    /// </summary>
    public Task<OperationResult<Submission>> SubmitDraftAsync(int id, ProposalInput input, int? expectedVersion, CancellationToken ct = default) =>
        SubmitOnceAsync(db.Proposals, id, proposal => SubmitLoadedAsync(proposal, input, expectedVersion ?? proposal.Version, ct), ct);

    /// <summary>
    /// The submission of the draft <paramref name="id"/>, read once through <paramref name="drafts"/>: someone else's is
    /// NotFound; the proposer's, already submitted, answers with its receipt (<see cref="Submission.AlreadySubmitted"/>);
    /// otherwise <paramref name="submit"/> runs on the loaded draft, and its success answers with the new receipt.
    /// </summary>
    private async Task<OperationResult<Submission>> SubmitOnceAsync(
        IQueryable<Proposal> drafts, int id, Func<Proposal, Task<OperationResult>> submit, CancellationToken ct)
    {
        var proposal = await drafts.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (proposal is null || !await proposalAccess.IsProposerAsync(proposal, ct))
        {
            return OperationResult<Submission>.From(OperationResult.NotFound());
        }

        if (proposal.State != ProposalState.Draft)
        {
            return proposal.ReceiptNumber is { } earlier
                ? OperationResult<Submission>.Ok(new Submission(earlier, AlreadySubmitted: true))
                : OperationResult<Submission>.From(ProposalErrors.InvalidState.ToResult());
        }

        var submitted = await submit(proposal);
        return submitted.Succeeded
            ? OperationResult<Submission>.Ok(new Submission(proposal.ReceiptNumber!, AlreadySubmitted: false))
            : OperationResult<Submission>.From(submitted);
    }

    private async Task<OperationResult> SubmitLoadedAsync(Proposal proposal, ProposalInput input, int expectedVersion, CancellationToken ct)
    {
        var checkedInput = await CheckAsync(submissionValidator, input, ct);
        return checkedInput.Succeeded ? await SubmitCheckedAsync(proposal, input, expectedVersion, ct) : checkedInput;
    }

    /// <summary>Submits the loaded draft whose <paramref name="input"/> passed the submission's check, in one transaction and one save.</summary>
    private async Task<OperationResult> SubmitCheckedAsync(Proposal proposal, ProposalInput input, int expectedVersion, CancellationToken ct)
    {
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
        var due = options.Value.Deadlines.DecisionDue(await calendar.GetAsync(ct), received);
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

    /// <summary>The draft, when this user may write it (<see cref="ProposalAccess.MayEditDraftAsync"/>); someone else's is NotFound.</summary>
    private async Task<(Proposal? Proposal, OperationResult? Refusal)> LoadOwnDraftAsync(int id, CancellationToken ct)
    {
        var proposal = await db.Proposals.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (proposal is null || !await proposalAccess.IsProposerAsync(proposal, ct))
        {
            return (null, OperationResult.NotFound());
        }

        return await proposalAccess.MayEditDraftAsync(proposal, ct) ? (proposal, null) : (null, ProposalErrors.InvalidState.ToResult());
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
        proposal.FieldId = input.FieldId;
        proposal.KindId = input.KindId;
        proposal.StartOn = input.StartOn;
        proposal.EndOn = input.EndOn;
        proposal.Plan = input.Plan.Cleaned();
        proposal.IsPilotMechanism = input.IsPilotMechanism;
    }
}
