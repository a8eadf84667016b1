namespace Decree73.Web.Security;

/// <summary>
/// Headers every response carries (pages, error pages, downloads, static files): no framing, no type sniffing,
/// no inline script, no referrer outside the site, no powerful browser features. A response that set its own
/// Content-Security-Policy or Cache-Control (a download's sandbox) keeps it.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>No inline script or style anywhere: the pages use wwwroot/js and wwwroot/css only.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
        + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                if (!headers.ContainsKey("Content-Security-Policy"))
                {
                    headers.ContentSecurityPolicy = ContentSecurityPolicy;
                }

                headers.XFrameOptions = "DENY";
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "same-origin";
                headers["Permissions-Policy"] = PermissionsPolicy;
                headers["Cross-Origin-Opener-Policy"] = "same-origin";

                // Anything produced by an endpoint (a page, an export, an error page, health) may hold personal
                // data and is never stored by a browser or a proxy; static files (no endpoint) stay cacheable.
                if (context.GetEndpoint() is not null || context.User.Identity?.IsAuthenticated == true)
                {
                    headers.CacheControl = "no-store";
                    headers.Pragma = "no-cache";
                }

                return Task.CompletedTask;
            });
            return next(context);
        });
}
