using Decree73.Application.Access;
using Microsoft.AspNetCore.Authorization;

namespace Decree73.Web.Authorization;

/// <summary>An adapter over <see cref="UserAccess.HasAnyRoleAsync"/>.</summary>
public sealed class RoleAnywhereHandler(UserAccess access) : AuthorizationHandler<RoleAnywhereRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, RoleAnywhereRequirement requirement)
    {
        if (await access.HasAnyRoleAsync(requirement.Roles))
        {
            context.Succeed(requirement);
        }
    }
}
