using Decree73.Application.Common;
using Decree73.Application.Proposals;
using Decree73.Domain.Proposals;
using Decree73.Web.Authorization;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Decree73.Web.Forms;

namespace Decree73.Web.Pages.Proposals;

/// <summary>
/// A page for one section of a proposal (opinions, progress, conditions, result notice). A post is one service call,
/// which loads the proposal once and decides who may take the step (404 for who may not read it, 403 or the domain's
/// refusal for who may not act); on success it redirects to the details page without loading anything more. Only a
/// GET or a refused post loads the proposal for the page (404 when it may not be read) and re-renders the section with
/// the errors next to the fields. The id is taken from the route only, never from a posted field.
/// </summary>
public abstract class ProposalSectionPage(ProposalDetailsQuery details, ProposalWorkflowService workflow, IAuthorizationService authorization)
    : PageModel
{
    /// <summary>The proposal as the page shows it (the read model, never the entity), once it was found readable.</summary>
    public ProposalDetails? Proposal { get; private set; }
    public ProposalActor? Actor { get; private set; }

    [BindProperty]
    public int Version { get; set; }

    public Task<IActionResult> OnGetAsync([FromRoute] int id, CancellationToken ct) => ShowAsync(id, ct);

    protected async Task<IActionResult> StepAsync(
        int id, string prefix, string doneMessage, Func<Task<OperationResult>> step, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            // What the form alone shows to be wrong: nothing is sent, the section comes back with its errors.
            return await ShowAsync(id, ct);
        }

        var result = await step();
        if (this.Refusal(result) is { } refused)
        {
            return refused;
        }

        if (result.Succeeded)
        {
            TempData["Status"] = doneMessage;
            return RedirectToPage("Details", new { id });
        }

        this.AddErrors(result, prefix);
        return await ShowAsync(id, ct);
    }

    /// <summary>The page, or 404 when the proposal does not exist for this user.</summary>
    private async Task<IActionResult> ShowAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    /// <summary>
    /// The section's data is loaded once the handler has decided to render the page (a GET, or a POST refused with its
    /// errors), never for a redirect; the section's partial only renders it.
    /// </summary>
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is null && executed.Result is PageResult && Proposal is not null)
        {
            await LoadSectionAsync(Proposal, Actor, HttpContext.RequestAborted);
        }
    }

    /// <summary>Loads what the page's section shows, through <see cref="ProposalPageQuery"/>; nothing for a page that shows only the proposal.</summary>
    protected virtual Task LoadSectionAsync(ProposalDetails proposal, ProposalActor? actor, CancellationToken ct) => Task.CompletedTask;

    private async Task<IActionResult?> LoadAsync([FromRoute] int id, CancellationToken ct)
    {
        // The row alone (no records) is what the access rules decide on; the page then shows the read model.
        var row = await details.RowAsync(id, ct);
        if (row is null || !(await authorization.AuthorizeAsync(User, row, Operations.Read)).Succeeded)
        {
            return NotFound();
        }

        Actor = await workflow.ActorAsync(row, ct);
        Proposal = await details.BuildAsync(row, ct);
        return null;
    }
}
