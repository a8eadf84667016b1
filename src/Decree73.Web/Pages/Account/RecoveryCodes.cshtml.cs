using Decree73.Infrastructure.Identity;
using Decree73.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Decree73.Web.Pages.Account;

/// <summary>
/// How many recovery codes are left, and a new set of 10 (the old ones stop working), shown once in the answer to
/// the post. Only for an account with the second factor on.
/// </summary>
public sealed class RecoveryCodesModel(UserManager<AppUser> users, ILogger<RecoveryCodesModel> logger) : PageModel
{
    public bool Enabled { get; private set; }
    public int Remaining { get; private set; }
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        Enabled = await users.GetTwoFactorEnabledAsync(user);
        Remaining = Enabled ? await users.CountRecoveryCodesAsync(user) : 0;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        Enabled = await users.GetTwoFactorEnabledAsync(user);
        if (!Enabled)
        {
            return Page();
        }

        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, AuthenticatorModel.RecoveryCodeCount))?.ToList() ?? [];
        Remaining = RecoveryCodes.Count;
        SecurityEvents.RecoveryCodesRegenerated(logger, user.Id, this.ClientAddress());
        return Page();
    }
}
