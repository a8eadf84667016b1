using Decree73.Application.Calendar;
using Decree73.Application.Common;
using Decree73.Application.Proposals;
using Decree73.Application.Resources;
using Decree73.Domain.Proposals;
using Decree73.Web.Authorization;
using Decree73.Web.Forms;
using Decree73.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Decree73.Web.Pages.Proposals;

/// <summary>
/// The head's and the members' steps on the proposal page. Each handler is: bind, one service call (which reads the
/// proposal once and decides who may take the step: 404 for who may not read it, 403 for who may not act), the shared
/// answer to a refusal (<see cref="ModelStateExtensions.Refusal"/>), and on success a redirect without building the page.
/// Only a refused step builds the page again (<see cref="ShowRefusedAsync"/>, the GET's own query) to show its errors.
/// </summary>
public sealed partial class DetailsModel
{
    /// <summary>
    /// A leadership member records their own position on the pending vote (for themselves only: no officer is posted).
    /// The service refuses (403) anyone but a deputy of the deciding agency's leadership, not the proposer, while a vote
    /// is pending, and a post without a choice next to it.
    /// </summary>
    public Task<IActionResult> OnPostPositionAsync([FromRoute] int id, CancellationToken ct)
    {
        bool? inFavour = Action.Position?.Trim().ToLowerInvariant() switch
        {
            "true" => true,
            "false" => false,
            _ => null,
        };
        return StepAsync(id, () => workflow.RecordPositionAsync(id, Version, inFavour, Action.PositionNote, ct), ct);
    }

    public Task<IActionResult> OnPostPartyOpinionAsync([FromRoute] int id, CancellationToken ct) =>
        StepAsync(id, () => workflow.RecordPartyOpinionAsync(id, Version, ct), ct);

    /// <summary>
    /// The approval vote: the minutes must name every eligible member (Art. 8(1)) and the meeting's date; the service
    /// refuses the head's incomplete minutes with the message next to each member left blank (the domain refuses it too).
    /// </summary>
    public Task<IActionResult> OnPostVoteAsync([FromRoute] int id, CancellationToken ct) =>
        StepAsync(id, () => workflow.RecordVoteAsync(id, Version, Action.Minutes, Action.MeetingOn, ct), ct, minutes: true);

    public Task<IActionResult> OnPostOverrideAsync([FromRoute] int id, CancellationToken ct) =>
        ConfirmedStepAsync(id, "Override", () => workflow.OverrideAsync(id, Version, Action.Reason ?? "", Action.Document, ct), ct);

    /// <summary>
    /// Return for revision (Art. 8(1)): the proposal goes back to the proposer as a draft, with the reason. A draft is its
    /// proposer's alone (<c>ProposalAccess.CanReadAsync</c>), so the head is taken back to the list rather than to a
    /// "not found" page.
    /// </summary>
    public Task<IActionResult> OnPostReturnAsync([FromRoute] int id, CancellationToken ct)
    {
        PostedForm = "Return";
        return StepAsync(id, () => workflow.ReturnForRevisionAsync(id, Version, Action.Reason ?? "", ct), ct, toList: true);
    }

    /// <summary>Rejection, only after a vote that did not pass (Art. 8(1)): irreversible, so confirmed on the server.</summary>
    public Task<IActionResult> OnPostRejectAsync([FromRoute] int id, CancellationToken ct) =>
        ConfirmedStepAsync(id, "Reject", () => workflow.RejectAsync(id, Version, Action.Reason ?? "", ct), ct);

