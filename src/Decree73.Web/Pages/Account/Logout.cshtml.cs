using System.Security.Claims;
using Decree73.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Decree73.Web.Pages.Account;

/// <summary>
/// Signing out is a POST (with antiforgery); the GET only shows the confirmation. It also renews the account's
/// security stamp, so a copy of the cookie (another tab, another device, a stolen one) stops working too.
/// </summary>
[AllowAnonymous]
public sealed class LogoutModel(SignInManager<AppUser> signIn, ILogger<LogoutModel> logger) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is not null && await signIn.UserManager.GetUserAsync(User) is { } user)
        {
            await signIn.UserManager.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
        // ASVS 14.3.1: the browser drops what it kept of the session (cached pages, cookies, storage) for this site.
        Response.Headers["Clear-Site-Data"] = "\"cache\", \"cookies\", \"storage\"";
        if (userId is not null)
        {
            logger.LogInformation("Security: user {UserId} signed out (every session ended)", userId);
        }

        return RedirectToPage();
    }
}
