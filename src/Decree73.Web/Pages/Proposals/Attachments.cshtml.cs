using Decree73.Application.Attachments;
using Decree73.Application.Common;
using Decree73.Application.Proposals;
using Decree73.Domain.Proposals;
using Decree73.Web.Authorization;
using Decree73.Web.Forms;
using Decree73.Web.Hosting;
using Decree73.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Decree73.Web.Pages.Proposals;

/// <summary>
/// A proposal's files: upload (multipart), download and delete. The list itself is the _Attachments partial, shown on
/// the proposal page and here, where a refused upload is shown again with its message next to the field. Each post is
/// one service call that loads the proposal and checks access by resource itself; only a refused post loads the page.
/// </summary>
public sealed class AttachmentsModel(
    ProposalDetailsQuery details,
    AttachmentService attachments,
    IAuthorizationService authorization,
    ProposalPageQuery pageQuery) : PageModel
{
    public const string FileKey = "Upload." + AttachmentService.FileField;

    /// <summary>The proposal as the page shows it (the read model, never the entity), once it was found readable.</summary>
    public ProposalDetails? Proposal { get; private set; }

    /// <summary>The proposal's row (no records): what the access rules decide on.</summary>
    private Proposal? row;

    /// <summary>The files and the upload form, loaded only when the page is rendered (not for a download or a redirect).</summary>
    public AttachmentsView? Section { get; private set; }

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is null && executed.Result is PageResult && row is not null)
        {
            Proposal = await details.BuildAsync(row, HttpContext.RequestAborted);
            Section = await pageQuery.AttachmentsAsync(row, Proposal, HttpContext.RequestAborted);
        }
    }

    [BindProperty]
    public UploadInput Upload { get; set; } = new();

    public sealed class UploadInput
    {
        public AttachmentKind? Kind { get; set; }
        public IFormFile? File { get; set; }
        public int? DecisionId { get; set; }
    }

    /// <param name="tooLarge">Set by <see cref="Infrastructure.AttachmentUploadLimits"/> when the request body was refused unread.</param>
    public async Task<IActionResult> OnGetAsync([FromRoute] int id, bool tooLarge, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied)
        {
            return denied;
        }

        if (tooLarge)
        {
            ModelState.AddModelError(FileKey, attachments.TooLargeMessage());
        }

        return Page();
    }

    /// <summary>One service call, which loads the proposal and decides who may add what; only a refused upload loads the page.</summary>
    public async Task<IActionResult> OnPostUploadAsync([FromRoute] int id, CancellationToken ct)
    {
        if (Upload.Kind is null)
        {
            ModelState.AddModelError("Upload.Kind", UiText.Attach_KindRequired);
        }

        if (!ModelState.IsValid)
        {
            return await ShowAsync(id, ct);
        }

        await using var content = Upload.File?.OpenReadStream() ?? Stream.Null;
        var result = await attachments.UploadAsync(
            id, new AttachmentUpload(Upload.Kind!.Value, Upload.File?.FileName, Upload.File?.Length ?? 0, content, Upload.DecisionId), ct);
        if (this.Refusal(result) is { } refused)
        {
            return refused;
        }

        if (result.Succeeded)
        {
            TempData["Status"] = UiText.Attach_Uploaded;
            return RedirectToPage("Details", null, new { id }, "attachments-heading");
        }

        this.AddErrors(result, "Upload");
        return await ShowAsync(id, ct);
    }

    public async Task<IActionResult> OnGetDownloadAsync([FromRoute] int id, int attachmentId, CancellationToken ct)
    {
        return this.DownloadOrNotFound(await attachments.OpenAsync(id, attachmentId, ct));
    }

    public async Task<IActionResult> OnPostDeleteAsync([FromRoute] int id, int attachmentId, CancellationToken ct)
    {
        var result = await attachments.DeleteAsync(id, attachmentId, ct);
        if (this.Refusal(result) is { } refused)
        {
            return refused;
        }

        if (result.Succeeded)
        {
            TempData["Status"] = UiText.Common_Deleted;
            return RedirectToPage("Details", null, new { id }, "attachments-heading");
        }

        foreach (var error in result.Errors)
        {
            ModelState.AddModelError("", error.Message);
        }

        return await ShowAsync(id, ct);
    }

    /// <summary>The page, or 404 when the proposal does not exist for this user.</summary>
    private async Task<IActionResult> ShowAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    private async Task<IActionResult?> LoadAsync([FromRoute] int id, CancellationToken ct)
    {
        row = await details.RowAsync(id, ct);
        // Need to know: a proposal this user may not read does not exist for them.
        if (row is null || !(await authorization.AuthorizeAsync(User, row, Operations.Read)).Succeeded)
        {
            return NotFound();
        }

        return null;
    }
}
