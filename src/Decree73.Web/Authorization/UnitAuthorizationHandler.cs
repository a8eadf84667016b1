using Decree73.Application.Access;
using Decree73.Domain.Access;
using Decree73.Domain.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Decree73.Web.Authorization;

/// <summary>
/// Rights on a unit (and, through it, on the officers and accounts it holds). Administer: an Administrator grant
/// whose subtree contains the unit. Read: that, or any grant that reaches the unit. Anything else is denied.
/// </summary>
public sealed class UnitAuthorizationHandler(UserAccess access)
    : AuthorizationHandler<OperationAuthorizationRequirement, OrganisationUnit>
{
    protected override async Task HandleRequirementAsync(
        AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, OrganisationUnit unit)
    {
        var grants = await access.GrantsAsync();
        var allowed = requirement.Name switch
        {
            nameof(Operations.Administer) => grants.Any(g => g.Role == AppRole.Administrator && g.Reaches(unit.Path)),
            nameof(Operations.Read) => grants.Any(g => g.Reaches(unit.Path)),
            _ => false,
        };

        if (allowed)
        {
            context.Succeed(requirement);
        }
    }
}