    /// <summary>
    /// Escalation to the competent level (Art. 4(2)): irreversible, confirmed on the server; when there is more than one
    /// competent unit, the service refuses until one is chosen (none is preselected).
    /// </summary>
    public Task<IActionResult> OnPostEscalateAsync([FromRoute] int id, CancellationToken ct) =>
        ConfirmedStepAsync(id, "Escalate", () => workflow.EscalateAsync(id, Version, Action.Reason ?? "", Action.EscalateTo, ct, mustChoose: true), ct);

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
    /// Nothing with legal weight is preselected: without a chosen outcome the form is refused next to the choice.
    /// </summary>
    public Task<IActionResult> OnPostEvaluateAsync([FromRoute] int id, CancellationToken ct)
    {
        if (Action.Outcome is null)
        {
            ModelState.AddModelError("Action.Outcome", PanelText.Evaluate_OutcomeMissing);
        }

        return ConfirmedStepAsync(id, "Evaluate", () => Action.Outcome is { } outcome
            ? workflow.EvaluateAsync(id, Version, Action.Minutes, outcome, Action.Findings, Action.Document, Action.MeetingOn, ct)
            : Task.FromResult(EvaluationRules.OutcomeRequired.ToResult()), ct, minutes: true);
    }

    public Task<IActionResult> OnPostCloseAsync([FromRoute] int id, CancellationToken ct) =>
        StepAsync(id, () => workflow.CloseAsync(id, Version, ct), ct);

    /// <summary>
    /// An irreversible step: refused, with the message next to the confirmation box and nothing changed, unless the head
    /// ticked the box that states what will happen.
    /// </summary>
    private Task<IActionResult> ConfirmedStepAsync(int id, string form, Func<Task<OperationResult>> step, CancellationToken ct, bool minutes = false)
    {
        PostedForm = form;
        if (!Action.Confirmed)
        {
            ModelState.AddModelError("Action.Confirmed", PanelText.Confirm_Missing);
        }

        return StepAsync(id, step, ct, minutes: minutes);
    }

    /// <param name="toList">After success, back to the list: the step leaves the proposal out of this person's reach.</param>
    /// <param name="minutes">The form carries the meeting's minutes, whose gaps are shown next to each member.</param>
    private async Task<IActionResult> StepAsync(int id, Func<Task<OperationResult>> step, CancellationToken ct, bool toList = false, bool minutes = false)
    {
        if (!ModelState.IsValid)
        {
            // What the form alone shows to be wrong: nothing is sent, the page comes back with everything in it.
            return await ShowRefusedAsync(id, OperationResult.Invalid([]), minutes, ct);
        }

        var result = await step();
        if (this.Refusal(result) is { } refused)
        {
            return refused;
        }

        if (result.Succeeded)
        {
            TempData["Status"] = UiText.Workflow_Done;
            return toList ? RedirectToPage("Index") : RedirectToPage(new { id });
        }

        return await ShowRefusedAsync(id, result, minutesNotSent: false, ct);
    }

    /// <summary>Fields of the steps' forms that a refusal names and that are shown next to their input.</summary>
    private static bool ShownOnField(string field) =>
        field is "Position" or "MeetingOn" or "EscalateTo" || field.StartsWith("Votes[", StringComparison.Ordinal);

    /// <summary>
    /// The page again after a refused step, built by the GET's own query (a proposal no longer readable is a 404). The
    /// minutes' gaps and the position's choice go next to their fields; every other refusal at the top of the steps,
    /// whatever its field: the forms here are small. With <paramref name="minutesNotSent"/>, the minutes were not sent
    /// (the form itself was refused), so their gaps are named here as the service would.
    /// </summary>
    private async Task<IActionResult> ShowRefusedAsync(int id, OperationResult result, bool minutesNotSent, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied)
        {
            return denied;
        }

        var errors = result.Errors.ToList();
        if (minutesNotSent && Actor?.IsDecidingHead == true)
        {
            errors.AddRange(VoteMinutes.Gaps(Roster.Select(m => m.OfficerId), Action.Minutes, Action.MeetingOn));
        }

        foreach (var error in errors)
        {
            ModelState.AddModelError(ShownOnField(error.Field) ? "Action." + error.Field : "", error.Message);
        }

        return Page();
    }
}
