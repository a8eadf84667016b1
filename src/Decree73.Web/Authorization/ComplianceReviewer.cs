using Decree73.Application.Access;
using Decree73.Domain.Access;
using Microsoft.AspNetCore.Authorization;

namespace Decree73.Web.Authorization;

/// <summary>
/// Opens /Compliance to Interior officers and administrators (a grant in some unit). Which subtree each may review is
/// checked again by ComplianceService on every request; a unit outside it is "not found".
/// </summary>
public sealed class ComplianceReviewerRequirement : IAuthorizationRequirement
{
    public const string Policy = "ComplianceReviewer";
}

public sealed class ComplianceReviewerHandler(UserAccess access) : AuthorizationHandler<ComplianceReviewerRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ComplianceReviewerRequirement requirement)
    {
        if ((await access.GrantsAsync()).Any(g => g.Role is AppRole.InteriorOfficer or AppRole.Administrator))
        {
            context.Succeed(requirement);
        }
    }
}
