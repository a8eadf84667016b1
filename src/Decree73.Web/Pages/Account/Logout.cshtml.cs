using System.Security.Claims;
using Decree73.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Decree73.Web.Pages.Account;

/// <summary>Signing out is a POST (with antiforgery); the GET only shows the confirmation.</summary>
[AllowAnonymous]
public sealed class LogoutModel(SignInManager<AppUser> signIn, ILogger<LogoutModel> logger) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        await signIn.SignOutAsync();
        if (userId is not null)
        {
            logger.LogInformation("User {UserId} signed out", userId);
        }

        return RedirectToPage();
    }
}
