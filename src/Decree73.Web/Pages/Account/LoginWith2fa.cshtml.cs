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
/// The second step of signing in (ADR 0013): a code from the authenticator app, or a recovery code. Reached only with
/// Identity's two-factor cookie that a right password sets. Failures go through the same rate limits and progressive
/// delays as passwords (<see cref="LoginProtection"/>, keyed by the account's e-mail) and are security events; wrong
/// authenticator codes also count towards Identity's lockout, which only someone holding the password can trigger.
/// </summary>
[AllowAnonymous]
public sealed class LoginWith2faModel(
    SignInManager<AppUser> signIn, LoginProtection protection, TimeProvider time, ILogger<LoginWith2faModel> logger) : PageModel
{
    [BindProperty]
    public CodeInput Input { get; set; } = new();

    [BindProperty]
    public RecoveryInput Recovery { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    public sealed class CodeInput
    {
        public string Code { get; set; } = "";
    }

    public sealed class RecoveryInput
    {
        public string Code { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/Login") : Page();

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        SignInAsync("Input.Code", AuthenticatorModel.Normalise(Input.Code), TwoFactorText.Code_Required, TwoFactorText.Code_Wrong,
            "authenticator", code => signIn.TwoFactorAuthenticatorSignInAsync(code, RememberMe, rememberClient: false), ct);

    public Task<IActionResult> OnPostRecoveryAsync(CancellationToken ct) =>
        SignInAsync("Recovery.Code", (Recovery.Code ?? "").Trim(), TwoFactorText.SignIn_RecoveryRequired, TwoFactorText.SignIn_RecoveryWrong,
            "recovery code", code => signIn.TwoFactorRecoveryCodeSignInAsync(code), ct);

    private async Task<IActionResult> SignInAsync(
        string field, string code, string required, string wrong, string method, Func<string, Task<SignInResult>> attempt, CancellationToken ct)
    {
        Input.Code = "";
        Recovery.Code = "";
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            return RedirectToPage("/Account/Login");
        }

        if (code.Length == 0)
        {
            ModelState.AddModelError(field, required);
            return Page();
        }

        var accountName = user.Email ?? user.Id;
        var address = HttpContext.Connection.RemoteIpAddress?.ToString();
        if (await protection.TryAcquireAsync(address, accountName, ct) is { } retryAfter)
        {
            logger.LogWarning("Security: sign-in rate limit reached from {ClientIp}", address);
            Response.TooManyRequests(retryAfter);
            ModelState.AddModelError("", UiText.Login_TooManyAttempts);
            return Page();
        }

        if (await protection.DelayForAsync(accountName, ct) is { } delay && delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, time, ct);
        }

        var result = await attempt(code);
        if (result.Succeeded)
        {
            await protection.RecordSuccessAsync(accountName, CancellationToken.None);
            SecurityEvents.TwoFactorSucceeded(logger, user.Id, method, address);
            logger.LogInformation("Security: user {UserId} signed in from {ClientIp}", user.Id, address);
            if (method == "recovery code")
            {
                SecurityEvents.RecoveryCodeUsed(logger, user.Id, address, await signIn.UserManager.CountRecoveryCodesAsync(user));
                TempData["Status"] = TwoFactorText.SignIn_LowRecoveryCodes;
            }

            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        var failures = await protection.RecordFailureAsync(accountName, CancellationToken.None);
        SecurityEvents.TwoFactorFailed(logger, user.Id, method, address, result.IsLockedOut, failures);
        ModelState.AddModelError(field, result.IsLockedOut ? UiText.Login_Failed : wrong);
        return Page();
    }
}
