using Decree73.Application.Access;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Decree73.Web.Pages;

public sealed class IndexModel(UserAccess access) : PageModel
{
    public IReadOnlyList<GrantScope> Grants { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Grants = await access.GrantsAsync(ct);
}
