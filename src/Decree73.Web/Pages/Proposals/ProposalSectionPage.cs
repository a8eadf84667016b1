using Decree73.Application.Common;
using Decree73.Application.Proposals;
using Decree73.Domain.Proposals;
using Decree73.Web.Authorization;
using Decree73.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

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
        switch (result.Status)
        {
            case OperationStatus.Ok:
                TempData["Status"] = doneMessage;
                return RedirectToPage("Details", new { id });
            case OperationStatus.NotFound:
                return NotFound();
            case OperationStatus.Forbidden:
                return Forbid();
        }

        this.AddErrors(result, prefix);
        return Page();
    }

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
