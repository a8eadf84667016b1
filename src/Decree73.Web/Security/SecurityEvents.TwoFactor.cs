using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Decree73.Web.Security;

/// <summary>Second-factor security events (ADR 0013): enrolment, success and failure at sign-in, recovery codes.
/// An administrator's reset is logged by <c>IdentityAccountService.ResetAuthenticatorAsync</c>.</summary>
public static partial class SecurityEvents
{
    [LoggerMessage(EventId = 7101, Level = LogLevel.Information,
        Message = "Security: user {UserId} enrolled an authenticator app from {ClientIp}")]
    public static partial void TwoFactorEnrolled(ILogger logger, string userId, string? clientIp);

    [LoggerMessage(EventId = 7102, Level = LogLevel.Information,
        Message = "Security: user {UserId} passed the second factor with {Method} from {ClientIp}")]
    public static partial void TwoFactorSucceeded(ILogger logger, string userId, string method, string? clientIp);

    [LoggerMessage(EventId = 7103, Level = LogLevel.Warning,
        Message = "Security: second factor failed for {UserId} with {Method} from {ClientIp} (locked: {LockedOut}, consecutive failures: {Failures})")]
    public static partial void TwoFactorFailed(ILogger logger, string userId, string method, string? clientIp, bool lockedOut, int failures);

    [LoggerMessage(EventId = 7104, Level = LogLevel.Warning,
        Message = "Security: user {UserId} signed in with a recovery code from {ClientIp}; {Remaining} codes left")]
    public static partial void RecoveryCodeUsed(ILogger logger, string userId, string? clientIp, int remaining);

    [LoggerMessage(EventId = 7105, Level = LogLevel.Information,
        Message = "Security: user {UserId} generated new recovery codes from {ClientIp}")]
    public static partial void RecoveryCodesRegenerated(ILogger logger, string userId, string? clientIp);

    public static string? ClientAddress(this PageModel page) => ClientIp(page);
}
