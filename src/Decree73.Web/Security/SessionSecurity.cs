using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Decree73.Web.Security;

/// <summary>How long a sign-in lasts and how soon a revoked one ends (section "Sessions").</summary>
public sealed class SessionOptions
{
    public const string Section = "Sessions";

    /// <summary>Signed out after this long without a request (sliding).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "08:00:00")]
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Signed out this long after signing in, however active.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "7.00:00:00")]
    public TimeSpan AbsoluteTimeout { get; set; } = TimeSpan.FromHours(12);

    /// <summary>
    /// How often the cookie is checked against the account's security stamp: logout, a lock, a password or role
    /// change and "sign out everywhere" end the other sessions within this time.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan StampValidationInterval { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// Server-side revocable sessions (ASVS V7): the Identity cookie is re-checked against the security stamp at least
/// every minute, expires after the idle timeout and, whatever the activity, after the absolute timeout.
/// </summary>
public static class SessionSecurity
{
    private const string AbsoluteExpiryItem = ".decree73.absolute-expiry";

    public static IServiceCollection AddSessionSecurity(this IServiceCollection services)
    {
        services.AddOptions<SessionOptions>().BindConfiguration(SessionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SecurityStampValidatorOptions>()
            .Configure<IOptions<SessionOptions>>((o, sessions) => o.ValidationInterval = sessions.Value.StampValidationInterval);
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .PostConfigure<IOptions<SessionOptions>>((o, sessions) =>
            {
                o.ExpireTimeSpan = sessions.Value.IdleTimeout;
                o.SlidingExpiration = true;
                var signingIn = o.Events.OnSigningIn;
                var validate = o.Events.OnValidatePrincipal;
                o.Events.OnSigningIn = context =>
                {
                    // Kept through renewals and stamp refreshes (the items travel with the ticket).
                    if (!context.Properties.Items.ContainsKey(AbsoluteExpiryItem))
                    {
                        var now = context.Options.TimeProvider?.GetUtcNow() ?? DateTimeOffset.UtcNow;
                        context.Properties.Items[AbsoluteExpiryItem] = (now + sessions.Value.AbsoluteTimeout).UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    }

                    return signingIn(context);
                };
                o.Events.OnValidatePrincipal = async context =>
                {
                    var now = context.Options.TimeProvider?.GetUtcNow() ?? DateTimeOffset.UtcNow;
                    if (!context.Properties.Items.TryGetValue(AbsoluteExpiryItem, out var value)
                        || !long.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var ticks)
                        || now.UtcTicks >= ticks)
                    {
                        context.RejectPrincipal();
                        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                        return;
                    }

                    await validate(context);
                };
            });
        return services;
    }
}
