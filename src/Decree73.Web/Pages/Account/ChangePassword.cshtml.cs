using Decree73.Application.Accounts;
using Decree73.Application.Resources;
using Decree73.Infrastructure.Identity;
using Decree73.Infrastructure.Identity.Passwords;
using Decree73.Web.Resources;
using Decree73.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Decree73.Web.Pages.Account;

/// <summary>
/// Any signed-in user changes their own password or ends their other sessions; the resource is the user themself.
/// Wrong current passwords are counted: someone guessing it from an open session is signed out.
/// </summary>
public sealed class ChangePasswordModel(
    UserManager<AppUser> users, SignInManager<AppUser> signIn, LoginProtection protection, ILogger<ChangePasswordModel> logger) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public string CurrentPassword { get; set; } = "";
        public string NewPassword { get; set; } = "";
        public string ConfirmPassword { get; set; } = "";
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (Input.NewPassword.Length < AccountInputValidator.MinimumPasswordLength)
        {
            ModelState.AddModelError("Input.NewPassword", ValidationMessages.Account_PasswordTooShort);
        }
        else if (Input.NewPassword != Input.ConfirmPassword)
        {
            ModelState.AddModelError("Input.ConfirmPassword", UiText.ChangePassword_Mismatch);
        }

        if (ModelState.IsValid)
        {
            // Changing the password renews the security stamp: every other session of the account ends.
            var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
            if (result.Succeeded)
            {
                await protection.RecordSuccessAsync(ChangeKey(user));
                await signIn.RefreshSignInAsync(user);
                logger.LogInformation("Security: user {UserId} changed their password (other sessions ended)", user.Id);
                TempData["Status"] = UiText.ChangePassword_Done;
                return Redirect("/");
            }

            if (result.Errors.Any(e => e.Code == "PasswordMismatch"))
            {
                var failures = await protection.RecordFailureAsync(ChangeKey(user));
                logger.LogWarning("Security: wrong current password for {UserId} on change password ({Failures} in a row)", user.Id, failures);
                if (failures >= protection.ChangePasswordFailuresBeforeSignOut)
                {
                    await protection.RecordSuccessAsync(ChangeKey(user));
                    await users.UpdateSecurityStampAsync(user);
                    await signIn.SignOutAsync();
                    logger.LogWarning("Security: user {UserId} signed out after repeated wrong current passwords", user.Id);
                    return Redirect("/Account/Login");
                }

                ModelState.AddModelError("Input.CurrentPassword", UiText.ChangePassword_CurrentWrong);
            }
            else
            {
                ModelState.AddModelError("Input.NewPassword", PasswordMessages.First(result.Errors));
            }
        }

        Input = new InputModel();
        return Page();
    }

    /// <summary>"Đăng xuất khỏi các thiết bị khác": renews the stamp and signs this browser in again.</summary>
    public async Task<IActionResult> OnPostSignOutOthersAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        await users.UpdateSecurityStampAsync(user);
        await signIn.RefreshSignInAsync(user);
        logger.LogInformation("Security: user {UserId} ended their other sessions", user.Id);
        TempData["Status"] = UiText.ChangePassword_OthersSignedOut;
        return RedirectToPage();
    }

    private static string ChangeKey(AppUser user) => "change-password:" + user.Id;
}
