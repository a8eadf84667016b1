using Decree73.Application.Calendar;
using Decree73.Application.Common;
using Decree73.Application.Resources;
using Decree73.Application.Proposals;
using Decree73.Domain.Proposals;
using Decree73.Web.Authorization;
using Decree73.Web.Infrastructure;
using Decree73.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Decree73.Web.Pages.Proposals;

/// <summary>The head's and the members' steps on the proposal page: each handler is one service call, then back to the page or the page again with its errors.</summary>
public sealed partial class DetailsModel
{
    /// <summary>
    /// A leadership member records their own position on the pending vote (for themselves only: no officer is posted).
    /// Authorized on the proposal: a member of the deciding agency's leadership, not the proposer, while a vote is pending.
    /// </summary>
    public async Task<IActionResult> OnPostPositionAsync([FromRoute] int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied)
        {
            return denied;
        }

        if (!(await authorization.AuthorizeAsync(User, Proposal!, Operations.RecordOwnVote)).Succeeded)
        {
            return Forbid();
        }

        bool? inFavour = Action.Position?.Trim().ToLowerInvariant() switch
        {
            "true" => true,
            "false" => false,
            _ => null,
        };
        if (inFavour is null)
        {
            ModelState.AddModelError("Action.Position", ValidationMessages.Proposal_PositionChoiceMissing);
            return Page();
        }

