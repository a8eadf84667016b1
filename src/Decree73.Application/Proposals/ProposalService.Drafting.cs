using Decree73.Application.Common;
using Decree73.Domain.Common;
using Decree73.Domain.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Decree73.Application.Proposals;

/// <summary>A milestone row of the writing form as posted: edited in place, saved with the draft.</summary>
public sealed record DraftMilestoneRow(int Id, string? Title, DateOnly? DueOn);

/// <summary>
/// What every button of the writing page posts: the text, the version the form was built on, and the milestone rows
/// (those whose title or date differ from the saved milestones are changed). The row being removed is not saved first.
/// </summary>
public sealed record DraftEdit(ProposalInput Input, int ExpectedVersion, IReadOnlyList<DraftMilestoneRow> Milestones, int? RemovingMilestoneId = null);

/// <summary>
/// The draft after a button of the writing page: the version now stored (the form goes on from it), the receipt number
/// when it was submitted meanwhile (a second tab, the Back button), and the outcome of the button's own step.
/// </summary>
public sealed record DraftOutcome(int Version, string? SubmittedAs, OperationResult Step);

/// <summary>
/// The writing page's commands: each reads the draft once, checks it is this user's to write
/// (<see cref="ProposalAccess.MayEditDraftAsync"/>), saves what was typed, then takes the button's own step on it.
/// </summary>
public sealed partial class ProposalService
{
    /// <summary>Saves the text and the changed milestone rows.</summary>
    public Task<OperationResult<DraftOutcome>> SaveDraftAsync(int id, DraftEdit edit, CancellationToken ct = default) =>
        EditDraftAsync(id, edit, null, ct);

    /// <summary>Saves what was typed, then adds a milestone; its refusal names the new milestone's fields.</summary>
    public Task<OperationResult<DraftOutcome>> AddMilestoneAsync(int id, DraftEdit edit, string title, DateOnly dueOn, CancellationToken ct = default) =>
        EditDraftAsync(id, edit, (p, a) => SaveStepAsync(p, a, p.AddMilestone(a, title, dueOn), "milestone added", ct), ct);

    /// <summary>Saves what was typed (but the row removed), then removes the milestone.</summary>
    public Task<OperationResult<DraftOutcome>> RemoveMilestoneAsync(int id, DraftEdit edit, int milestoneId, CancellationToken ct = default) =>
        EditDraftAsync(id, edit with { RemovingMilestoneId = milestoneId }, (p, a) => SaveStepAsync(p, a, p.RemoveMilestone(a, milestoneId), "milestone removed", ct), ct);

    /// <summary>
    /// "Gửi đề xuất" on the writing page, in one call that reads the draft once with its milestones (issue 11): someone
    /// else's is NotFound; the proposer's, submitted meanwhile, is no error (<see cref="Submission.AlreadySubmitted"/>).
    /// Without edited milestone rows it is <see cref="SubmitDraftAsync(int, ProposalInput, int?, CancellationToken)"/>.
    /// With edited rows, the text and the rows are saved as by "Lưu nháp" (the rows' dates are checked against the
    /// plan's): a refused row saves the text and the rows before it, names the row, and the draft is not submitted; a
    /// submission refused by its own check leaves the text and the rows saved; otherwise the rows are saved with the
    /// submission, in its transaction and its one save.
    /// </summary>
    public Task<OperationResult<Submission>> SubmitDraftAsync(int id, DraftEdit edit, CancellationToken ct = default) =>
        SubmitOnceAsync(db.Proposals.Include(p => p.Milestones).AsSplitQuery(), id, proposal => SubmitEditedAsync(proposal, edit, ct), ct);

    private async Task<OperationResult> SubmitEditedAsync(Proposal proposal, DraftEdit edit, CancellationToken ct)
    {
        if (!edit.Milestones.Any(row => RowChanged(proposal, row)))
        {
            return await SubmitLoadedAsync(proposal, edit.Input, edit.ExpectedVersion, ct);
        }

        var drafted = await CheckAsync(draftValidator, edit.Input, ct);
        if (!drafted.Succeeded)
        {
            return drafted;
        }

        proposal.Title = edit.Input.Title.Trim();
        Apply(proposal, edit.Input);
        var rows = ChangeMilestones(proposal, new ProposalActor(proposal.ProposerId), edit);
        var checkedInput = rows.Succeeded ? await CheckAsync(submissionValidator, edit.Input, ct) : rows;
        if (checkedInput.Succeeded)
        {
            return await SubmitCheckedAsync(proposal, edit.Input, edit.ExpectedVersion, ct);
        }

        // Nothing typed is lost: the text (and the rows before a refused one) are saved, the draft is not submitted.
        var saved = await db.SaveVersionedAsync(proposal, edit.ExpectedVersion, ct);
        return saved.Succeeded ? checkedInput : saved;
    }

