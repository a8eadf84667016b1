using Decree73.Application.Protection;
using Decree73.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Decree73.Web.Pages.Protection;

/// <summary>One protection record, printable, with its signed decision. Anyone ProtectionAccess does not let see it gets 404.</summary>
public sealed class DetailsModel(ProtectionService protection) : PageModel
{
    public ProtectionDetails? Record { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromRoute] int id, CancellationToken ct)
    {
        Record = await protection.DetailsAsync(id, ct);
        return Record is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnGetFileAsync([FromRoute] int id, CancellationToken ct)
    {
        return this.DownloadOrNotFound(await protection.OpenSignedFileAsync(id, ct));
    }
}
