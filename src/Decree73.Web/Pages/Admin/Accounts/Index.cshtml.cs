using Decree73.Application.Accounts;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Decree73.Web.Pages.Admin.Accounts;

public sealed class IndexModel(IAccountService accounts) : PageModel
{
    public IReadOnlyList<AccountListItem> Accounts { get; private set; } = [];

    /// <summary>The latest UnitHead/InteriorOfficer grants, so that every administrator of the province sees them.</summary>
    public IReadOnlyList<PrivilegedGrantItem> PrivilegedGrants { get; private set; } = [];

    // Filtered by the service to accounts whose officer or grants sit in the user's administered subtrees.
    public async Task OnGetAsync(CancellationToken ct)
    {
        Accounts = await accounts.ListAdministeredAsync(ct);
        PrivilegedGrants = await accounts.RecentPrivilegedGrantsAsync(50, ct);
    }
}
