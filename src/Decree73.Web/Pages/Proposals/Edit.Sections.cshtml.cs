using Decree73.Application.Attachments;
using Decree73.Application.Common;
using Decree73.Application.Proposals;
using Decree73.Domain.Proposals;

using Decree73.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Decree73.Web.Forms;

namespace Decree73.Web.Pages.Proposals;

/// <summary>
/// The saved draft's files and milestones on the writing page, and the last check before submitting. Each handler
/// checks the draft is this user's to edit (404 otherwise), saves what was typed, then does its one thing; a refusal
/// shows the page again with everything typed and the message next to its field.
/// </summary>
public sealed partial class EditModel
{
    public const string UploadFileKey = "Upload." + AttachmentService.FileField;

    [BindProperty]
    public UploadInput Upload { get; set; } = new();

    /// <summary>The plan's milestones as rows of the form: edited in place, saved with the draft.</summary>
    [BindProperty]
    public List<MilestoneRow> Milestones { get; set; } = [];

    [BindProperty]
    public NewMilestoneInput NewMilestone { get; set; } = new();

    public sealed class UploadInput
    {
        public AttachmentKind? Kind { get; set; }
        public IFormFile? File { get; set; }
    }

    public sealed class MilestoneRow
    {
        public int Id { get; set; }
        public string? Title { get; set; }
        public DateOnly? DueOn { get; set; }
    }

    public sealed class NewMilestoneInput
    {
        public string? Title { get; set; }
        public DateOnly? DueOn { get; set; }
    }

    /// <summary>One thing still missing before the draft can be submitted, with the id of the field to go to.</summary>
    public sealed record MissingItem(string Anchor, string Label, string Message);

    /// <summary>The draft's files and who may add which kind; null before the first save.</summary>
    public AttachmentPanel? Files { get; private set; }

    /// <summary>What submission would still refuse (required parts), then what is advised (files, milestones).</summary>
    public IReadOnlyList<MissingItem> Missing { get; private set; } = [];

    public IReadOnlyList<MissingItem> Advised { get; private set; } = [];

    public async Task<IActionResult> OnPostUploadAsync(CancellationToken ct)
    {
        if (Id is not { } id)
        {
            return NotFound();
        }

        if (await UnreadableInputAsync(ct) is { } shown)
        {
            return shown;
        }

        if (Upload.Kind is not { } kind)
        {
            // Nothing to attach: what was typed is saved all the same, the missing kind shown next to its field.
            var saved = await proposals.SaveDraftAsync(id, Edit(), ct);
            return await AfterAsync(
                saved is { Succeeded: true, Value: { SubmittedAs: null } outcome }
                    ? OperationResult<DraftOutcome>.Ok(outcome with { Step = OperationResult.Invalid(AttachmentService.KindField, UiText.Attach_KindRequired) })
                    : saved,
                "Upload", UiText.Attach_Uploaded, "draft-attachments", ct);
        }

        await using var content = Upload.File?.OpenReadStream() ?? Stream.Null;
        var result = await attachments.UploadToDraftAsync(
            id, Edit(), new AttachmentUpload(kind, Upload.File?.FileName, Upload.File?.Length ?? 0, content, null), ct);
        return await AfterAsync(result, "Upload", UiText.Attach_Uploaded, "draft-attachments", ct);
    }

    /// <summary>One service call: what was typed is saved on the draft read once, then the file is removed from it.</summary>
    public async Task<IActionResult> OnPostRemoveAttachmentAsync(int attachmentId, CancellationToken ct)
    {
        if (Id is not { } id)
        {
            return NotFound();
        }

        if (await UnreadableInputAsync(ct) is { } shown)
        {
            return shown;
        }

        return await AfterAsync(await attachments.DeleteFromDraftAsync(id, Edit(), attachmentId, ct), "", UiText.Common_Deleted, "draft-attachments", ct);
    }

    public async Task<IActionResult> OnPostAddMilestoneAsync(CancellationToken ct)
    {
        if (NewMilestone.DueOn is null && ModelState["NewMilestone.DueOn"]?.Errors.Count is null or 0)
        {
            ModelState.AddModelError("NewMilestone.DueOn", UiText.Binding_ValueMissing);
        }

        if (Id is not { } id)
        {
            return NotFound();
        }

        if (await UnreadableInputAsync(ct) is { } shown)
        {
            return shown;
        }

        var result = await proposals.AddMilestoneAsync(id, Edit(), NewMilestone.Title ?? "", NewMilestone.DueOn!.Value, ct);
        return await AfterAsync(result, nameof(NewMilestone), UiText.Progress_Saved, "draft-milestones", ct);
    }

    public async Task<IActionResult> OnPostRemoveMilestoneAsync(int milestoneId, CancellationToken ct)
    {
        if (Id is not { } id)
        {
            return NotFound();
        }

        if (await UnreadableInputAsync(ct) is { } shown)
        {
            return shown;
        }

        // The removed row's own (perhaps half-typed) values are not saved first.
        var result = await proposals.RemoveMilestoneAsync(id, Edit(), milestoneId, ct);
        return await AfterAsync(result, "", UiText.Progress_Saved, "draft-milestones", ct);
    }

    /// <summary>The form goes on from the version just saved, not the one posted.</summary>
    private void GoOnFrom(int version)
    {
        Version = version;
        ModelState.Remove(nameof(Version));
    }

    private RedirectToPageResult AlreadySubmitted(int id, string receipt)
    {
        TempData["Status"] = string.Format(System.Globalization.CultureInfo.CurrentCulture, UiText.Proposals_AlreadySubmitted, receipt);
        return RedirectToPage("Details", new { id });
    }

