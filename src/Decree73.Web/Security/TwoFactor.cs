using System.ComponentModel.DataAnnotations;
using Decree73.Application.Access;
using Decree73.Domain.Access;
using Decree73.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Decree73.Web.Security;

/// <summary>Who must use an authenticator app (section "Authentication").</summary>
public sealed class TwoFactorOptions : IValidatableObject
{
    public const string Section = "Authentication";

    /// <summary>
    /// Comma-separated role names whose holders must enrol an authenticator app and enter its code at every sign-in;
    /// an empty string requires it of nobody (enrolment stays possible for anyone).
    /// </summary>
    public string TwoFactorRequiredRoles { get; set; } = "Administrator,UnitHead,InteriorOfficer";

    /// <summary>The parsed roles; unknown names are refused at start-up by <see cref="Validate"/>.</summary>
    public IReadOnlySet<AppRole> RequiredRoles =>
        Names().Select(n => Enum.TryParse<AppRole>(n, ignoreCase: true, out var role) && Enum.IsDefined(role) ? role : (AppRole?)null)
            .OfType<AppRole>().ToHashSet();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var unknown = Names().Where(n => !Enum.TryParse<AppRole>(n, ignoreCase: true, out var role) || !Enum.IsDefined(role) || int.TryParse(n, out _)).ToList();
        if (unknown.Count > 0)
        {
            yield return new ValidationResult(
                $"Authentication:TwoFactorRequiredRoles holds unknown role(s) {string.Join(", ", unknown)}; known roles: {string.Join(", ", Enum.GetNames<AppRole>())}.",
                [nameof(TwoFactorRequiredRoles)]);
        }
    }

    private IEnumerable<string> Names() =>
        (TwoFactorRequiredRoles ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>
/// Whether the signed-in account must use a second factor, and whether it has enrolled. Role grants are read per
/// request (<see cref="UserAccess"/>), so a role granted later applies at the next request.
/// </summary>
public sealed class TwoFactorRequirement(IOptions<TwoFactorOptions> options, UserAccess access, UserManager<AppUser> users)
{
    public async Task<bool> RequiredAsync(CancellationToken ct = default)
    {
        var required = options.Value.RequiredRoles;
        return required.Count > 0 && (await access.GrantsAsync(ct)).Any(g => required.Contains(g.Role));
    }

    /// <summary>True when the account's roles ask for a second factor that it has not enrolled yet.</summary>
    public async Task<bool> MustEnrolAsync(System.Security.Claims.ClaimsPrincipal principal, CancellationToken ct = default)
    {
        if (!await RequiredAsync(ct))
        {
            return false;
        }

        var user = await users.GetUserAsync(principal);
        return user is null || !await users.GetTwoFactorEnabledAsync(user);
    }
}

/// <summary>
/// Enforcement on the server: a signed-in account whose role requires a second factor and that has not enrolled
/// reaches only the enrolment page and sign-out (static files are served before this). Anything else is redirected
/// to the enrolment page (a GET) or refused with 403 (any other method).
/// </summary>
public static class TwoFactorEnforcement
{
    public const string EnrolPath = "/Account/Authenticator";

    private static readonly string[] Allowed = [EnrolPath, "/Account/Logout", "/Account/AccessDenied", "/Error", "/StatusCode"];

    public static IServiceCollection AddTwoFactor(this IServiceCollection services)
    {
        services.AddOptions<TwoFactorOptions>().BindConfiguration(TwoFactorOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<TwoFactorRequirement>();
        return services;
    }

    public static IApplicationBuilder UseTwoFactorEnforcement(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.User.Identity?.IsAuthenticated != true
                || Allowed.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase))
                || context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
                || !await context.RequestServices.GetRequiredService<TwoFactorRequirement>().MustEnrolAsync(context.User, context.RequestAborted))
            {
                await next(context);
                return;
            }

            if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            {
                context.Response.Redirect(EnrolPath);
                return;
            }

            context.Response.StatusCode = StatusCodes.Status403Forbidden;
        });
}
