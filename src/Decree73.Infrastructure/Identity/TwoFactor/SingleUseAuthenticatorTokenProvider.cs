using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OtpNet;

namespace Decree73.Infrastructure.Identity.TwoFactor;

/// <summary>
/// Identity's authenticator (TOTP) provider, with each time step accepted once per account (ASVS V6.5.1): Identity
/// alone accepts the same code again for as long as it is in its ±90 s window. Identity checks the code; Otp.NET then
/// says which 30-second step it belongs to (Identity does not tell), and a step not later than the last accepted one
/// is refused. The last step is kept in AspNetUserTokens and saved with the account's concurrency stamp, so two
/// requests racing with one code cannot both succeed.
/// </summary>
public sealed class SingleUseAuthenticatorTokenProvider(TimeProvider time, ILogger<SingleUseAuthenticatorTokenProvider> logger)
    : AuthenticatorTokenProvider<AppUser>
{
    public const string LastStepToken = "AuthenticatorLastStep";

    /// <summary>Identity's window: two steps either side of now.</summary>
    private static readonly VerificationWindow Window = new(previous: 2, future: 2);

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        if (!await base.ValidateAsync(purpose, token, manager, user)
            || await manager.GetAuthenticatorKeyAsync(user) is not { } key
            || !new Totp(Base32Encoding.ToBytes(key)).VerifyTotp(time.GetUtcNow().UtcDateTime, token.Trim(), out var step, Window))
        {
            return false;
        }

        var last = await manager.GetAuthenticationTokenAsync(user, HashedRecoveryCodeUserStore.TokenProvider, LastStepToken);
        if (long.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var lastStep) && step <= lastStep)
        {
            logger.LogWarning("Security: replayed authenticator code refused for {UserId}", user.Id);
            return false;
        }

        try
        {
            var saved = await manager.SetAuthenticationTokenAsync(
                user, HashedRecoveryCodeUserStore.TokenProvider, LastStepToken, step.ToString(CultureInfo.InvariantCulture));
            return saved.Succeeded;
        }
        catch (DbUpdateException)
        {
            // Another request inserted the first step row at the same moment with this code: it won.
            return false;
        }
    }
}
