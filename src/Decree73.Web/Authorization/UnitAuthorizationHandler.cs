using Decree73.Application.Access;
using Decree73.Domain.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Decree73.Web.Authorization;

/// <summary>
/// Rights on a unit (and, through it, on the officers and accounts it holds), decided by <see cref="UserAccess"/>:
/// Administer (<see cref="UserAccess.MayAdministerUnitAsync"/>), Read (<see cref="UserAccess.MayReadUnitAsync"/>).
/// Anything else is denied.
/// </summary>
public sealed class UnitAuthorizationHandler(UserAccess access)
    : AuthorizationHandler<OperationAuthorizationRequirement, OrganisationUnit>
{
    protected override async Task HandleRequirementAsync(
        AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, OrganisationUnit unit)
    {
        var allowed = requirement.Name switch
        {
            nameof(Operations.Administer) => await access.MayAdministerUnitAsync(unit.Path),
            nameof(Operations.Read) => await access.MayReadUnitAsync(unit.Path),
            _ => false,
        };

        if (allowed)
        {
            context.Succeed(requirement);
        }
    }
}
