using Decree73.Application.Proposals;
using Decree73.Domain.Proposals;
using Decree73.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Decree73.Web.Pages.Proposals;

/// <summary>
/// Milestones (written by the proposer with the draft plan), progress updates and the completion report (by the
/// proposer or an assigned implementer while the plan runs).
/// </summary>
public sealed class ProgressModel(
    ProposalDetailsQuery details, ProposalWorkflowService workflow, ProgressService progress, IAuthorizationService authorization,
    ProposalPageQuery pageQuery)
    : ProposalSectionPage(details, workflow, authorization)
{
    public ProgressView? Section { get; private set; }

    protected override async Task LoadSectionAsync(ProposalDetails proposal, ProposalActor? actor, CancellationToken ct) =>
        Section = await pageQuery.ProgressAsync(proposal, actor, ct);

    [BindProperty]
    public MilestoneInput Milestone { get; set; } = new();

    [BindProperty]
    public int RemoveMilestoneId { get; set; }

    [BindProperty]
    public UpdateInput Update { get; set; } = new();

    [BindProperty]
    public CompletionInput Completion { get; set; } = new();

    public sealed class MilestoneInput
    {
        public string? Title { get; set; }
        public DateOnly? DueOn { get; set; }
    }

    public sealed class UpdateInput
    {
        public int? Percent { get; set; }
        public string? Text { get; set; }
        public int? MilestoneId { get; set; }
    }

    public sealed class CompletionInput
    {
        public string? Report { get; set; }
    }

    public Task<IActionResult> OnPostMilestoneAsync([FromRoute] int id, CancellationToken ct)
    {
        if (Milestone.DueOn is null && ModelState["Milestone.DueOn"]?.Errors.Count is null or 0)
        {
            ModelState.AddModelError("Milestone.DueOn", UiText.Binding_ValueMissing);
        }

        return StepAsync(id, nameof(Milestone), UiText.Progress_Saved,
            () => progress.AddMilestoneAsync(id, Version, Milestone.Title ?? "", Milestone.DueOn!.Value, ct), ct);
    }

    public Task<IActionResult> OnPostRemoveMilestoneAsync([FromRoute] int id, CancellationToken ct) =>
        StepAsync(id, "", UiText.Progress_Saved, () => progress.RemoveMilestoneAsync(id, Version, RemoveMilestoneId, ct), ct);

    public Task<IActionResult> OnPostUpdateAsync([FromRoute] int id, CancellationToken ct)
    {
        if (Update.Percent is null && ModelState["Update.Percent"]?.Errors.Count is null or 0)
        {
            ModelState.AddModelError("Update.Percent", UiText.Progress_PercentRequired);
        }

        return StepAsync(id, nameof(Update), UiText.Progress_Saved,
            () => progress.ReportProgressAsync(id, Version, Update.Percent!.Value, Update.Text, Update.MilestoneId, ct), ct);
    }

    public Task<IActionResult> OnPostCompleteAsync([FromRoute] int id, CancellationToken ct) =>
        StepAsync(id, nameof(Completion), UiText.Progress_CompletionSaved,
            () => progress.ReportCompletionAsync(id, Version, Completion.Report ?? "", ct), ct);
}
