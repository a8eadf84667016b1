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

    private int? removingMilestoneId;

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
        if (await SaveFirstAsync(ct) is { } stop)
        {
            return stop;
        }

        var id = Id!.Value;
        if (Upload.Kind is null)
        {
            ModelState.AddModelError("Upload.Kind", UiText.Attach_KindRequired);
            return await ShowAsync(ct);
        }

        await using var content = Upload.File?.OpenReadStream() ?? Stream.Null;
        var result = await attachments.UploadAsync(
            id, new AttachmentUpload(Upload.Kind.Value, Upload.File?.FileName, Upload.File?.Length ?? 0, content, null), ct);
        return await AfterAsync(result, "Upload", UiText.Attach_Uploaded, "draft-attachments", ct);
    }

    public async Task<IActionResult> OnPostRemoveAttachmentAsync(int attachmentId, CancellationToken ct)
    {
        if (await SaveFirstAsync(ct) is { } stop)
        {
            return stop;
        }

        var result = await attachments.DeleteAsync(Id!.Value, attachmentId, ct);
        return await AfterAsync(result, "", UiText.Common_Deleted, "draft-attachments", ct);
    }

    public async Task<IActionResult> OnPostAddMilestoneAsync(CancellationToken ct)
    {
        if (NewMilestone.DueOn is null && ModelState["NewMilestone.DueOn"]?.Errors.Count is null or 0)
        {
            ModelState.AddModelError("NewMilestone.DueOn", UiText.Binding_ValueMissing);
        }

        if (await SaveFirstAsync(ct) is { } stop)
        {
            return stop;
        }

        var result = await progress.AddMilestoneAsync(Id!.Value, Version, NewMilestone.Title ?? "", NewMilestone.DueOn!.Value, ct);
        return await AfterAsync(result, nameof(NewMilestone), UiText.Progress_Saved, "draft-milestones", ct);
    }

    public async Task<IActionResult> OnPostRemoveMilestoneAsync(int milestoneId, CancellationToken ct)
    {
        // The removed row's own (perhaps half-typed) values are not saved first.
        removingMilestoneId = milestoneId;
        if (await SaveFirstAsync(ct) is { } stop)
        {
            return stop;
        }

        var result = await progress.RemoveMilestoneAsync(Id!.Value, Version, milestoneId, ct);
        return await AfterAsync(result, "", UiText.Progress_Saved, "draft-milestones", ct);
    }

    /// <summary>
    /// The draft must be this user's to edit and what was typed must read and save; otherwise the result to return.
    /// On success <see cref="Version"/> is the saved draft's.
    /// </summary>
    private async Task<IActionResult?> SaveFirstAsync(CancellationToken ct)
    {
        if (Id is not { } id)
        {
            return NotFound();
        }

        if (await DenyAsync(await proposals.FindAsync(id, ct)) is { } denied)
        {
            return denied;
        }

        if (!ModelState.IsValid)
        {
            return await ShowAsync(ct);
        }

        var saved = await proposals.UpdateDraftAsync(id, Input, Version, ct);
        if (saved.Succeeded)
        {
            await RefreshVersionAsync(id, ct);
            saved = await SaveMilestoneEditsAsync(id, ct);
        }

        return saved.Succeeded ? null : this.Refusal(saved) ?? await ShowErrorsAsync(saved, ct);
    }

    /// <summary>Applies the rows whose title or date differ from the saved milestones, one by one, naming the row on a refusal.</summary>
    private async Task<OperationResult> SaveMilestoneEditsAsync(int id, CancellationToken ct)
    {
        if (Milestones.Count == 0)
        {
            return OperationResult.Ok();
        }

        var saved = await SavedMilestonesAsync(id, ct);
        for (var i = 0; i < Milestones.Count; i++)
        {
            var row = Milestones[i];
            if (!Changed(row, saved))
            {
                continue;
            }

            if (row.DueOn is null)
            {
                return OperationResult.Invalid($"Milestones[{i}].DueOn", UiText.Binding_ValueMissing);
            }

            var changed = await progress.ChangeMilestoneAsync(id, Version, row.Id, row.Title ?? "", row.DueOn.Value, ct);
            if (!changed.Succeeded)
            {
                return changed.Status is OperationStatus.Invalid
                    ? OperationResult.Invalid(changed.Errors.Select(e => e with { Field = $"Milestones[{i}].{e.Field}" }).ToList())
                    : changed;
            }

            await RefreshVersionAsync(id, ct);
        }

        return OperationResult.Ok();
    }

    /// <summary>Whether any posted milestone row differs from the saved milestone it stands for.</summary>
    private async Task<bool> HasMilestoneEditsAsync(int id, CancellationToken ct)
    {
        if (Milestones.Count == 0)
        {
            return false;
        }

        var saved = await SavedMilestonesAsync(id, ct);
        return Milestones.Exists(row => Changed(row, saved));
    }

    private Task<IReadOnlyDictionary<int, (string Title, DateOnly DueOn)>> SavedMilestonesAsync(int id, CancellationToken ct) =>
        proposals.SavedMilestonesAsync(id, ct);

    private bool Changed(MilestoneRow row, IReadOnlyDictionary<int, (string Title, DateOnly DueOn)> saved) =>
        row.Id != removingMilestoneId
        && !(saved.TryGetValue(row.Id, out var current) && current.Title == row.Title?.Trim() && current.DueOn == row.DueOn);

    private async Task RefreshVersionAsync(int id, CancellationToken ct)
    {
        Version = (await proposals.FindAsync(id, ct))?.Version ?? Version;
        ModelState.Remove(nameof(Version));
    }

    private async Task<IActionResult> AfterAsync(OperationResult result, string prefix, string done, string section, CancellationToken ct)
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

        await RefreshVersionAsync(Id!.Value, ct);
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
