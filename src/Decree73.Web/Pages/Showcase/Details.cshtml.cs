using Decree73.Application.Showcase;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Decree73.Web.Pages.Showcase;

/// <summary>One published model; withdrawn, unknown or of another province: not found.</summary>
public sealed class DetailsModel(ShowcaseService showcase) : PageModel
{
    public ShowcaseItem? Item { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromRoute] int id, CancellationToken ct)
    {
        Item = await showcase.GetAsync(id, ct);
        return Item is null ? NotFound() : Page();
    }
}
