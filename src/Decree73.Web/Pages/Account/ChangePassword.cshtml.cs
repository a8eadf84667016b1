using Decree73.Application.Accounts;
using Decree73.Application.Resources;
using Decree73.Infrastructure.Identity;
using Decree73.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Decree73.Web.Pages.Account;

/// <summary>Any signed-in user changes their own password; the resource is the user themself.</summary>
public sealed class ChangePasswordModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, ILogger<ChangePasswordModel> logger) : PageModel
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
            var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
            if (result.Succeeded)
            {
                await signIn.RefreshSignInAsync(user);
                logger.LogInformation("User {UserId} changed their password", user.Id);
                TempData["Status"] = UiText.ChangePassword_Done;
                return Redirect("/");
            }

            ModelState.AddModelError(
                result.Errors.Any(e => e.Code == "PasswordMismatch") ? "Input.CurrentPassword" : "Input.NewPassword",
                result.Errors.Any(e => e.Code == "PasswordMismatch") ? UiText.ChangePassword_CurrentWrong : ValidationMessages.Account_PasswordRejected);
        }

        Input = new InputModel();
        return Page();
    }
}
