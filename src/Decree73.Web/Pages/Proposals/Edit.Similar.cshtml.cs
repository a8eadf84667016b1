using Decree73.Application.Proposals;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Decree73.Web.Pages.Proposals;

/// <summary>Possible duplicates of a saved draft (issue 3), shown above the form by the _Similar partial.</summary>
public sealed partial class EditModel
{
    /// <summary>Proposals with a similar title at the same receiving agency; null for a draft not yet saved.</summary>
    public IReadOnlyList<SimilarProposal>? Similar { get; private set; }

    /// <summary>
    /// Loaded once the handler has decided to render the page (a GET, or a POST refused with its errors), from the title
    /// as it stands then; never for a redirect.
    /// </summary>
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is null && executed.Result is PageResult && Id is { } id)
        {
            Similar = await similarProposals.FindAsync(id, Input.Title, HttpContext.RequestAborted);
        }
    }
}
