using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Decree73.Web.Security;

/// <summary>
/// Security events for need-to-know reads: who opened a protection record or its signed decision, an officer's
/// innovation record or appraisal, and who took data out of the system as a file. One line each in the log, with the
/// user id, the client address and (from the log context) the trace id; never a name, an e-mail or the content.
/// </summary>
public static partial class SecurityEvents
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Information,
        Message = "Security: user {UserId} viewed {Resource} {ResourceId} from {ClientIp}")]
    private static partial void Viewed(ILogger logger, string? userId, string resource, string resourceId, string? clientIp);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Information,
        Message = "Security: user {UserId} downloaded {Resource} {ResourceId} from {ClientIp}")]
    private static partial void Downloaded(ILogger logger, string? userId, string resource, string resourceId, string? clientIp);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Information,
        Message = "Security: user {UserId} exported {Export} as {Format} from {ClientIp}")]
    private static partial void Exported(ILogger logger, string? userId, string export, string format, string? clientIp);

    public static void LogViewed(this PageModel page, ILogger logger, string resource, object resourceId) =>
        Viewed(logger, UserId(page), resource, Convert.ToString(resourceId, System.Globalization.CultureInfo.InvariantCulture) ?? "", ClientIp(page));

    public static void LogDownloaded(this PageModel page, ILogger logger, string resource, object resourceId) =>
        Downloaded(logger, UserId(page), resource, Convert.ToString(resourceId, System.Globalization.CultureInfo.InvariantCulture) ?? "", ClientIp(page));

    public static void LogExported(this PageModel page, ILogger logger, string export, string format) =>
        Exported(logger, UserId(page), export, format, ClientIp(page));

    private static string? UserId(PageModel page) => page.User.FindFirstValue(ClaimTypes.NameIdentifier);

    private static string? ClientIp(PageModel page) => page.HttpContext.Connection.RemoteIpAddress?.ToString();
}
