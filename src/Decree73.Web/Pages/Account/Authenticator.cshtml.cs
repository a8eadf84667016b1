using System.Text;
using Decree73.Infrastructure.Identity;
using Decree73.Web.Resources;
using Decree73.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QRCoder;

namespace Decree73.Web.Pages.Account;

/// <summary>
/// Enrolment of an authenticator app (ADR 0013): Identity's key shown as a QR code drawn on the server (a PNG data
/// URL: no script) and as grouped text; a right code turns the second factor on, and the 10 recovery codes are shown
/// once, in the answer to that post. The one page an account that must enrol can reach (<see cref="TwoFactorEnforcement"/>).
/// </summary>
public sealed class AuthenticatorModel(
    UserManager<AppUser> users, SignInManager<AppUser> signIn, TwoFactorRequirement requirement, ILogger<AuthenticatorModel> logger) : PageModel
{
    public const string Issuer = "Decree73";
    public const int RecoveryCodeCount = 10;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public string Code { get; set; } = "";
    }

    public bool Enabled { get; private set; }
    public bool Required { get; private set; }
    public string SharedKey { get; private set; } = "";
    public string QrCodeDataUrl { get; private set; } = "";

    /// <summary>Set only in the answer to a successful enrolment: shown once, never stored in plain text.</summary>
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        await LoadAsync(user, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (await users.GetTwoFactorEnabledAsync(user))
        {
            return RedirectToPage();
        }

        var code = Normalise(Input.Code);
        if (code.Length == 0)
        {
            ModelState.AddModelError("Input.Code", TwoFactorText.Code_Required);
        }
        else if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError("Input.Code", TwoFactorText.Code_Wrong);
        }

        if (!ModelState.IsValid)
        {
            Input.Code = "";
            await LoadAsync(user, ct);
            return Page();
        }

        // Turning it on renews the security stamp (other sessions end); this one is renewed.
        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
        await signIn.RefreshSignInAsync(user);
        SecurityEvents.TwoFactorEnrolled(logger, user.Id, this.ClientAddress());
        Enabled = true;
        return Page();
    }

    private async Task LoadAsync(AppUser user, CancellationToken ct)
    {
        Enabled = await users.GetTwoFactorEnabledAsync(user);
        Required = await requirement.RequiredAsync(ct);
        if (Enabled)
        {
            return;
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }

        SharedKey = Grouped(key);
        var email = await users.GetEmailAsync(user) ?? user.Id;
        var uri = $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(email)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        QrCodeDataUrl = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5));
    }

    /// <summary>Spaces and dashes typed with the code are ignored.</summary>
    internal static string Normalise(string? code) => (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Trim();

    /// <summary>"abcd efgh ijkl …": groups of four, lower case, easier to copy by hand.</summary>
    private static string Grouped(string key)
    {
        var result = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            result.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return result.ToString().TrimEnd().ToLowerInvariant();
    }
}
