using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Decree73.Web.Security;

/// <summary>Reverse proxies whose X-Forwarded-For/-Proto are believed (section "ReverseProxy").</summary>
public sealed class ReverseProxyOptions
{
    public const string Section = "ReverseProxy";

    /// <summary>IP addresses of the proxies in front of the app; none by default (forwarded headers are ignored).</summary>
    public List<string> KnownProxies { get; set; } = [];
}

/// <summary>
/// HTTPS behind a proxy (ASVS V12): forwarded headers only from configured proxies, HTTPS redirection and HSTS
/// (one year, subdomains) outside Development, antiforgery cookie Secure over HTTPS, and AllowedHosts so that
/// the Host header echoed in the login redirect can only be the site's own.
/// </summary>
public static class TransportSecurity
{
    public static IServiceCollection AddTransportSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = configuration.GetSection(ReverseProxyOptions.Section).Get<ReverseProxyOptions>() ?? new ReverseProxyOptions();
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies.KnownProxies)
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            o.ForwardLimit = 1;
        });
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });
        services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        // The login redirect is built from the Host header: AllowedHosts (appsettings.json) refuses any other host.
        services.PostConfigure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(
            Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme, o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        return services;
    }
}