    private static bool RowChanged(Proposal proposal, DraftMilestoneRow row) =>
        proposal.Milestones.FirstOrDefault(m => m.Id == row.Id) is not { } current || current.Title != row.Title?.Trim() || current.DueOn != row.DueOn;

    /// <summary>
    /// Reads the draft once with its milestones. Someone else's is NotFound; the proposer's, no longer a draft, is no
    /// error (<see cref="DraftOutcome.SubmittedAs"/>). What was typed is saved when it is valid, then
    /// <paramref name="step"/> runs on the saved draft; the step's refusal leaves the text saved. A milestone row that
    /// is refused (no date, a date outside the plan) does not stop the text and the rows before it from being saved:
    /// its error is the outcome's step, and the button's own step is not taken.
    /// </summary>
    internal async Task<OperationResult<DraftOutcome>> EditDraftAsync(
        int id, DraftEdit edit, Func<Proposal, ProposalActor, Task<OperationResult>>? step, CancellationToken ct)
    {
        var proposal = await db.Proposals.Include(p => p.Milestones).AsSplitQuery().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (proposal is null || !await proposalAccess.IsProposerAsync(proposal, ct))
        {
            return OperationResult<DraftOutcome>.From(OperationResult.NotFound());
        }

        if (!await proposalAccess.MayEditDraftAsync(proposal, ct))
        {
            return proposal.ReceiptNumber is { } earlier
                ? OperationResult<DraftOutcome>.Ok(new DraftOutcome(proposal.Version, earlier, OperationResult.Ok()))
                : OperationResult<DraftOutcome>.From(ProposalErrors.InvalidState.ToResult());
        }

        var checkedInput = await CheckAsync(draftValidator, edit.Input, ct);
        if (!checkedInput.Succeeded)
        {
            return OperationResult<DraftOutcome>.From(checkedInput);
        }

        var actor = new ProposalActor(proposal.ProposerId);
        proposal.Title = edit.Input.Title.Trim();
        Apply(proposal, edit.Input);
        var rows = ChangeMilestones(proposal, actor, edit);
        var saved = await db.SaveVersionedAsync(proposal, edit.ExpectedVersion, ct);
        if (!saved.Succeeded)
        {
            return OperationResult<DraftOutcome>.From(saved);
        }

        var stepped = !rows.Succeeded ? rows : step is null ? OperationResult.Ok() : await step(proposal, actor);
        return OperationResult<DraftOutcome>.Ok(new DraftOutcome(proposal.Version, null, stepped));
    }

    /// <summary>
    /// Changes the milestones whose posted row differs from them, in order, up to the first refused row, which it names.
    /// </summary>
    private OperationResult ChangeMilestones(Proposal proposal, ProposalActor actor, DraftEdit edit)
    {
        var changedAny = false;
        var outcome = OperationResult.Ok();
        for (var i = 0; i < edit.Milestones.Count && outcome.Succeeded; i++)
        {
            var row = edit.Milestones[i];
            if (row.Id == edit.RemovingMilestoneId || !RowChanged(proposal, row))
            {
                continue;
            }

            if (row.DueOn is not { } dueOn)
            {
                outcome = OperationResult.Invalid($"Milestones[{i}].{nameof(DraftMilestoneRow.DueOn)}", Resources.ValidationMessages.Milestone_DueOnRequired);
                continue;
            }

            var changed = proposal.ChangeMilestone(actor, row.Id, row.Title ?? "", dueOn);
            if (!changed.IsSuccess)
            {
                outcome = OperationResult.Invalid(changed.Error!.ToResult().Errors.Select(e => e with { Field = $"Milestones[{i}].{e.Field}" }).ToList());
                continue;
            }

            changedAny = true;
        }

        if (changedAny)
        {
            // Only child rows may have changed: the draft's version still moves, so that a stale page cannot act.
            db.Entry(proposal).Property(p => p.Version).IsModified = true;
        }

        return outcome;
    }

    private async Task<OperationResult> SaveStepAsync(Proposal proposal, ProposalActor actor, Result result, string what, CancellationToken ct)
    {
        if (!result.IsSuccess)
        {
            return result.Error!.ToResult();
        }

        db.Entry(proposal).Property(p => p.Version).IsModified = true;
        var saved = await db.SaveVersionedAsync(proposal, proposal.Version, ct);
        if (saved.Succeeded)
        {
            logger.LogInformation("Proposal {ProposalId} {Step} by officer {OfficerId}; now {State}", proposal.Id, what, actor.OfficerId, proposal.State);
        }

        return saved;
    }
}
