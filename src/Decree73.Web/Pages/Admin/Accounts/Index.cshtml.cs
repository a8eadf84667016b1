using Decree73.Application.Accounts;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Decree73.Web.Pages.Admin.Accounts;

public sealed class IndexModel(IAccountService accounts) : PageModel
{
    public IReadOnlyList<AccountListItem> Accounts { get; private set; } = [];

    // Filtered by the service to accounts whose officer or grants sit in the user's administered subtrees.
    public async Task OnGetAsync(CancellationToken ct) => Accounts = await accounts.ListAdministeredAsync(ct);
}
