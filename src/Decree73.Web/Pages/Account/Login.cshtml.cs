using Decree73.Infrastructure.Identity;
using Decree73.Web.Resources;
using Decree73.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace Decree73.Web.Pages.Account;

/// <summary>
/// Sign-in. An unknown name, a wrong password and a locked account get the same message after the same work (a
/// dummy hash is verified), so the page does not tell which accounts exist; guessing is slowed by rate limits and
/// progressive delays rather than stopped by a lockout a stranger could trigger (<see cref="LoginProtection"/>).
/// </summary>
[AllowAnonymous]
public sealed class LoginModel(SignInManager<AppUser> signIn, LoginProtection protection, TimeProvider time, ILogger<LoginModel> logger) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public sealed class InputModel
    {
        public string Email { get; set; } = "";
        public string Password { get; set; } = "";
        public bool RememberMe { get; set; }
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Input.Email))
        {
            ModelState.AddModelError("Input.Email", UiText.Login_EmailRequired);
        }

        if (string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError("Input.Password", UiText.Login_PasswordRequired);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var address = HttpContext.Connection.RemoteIpAddress?.ToString();
        if (await protection.TryAcquireAsync(address, Input.Email, ct) is { } retryAfter)
        {
            logger.LogWarning("Security: sign-in rate limit reached from {ClientIp}", address);
            Response.TooManyRequests(retryAfter);
            ModelState.AddModelError("", UiText.Login_TooManyAttempts);
            Input.Password = "";
            return Page();
        }

        if (await protection.DelayForAsync(Input.Email, ct) is { } delay && delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, time, ct);
        }

        var user = await signIn.UserManager.FindByEmailAsync(Input.Email.Trim());
        SignInResult result;
        if (user is null)
        {
            protection.VerifyDummy(Input.Password);
            result = SignInResult.Failed;
        }
        else
        {
            // No lockout on failure: a stranger must not be able to lock the owner out. An administrator's lock is
            // still honoured, after the same hashing work as any other attempt.
            result = await signIn.PasswordSignInAsync(user, Input.Password, Input.RememberMe, lockoutOnFailure: false);
            if (result.IsLockedOut)
            {
                protection.VerifyDummy(Input.Password);
            }
        }

        if (result.RequiresTwoFactor)
        {
            // The right password of an account with an authenticator: the second step decides (failures still count).
            logger.LogInformation("Security: user {UserId} passed the password step from {ClientIp}; second factor asked", user!.Id, address);
            return RedirectToPage("/Account/LoginWith2fa", new { ReturnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null, Input.RememberMe });
        }

        if (result.Succeeded)
        {
            await protection.RecordSuccessAsync(Input.Email, CancellationToken.None);
            logger.LogInformation("Security: user {UserId} signed in from {ClientIp}", user!.Id, address);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        var failures = await protection.RecordFailureAsync(Input.Email, CancellationToken.None);
        // The e-mail typed is personal data and is not logged; a known account is identified by id.
        logger.LogWarning("Security: sign-in failed for {UserId} from {ClientIp} (locked: {LockedOut}, consecutive failures: {Failures})",
            user?.Id ?? "(unknown account)", address, result.IsLockedOut, failures);
        ModelState.AddModelError("", UiText.Login_Failed);
        Input.Password = "";
        return Page();
    }
}
