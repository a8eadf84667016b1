using System.Globalization;
using Decree73.Application.Attachments;
using Decree73.Application.Common;
using Decree73.Application.Proposals;
using Decree73.Domain.Proposals;
using Decree73.Web.Authorization;
using Decree73.Web.Forms;
using Decree73.Web.Hosting;
using Decree73.Web.Presentation;
using Decree73.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Decree73.Web.Pages.Proposals;

/// <summary>
/// Writing a proposal in one place (issue 13): the text, and once the draft is saved its files and the plan's
/// milestones, then one "Gửi đề xuất" with a last check of what is still missing. Every button posts the whole form and
/// saves the draft first, so nothing typed is lost when a file is attached or a milestone added in the middle of writing.
/// </summary>
public sealed partial class EditModel(
    ProposalService proposals,
    AttachmentService attachments,
    ProposalSubmissionValidator submissionValidator,
    SimilarProposals similarProposals,
    IAuthorizationService authorization) : PageModel
{
    [BindProperty]
    public ProposalInput Input { get; set; } = new();

    [BindProperty]
    public int Version { get; set; }

    /// <summary>One per new-draft form: posting it twice (a double click) creates one proposal.</summary>
    [BindProperty]
    public Guid? CreationToken { get; set; }

    [FromRoute]
    public int? Id { get; set; }

    /// <summary>The id as route data for the buttons: none at all for a new draft (an empty id would match no route).</summary>
    public Dictionary<string, string> IdRoute =>
        Id is { } id ? new() { ["id"] = id.ToString(CultureInfo.InvariantCulture) } : [];

    /// <summary>Why the head returned this draft for revision, when it was: shown first, as what to fix.</summary>
    public string? ReturnReason { get; private set; }

    public IEnumerable<SelectListItem> FieldOptions { get; private set; } = [];
    public IEnumerable<SelectListItem> KindOptions { get; private set; } = [];

    /// <param name="tooLarge">Set by <see cref="AttachmentUploadLimits"/> when an upload's body was refused unread.</param>
    public async Task<IActionResult> OnGetAsync(bool tooLarge, CancellationToken ct)
    {
        if (Id is null)
        {
            if (await proposals.ProposerContextAsync(ct) is null)
            {
                return Forbid();
            }

            CreationToken = Guid.NewGuid();
        }
        else
        {
            var proposal = await proposals.FindAsync(Id.Value, ct);
            if (await DenyAsync(proposal) is { } denied)
            {
                return denied;
            }

            Fill(proposal!);
            if (tooLarge)
            {
                ModelState.AddModelError(UploadFileKey, attachments.TooLargeMessage());
            }
        }

        await LoadOptionsAsync(ct);
        return Page();
    }

    /// <summary>
    /// Bind, then one service call: a new draft is created; an existing one is read once, checked to be this user's to
    /// write, and saved with its milestone rows (<see cref="ProposalService.SaveDraftAsync"/>). A success redirects
    /// without building the page; only a refusal builds it again, with everything typed and the errors.
    /// </summary>
    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        if (await UnreadableInputAsync(ct) is { } shown)
        {
            return shown;
        }

        if (Id is not { } existing)
        {
            var (id, created) = await CreateAsync(ct);
            if (this.Refusal(created) is { } refused)
            {
                return refused;
            }

            if (!created.Succeeded)
            {
                return await ShowErrorsAsync(created, ct);
            }

            TempData["Status"] = UiText.Proposals_Saved;
            return RedirectToPage("Edit", new { id });
        }

        return await AfterAsync(await proposals.SaveDraftAsync(existing, Edit(), ct), "", UiText.Proposals_Saved, null, ct);
    }

    /// <summary>
    /// Bind, one service call that checks the draft is this user's and reads it once
    /// (<see cref="ProposalService.SubmitDraftAsync"/>), the shared answer to a refusal, and on success a redirect with
    /// the receipt number, the page model never built. Only a refused submission builds the form again, with its errors.
    /// </summary>
    public async Task<IActionResult> OnPostSubmitAsync(CancellationToken ct)
    {
        if (await UnreadableInputAsync(ct) is { } shown)
        {
            return shown;
        }

        // A first submission creates the draft, then submits it: what was typed is never lost on a refusal.
        var firstSubmission = Id is null;
        var (id, saved) = firstSubmission ? await CreateAsync(ct) : (Id, OperationResult.Ok());
        if (!saved.Succeeded)
        {
            return saved.Status == OperationStatus.Forbidden ? Forbid() : await ShowErrorsAsync(saved, ct);
        }

        // A draft created by this request is submitted as it stands; an edited one, with its milestone rows, in one call
        // from the version the form was built on (a refused row saves the text, is named next to it, and stops the submission).
        var result = firstSubmission
            ? await proposals.SubmitDraftAsync(id!.Value, Input, null, ct)
            : await proposals.SubmitDraftAsync(id!.Value, Edit(), ct);
        if (this.Refusal(result) is { } refused)
        {
            return refused;
        }

        if (result is { Succeeded: true, Value: { } submission })
        {
            // Submitted before (a second tab, the Back button, the same new-draft form posted twice): no error, taken to it.
            if (!submission.AlreadySubmitted || !firstSubmission)
            {
                TempData["Status"] = string.Format(CultureInfo.CurrentCulture,
                    submission.AlreadySubmitted ? UiText.Proposals_AlreadySubmitted : UiText.Proposals_Submitted, submission.ReceiptNumber);
            }

            return RedirectToPage("Details", new { id });
        }

        // The form goes on with the saved draft: its id in the buttons and its version, not the 0 that was posted.
        var proposal = (await proposals.FindAsync(id.Value, ct))!;
        Id = id;
        Version = proposal.Version;
        ModelState.Remove(nameof(Version));
        ReturnReason = ReturnedDraft.ReasonOf(proposal);
        if (firstSubmission)
        {
            ModelState.AddModelError("", UiText.Proposals_DraftSavedNotSubmitted);
        }

        return await ShowErrorsAsync(result, ct);
    }

    private async Task<(int? Id, OperationResult Result)> CreateAsync(CancellationToken ct)
    {
        var created = await proposals.CreateDraftAsync(Input, CreationToken, ct);
        return (created.Succeeded ? created.Value : null, created);
    }

    /// <summary>What every button posts with it: the text, the version the form was built on and the milestone rows.</summary>
    private DraftEdit Edit() => new(Input, Version, Milestones.Select(r => new DraftMilestoneRow(r.Id, r.Title, r.DueOn)).ToList());

    /// <summary>
    /// A value the form could not read (an impossible date, words in a number) comes back with its message next to the
    /// field and what was typed; nothing is saved, so the draft never loses it as an empty value. Null when all was read.
    /// </summary>
    private async Task<IActionResult?> UnreadableInputAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            return null;
        }

        if (Id is { } id)
        {
            if (await DenyAsync(await proposals.FindAsync(id, ct)) is { } denied)
            {
                return denied;
            }
        }
        else if (await proposals.ProposerContextAsync(ct) is null)
        {
            return Forbid();
        }

        await LoadOptionsAsync(ct);
        return Page();
    }

    /// <summary>
    /// Not found, or not this user's draft: 404 either way, so others' drafts stay unseen. A proposal already submitted
    /// (a second tab, the Back button) is no error to its proposer: they are told so and taken to it.
    /// </summary>
    private async Task<IActionResult?> DenyAsync(Proposal? proposal)
    {
        if (proposal is not null && (await authorization.AuthorizeAsync(User, proposal, Operations.EditDraft)).Succeeded)
        {
            return null;
        }

        if (proposal is { State: not ProposalState.Draft, ReceiptNumber: { } receipt }
            && (await proposals.ProposerContextAsync(HttpContext.RequestAborted))?.OfficerId == proposal.ProposerId
            && (await authorization.AuthorizeAsync(User, proposal, Operations.Read)).Succeeded)
        {
            TempData["Status"] = string.Format(CultureInfo.CurrentCulture, UiText.Proposals_AlreadySubmitted, receipt);
            return RedirectToPage("Details", new { id = proposal.Id });
        }

        return NotFound();
    }

    private async Task<IActionResult> ShowErrorsAsync(OperationResult result, CancellationToken ct)
    {
        // A milestone row's error goes next to that row's field; the rest as for any form of the draft.
        foreach (var error in result.Errors.Where(e => e.Field.StartsWith("Milestones[", StringComparison.Ordinal)))
        {
            ModelState.AddModelError(error.Field, error.Message);
        }

        this.AddErrors(OperationResult.Invalid(result.Errors.Where(e => !e.Field.StartsWith("Milestones[", StringComparison.Ordinal)).ToList()));
        await LoadOptionsAsync(ct);
        return Page();
    }

    private async Task LoadOptionsAsync(CancellationToken ct)
    {
        var (fields, kinds) = await proposals.ReferenceListsAsync(ct);
        FieldOptions = fields.Select(f => new SelectListItem(f.Name, f.Id.ToString(CultureInfo.InvariantCulture))).ToList();
        KindOptions = kinds.Select(k => new SelectListItem(k.Name, k.Id.ToString(CultureInfo.InvariantCulture))).ToList();
        await LoadDraftSectionsAsync(ct);
    }

    private void Fill(Proposal p)
    {
        Version = p.Version;
        ReturnReason = ReturnedDraft.ReasonOf(p);
        Input = new ProposalInput
        {
            Title = p.Title, FieldId = p.FieldId, KindId = p.KindId, StartOn = p.StartOn, EndOn = p.EndOn, Plan = p.Plan,
            IsPilotMechanism = p.IsPilotMechanism,
        };
        Milestones = Rows(p);
    }
}
