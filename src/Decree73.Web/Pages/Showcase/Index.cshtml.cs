using Decree73.Application.Common;
using Decree73.Application.Showcase;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Decree73.Web.Pages.Showcase;

/// <summary>The published models of the user's province, newest first.</summary>
public sealed class IndexModel(ShowcaseService showcase) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    public KeysetPage<ShowcaseItem> Results { get; private set; } = new([], null);

    public async Task OnGetAsync(CancellationToken ct) => Results = await showcase.ListAsync(After, PageSize, ct);
}
