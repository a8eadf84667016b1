using System.Security.Claims;
using Decree73.Application.Access;
using Decree73.Application.Officers;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Decree73.Web.Pages;

public sealed class IndexModel(UserAccess access, OfficerService officers) : PageModel
{
    public IReadOnlyList<GrantScope> Grants { get; private set; } = [];

    /// <summary>The officer's name when the account belongs to one, else the account's e-mail.</summary>
    public string DisplayName { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        Grants = await access.GrantsAsync(ct);
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        DisplayName = await officers.NameOfAccountAsync(userId, ct) ?? User.Identity!.Name ?? "";
    }
}