        return await StepAsync(id, () => workflow.RecordPositionAsync(id, Version, inFavour.Value, Action.PositionNote, ct), ct);
    }

    public Task<IActionResult> OnPostPartyOpinionAsync([FromRoute] int id, CancellationToken ct) =>
        StepAsync(id, () => workflow.RecordPartyOpinionAsync(id, Version, ct), ct);

    /// <summary>
    /// The approval vote: the minutes must name every eligible member (Art. 8(1)) and the meeting's date; a missing
    /// entry is refused with the message next to that member (the domain refuses it too).
    /// </summary>
    public async Task<IActionResult> OnPostVoteAsync([FromRoute] int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied)
        {
            return denied;
        }

        if (!RosterComplete())
        {
            return Page();
        }

        return await StepAsync(id, () => workflow.RecordVoteAsync(id, Version, Action.Minutes, Action.MeetingOn, ct), ct);
    }

    /// <summary>
    /// For the head: every member of the roster has an entry and the meeting has a date, or each gap gets its message
    /// next to the field (the domain refuses it too, with one message).
    /// </summary>
    private bool RosterComplete()
    {
        if (Actor?.IsDecidingHead != true)
        {
            return true;
        }

        foreach (var member in Roster.Where(m => Action.ChoiceFor(m.OfficerId) is null))
        {
            ModelState.AddModelError($"Action.Votes[{member.OfficerId}]", ValidationMessages.Proposal_VoteChoiceMissing);
        }

        if (Action.MeetingOn is null)
        {
            ModelState.AddModelError("Action.MeetingOn", ValidationMessages.Proposal_MeetingDateRequired);
        }

        if (ModelState.IsValid)
        {
            return true;
        }

        ModelState.AddModelError("", ValidationMessages.Proposal_RosterIncomplete);
        return false;
    }

    public Task<IActionResult> OnPostOverrideAsync([FromRoute] int id, CancellationToken ct) =>
        ConfirmedStepAsync(id, "Override", () => workflow.OverrideAsync(id, Version, Action.Reason ?? "", Action.Document, ct), ct);

    /// <summary>Return for revision (Art. 8(1)): the proposal goes back to the proposer as a draft, with the reason.</summary>
    public Task<IActionResult> OnPostReturnAsync([FromRoute] int id, CancellationToken ct)
    {
        PostedForm = "Return";
        return StepAsync(id, () => workflow.ReturnForRevisionAsync(id, Version, Action.Reason ?? "", ct), ct);
    }

    /// <summary>Rejection, only after a vote that did not pass (Art. 8(1)): irreversible, so confirmed on the server.</summary>
    public Task<IActionResult> OnPostRejectAsync([FromRoute] int id, CancellationToken ct) =>
        ConfirmedStepAsync(id, "Reject", () => workflow.RejectAsync(id, Version, Action.Reason ?? "", ct), ct);

    /// <summary>
    /// Escalation to the competent level (Art. 4(2)): irreversible, confirmed on the server; when there is more than one
    /// competent unit, one must be chosen (none is preselected).
    /// </summary>
    public async Task<IActionResult> OnPostEscalateAsync([FromRoute] int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied)
        {
            return denied;
        }

        if (EscalationTargets.Count > 1 && (Action.EscalateTo is not { } to || EscalationTargets.All(t => t.Id != to)))
        {
            ModelState.AddModelError("Action.EscalateTo", PanelText.Escalate_TargetMissing);
        }

        return await ConfirmedStepAsync(id, "Escalate", () => workflow.EscalateAsync(id, Version, Action.Reason ?? "", Action.EscalateTo, ct), ct);
    }

    public Task<IActionResult> OnPostDecisionAsync([FromRoute] int id, CancellationToken ct) =>
        ConfirmedStepAsync(id, "Decision", () => workflow.IssueImplementationDecisionAsync(id, Version, Action.Document, Action.Implementers, ct, Action.Resources), ct);

    public Task<IActionResult> OnPostDirectAsync([FromRoute] int id, CancellationToken ct) =>
        StepAsync(id, () => Action.Kind switch
        {
            "Suspend" => workflow.SuspendAsync(id, Version, Action.Reason ?? "", Action.Document, ct),
            "Resume" => workflow.ResumeAsync(id, Version, Action.Document, ct),
            _ => Task.FromResult(OperationResult.Invalid("", UiText.Binding_ValueMissing)),
        }, ct);

    /// <summary>Stopping the implementation (Art. 10(3)) ends it for good: a form of its own, confirmed.</summary>
    public Task<IActionResult> OnPostStopAsync([FromRoute] int id, CancellationToken ct) =>
        ConfirmedStepAsync(id, "Stop", () => workflow.StopAsync(id, Version, Action.Reason ?? "", Action.Document, ct), ct);

    /// <summary>
    /// The evaluation (Art. 9(2)): the head's conclusion (outcome and findings) put to the collective, whose minutes name
    /// every eligible member and the meeting's date, as at the approval vote. A conclusion not adopted is not recorded.
    /// </summary>
    public async Task<IActionResult> OnPostEvaluateAsync([FromRoute] int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied)
        {
            return denied;
        }

        PostedForm = "Evaluate";
        var rosterComplete = RosterComplete();
        // Nothing with legal weight is preselected: without a chosen outcome the form is refused next to the choice.
        if (Action.Outcome is null)
        {
            ModelState.AddModelError("Action.Outcome", PanelText.Evaluate_OutcomeMissing);
        }

        if (!rosterComplete)
        {
            if (!Action.Confirmed)
            {
                ModelState.AddModelError("Action.Confirmed", PanelText.Confirm_Missing);
            }

            return Page();
        }

        return await ConfirmedStepAsync(id, "Evaluate", () => Action.Outcome is { } outcome
            ? workflow.EvaluateAsync(id, Version, Action.Minutes, outcome, Action.Findings, Action.Document, Action.MeetingOn, ct)
            : Task.FromResult(EvaluationRules.OutcomeRequired.ToResult()), ct);
    }

    public Task<IActionResult> OnPostCloseAsync([FromRoute] int id, CancellationToken ct) =>
        StepAsync(id, () => workflow.CloseAsync(id, Version, ct), ct);

    /// <summary>
    /// An irreversible step: refused, with the message next to the confirmation box and nothing changed, unless the head
    /// ticked the box that states what will happen.
    /// </summary>
    private Task<IActionResult> ConfirmedStepAsync(int id, string form, Func<Task<OperationResult>> step, CancellationToken ct)
    {
        PostedForm = form;
        if (!Action.Confirmed)
        {
            ModelState.AddModelError("Action.Confirmed", PanelText.Confirm_Missing);
        }

        return StepAsync(id, step, ct);
    }

    private async Task<IActionResult> StepAsync([FromRoute] int id, Func<Task<OperationResult>> step, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied)
        {
            return denied;
        }

        var result = ModelState.IsValid ? await step() : OperationResult.Invalid([]);
        if (this.Refusal(result) is { } refused)
        {
            return refused;
        }

        if (result.Succeeded)
        {
            TempData["Status"] = UiText.Workflow_Done;
            // A proposal returned for revision is the proposer's draft again, which the head may not read: back
            // to the list rather than to a "not found" page.
            return await CanStillReadAsync(id, ct) ? RedirectToPage(new { id }) : RedirectToPage("Index");
        }

        // Refusals are shown at the top of the steps, whatever the field: the forms here are small.
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError("", error.Message);
        }

        return Page();
    }
}
