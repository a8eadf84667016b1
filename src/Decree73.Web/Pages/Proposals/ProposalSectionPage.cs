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
/// A page for one section of a proposal (opinions, progress). Its posts redirect to the details page on success and
/// re-render the section with the errors next to the fields otherwise. The proposal is reloaded and checked for
/// reading (404 otherwise) on every request; whether this person may take the step is the domain's decision.
/// The id is taken from the route only, never from a posted field.
/// </summary>
public abstract class ProposalSectionPage(ProposalService proposals, ProposalWorkflowService workflow, IAuthorizationService authorization)
    : PageModel
{
    public Proposal? Proposal { get; private set; }
    public ProposalActor? Actor { get; private set; }

    [BindProperty]
    public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync([FromRoute] int id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    protected async Task<IActionResult> StepAsync(
        int id, string prefix, string doneMessage, Func<Task<OperationResult>> step, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied)
        {
            return denied;
        }

        if (!ModelState.IsValid)
        {
            return Page();
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
        return Page();
    }

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
    protected virtual Task LoadSectionAsync(Proposal proposal, ProposalActor? actor, CancellationToken ct) => Task.CompletedTask;

    private async Task<IActionResult?> LoadAsync([FromRoute] int id, CancellationToken ct)
    {
        Proposal = await proposals.FindAsync(id, ct);
        if (Proposal is null || !(await authorization.AuthorizeAsync(User, Proposal, Operations.Read)).Succeeded)
        {
            return NotFound();
        }

        Actor = await workflow.ActorAsync(Proposal, ct);
        return null;
    }
}
