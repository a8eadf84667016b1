using System.Security.Claims;
using Decree73.Application.Access;
using Decree73.Application.Officers;
using Decree73.Domain.Access;
using Microsoft.AspNetCore.Mvc;

namespace Decree73.Web.ViewComponents;

/// <summary>What the layout's main navigation shows to the signed-in user: the links their roles open and the name in the header.</summary>
public sealed record MainNavigationModel(bool IsAdmin, bool SeesProtection, bool SeesAppraisal, bool SeesCompliance, string UserName);

/// <summary>
/// The layout's navigation, computed here instead of in the view: the links by role (the grants are cached per request by
/// <see cref="UserAccess"/>) and the officer's name with their unit. Renders nothing for an anonymous visitor.
/// </summary>
public sealed class MainNavigationViewComponent(UserAccess access, OfficerService officers) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (UserClaimsPrincipal.Identity?.IsAuthenticated != true)
        {
            return Content(string.Empty);
        }

        var grants = await access.GrantsAsync(HttpContext.RequestAborted);
        var isAdmin = grants.Any(g => g.Role == AppRole.Administrator);
        var name = await officers.HeaderNameOfAccountAsync(UserClaimsPrincipal.FindFirst(ClaimTypes.NameIdentifier)!.Value, HttpContext.RequestAborted)
            ?? UserClaimsPrincipal.Identity!.Name ?? string.Empty;
        return View(new MainNavigationModel(
            IsAdmin: isAdmin,
            // Only deciders and monitors get the link: shown to an ordinary officer it would reveal that a record concerns them
            // (need-to-know, domain.md §7); they reach their record from their officer page.
            SeesProtection: grants.Any(g => g.Role is AppRole.UnitHead or AppRole.InteriorOfficer),
            SeesAppraisal: isAdmin || grants.Any(g => g.Role == AppRole.InteriorOfficer),
            SeesCompliance: grants.Any(g => g.Role is AppRole.InteriorOfficer or AppRole.Administrator),
            UserName: name));
    }
}