    /// <summary>
    /// The one answer to a button of the writing page: a refusal of the draft (404, errors next to the text or a row, a
    /// conflict) shows the page as posted; the proposer's proposal submitted meanwhile is shown to them; once the text
    /// is saved, the button's own step answers (<see cref="AfterStepAsync"/>).
    /// </summary>
    private async Task<IActionResult> AfterAsync(OperationResult<DraftOutcome> result, string prefix, string done, string? section, CancellationToken ct)
    {
        if (this.Refusal(result) is { } refused)
        {
            return refused;
        }

        if (result.Value is { SubmittedAs: { } receipt })
        {
            return AlreadySubmitted(Id!.Value, receipt);
        }

        if (!result.Succeeded)
        {
            return await ShowErrorsAsync(result, ct);
        }

        GoOnFrom(result.Value!.Version);
        // A refused milestone row (the text was saved): its error next to that row, as for a refused draft.
        return result.Value.Step.Errors.Any(e => e.Field.StartsWith("Milestones[", StringComparison.Ordinal))
            ? await ShowErrorsAsync(result.Value.Step, ct)
            : await AfterStepAsync(result.Value.Step, prefix, done, section, ct);
    }

    /// <summary>A step done redirects with <paramref name="done"/>; refused, the page again with its errors under <paramref name="prefix"/> (none: the summary).</summary>
    private async Task<IActionResult> AfterStepAsync(OperationResult result, string prefix, string done, string? section, CancellationToken ct)
    {
        if (this.Refusal(result) is { } refused)
        {
            return refused;
        }

        if (result.Succeeded)
        {
            TempData["Status"] = done;
            return RedirectToPage("Edit", null, new { id = Id }, section);
        }

        if (prefix.Length == 0)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("", error.Message);
            }
        }
        else
        {
            this.AddErrors(result, prefix);
        }

        return await ShowAsync(ct);
    }

    /// <summary>The page again, with what was posted (rows of a draft saved in the meantime keep their ids).</summary>
    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        await LoadOptionsAsync(ct);
        return Page();
    }

    /// <summary>Reads the saved draft's files, and lists what submission would still refuse and what is advised.</summary>
    private async Task LoadDraftSectionsAsync(CancellationToken ct)
    {
        if (Id is not { } id || await proposals.FindAsync(id, ct) is not { State: ProposalState.Draft } proposal)
        {
            return;
        }

        Files = await attachments.PanelAsync(proposal, ct);
        var check = await submissionValidator.ValidateAsync(Input, ct);
        Missing = check.Errors
            .GroupBy(e => e.PropertyName)
            .Select(g => new MissingItem("Input_" + g.Key.Replace('.', '_'), FieldLabel(g.Key), g.First().ErrorMessage))
            .ToList();
        var advised = new List<MissingItem>();
        if (Files is { Items.Count: 0 })
        {
            advised.Add(new MissingItem("attach-file", UiText.Attach_Title, UiText.Write_NoFilesYet));
        }

        if (Milestones.Count == 0 && proposal.Milestones.Count == 0)
        {
            advised.Add(new MissingItem("new-milestone-title", UiText.Progress_Milestones, UiText.Write_NoMilestonesYet));
        }

        Advised = advised;
    }

    private static List<MilestoneRow> Rows(Proposal p) =>
        p.Milestones.OrderBy(m => m.DueOn).ThenBy(m => m.Id).Select(m => new MilestoneRow { Id = m.Id, Title = m.Title, DueOn = m.DueOn }).ToList();

    private const string Plan = nameof(ProposalInput.Plan) + ".";

    private static string FieldLabel(string property) => property switch
    {
        nameof(ProposalInput.Title) => UiText.Proposal_Title,
        nameof(ProposalInput.FieldId) => UiText.Proposal_Field,
        nameof(ProposalInput.KindId) => UiText.Proposal_Kind,
        Plan + nameof(ProposalPlan.Necessity) => UiText.Proposal_Necessity,
        Plan + nameof(ProposalPlan.Purpose) => UiText.Proposal_Purpose,
        Plan + nameof(ProposalPlan.Bottleneck) => UiText.Proposal_Bottleneck,
        Plan + nameof(ProposalPlan.RuleGap) => UiText.Proposal_RuleGap,
        Plan + nameof(ProposalPlan.Content) => UiText.Proposal_Content,
        Plan + nameof(ProposalPlan.Scope) => UiText.Proposal_Scope,
        Plan + nameof(ProposalPlan.Implementers) => UiText.Proposal_Implementers,
        nameof(ProposalInput.StartOn) => UiText.Proposal_StartOn,
        nameof(ProposalInput.EndOn) => UiText.Proposal_EndOn,
        Plan + nameof(ProposalPlan.ResourcePeople) => UiText.Proposal_ResourcePeople,
        Plan + nameof(ProposalPlan.FundsVnd) => UiText.Proposal_Funds,
        Plan + nameof(ProposalPlan.ResourceEquipment) => UiText.Proposal_Equipment,
        Plan + nameof(ProposalPlan.Feasibility) => UiText.Proposal_Feasibility,
        Plan + nameof(ProposalPlan.PositiveImpact) => UiText.Proposal_PositiveImpact,
        Plan + nameof(ProposalPlan.NegativeImpact) => UiText.Proposal_NegativeImpact,
        Plan + nameof(ProposalPlan.ExpectedResults) => UiText.Proposal_ExpectedResults,
        nameof(ProposalInput.IsPilotMechanism) => DecisionText.Pilot_Label,
        _ => property,
    };
}
