using Decree73.Application.Access;
using Microsoft.AspNetCore.Authorization;

namespace Decree73.Web.Authorization;

public sealed class RoleAnywhereHandler(UserAccess access) : AuthorizationHandler<RoleAnywhereRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, RoleAnywhereRequirement requirement)
    {
        if ((await access.GrantsAsync()).Any(g => requirement.Roles.Contains(g.Role)))
        {
            context.Succeed(requirement);
        }
    }
}
