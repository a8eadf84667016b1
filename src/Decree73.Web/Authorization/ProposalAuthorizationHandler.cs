using Decree73.Application.Proposals;
using Decree73.Domain.Proposals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Decree73.Web.Authorization;

/// <summary>
/// An adapter, deciding nothing itself: each operation is the rule of the same name in <see cref="ProposalAccess"/>
/// (Read, EditDraft, RecordOwnVote). Anything else: denied.
/// </summary>
public sealed class ProposalAuthorizationHandler(ProposalAccess access)
    : AuthorizationHandler<OperationAuthorizationRequirement, Proposal>
{
    protected override async Task HandleRequirementAsync(
        AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, Proposal proposal)
    {
        var allowed = requirement.Name switch
        {
            nameof(Operations.Read) => await access.CanReadAsync(proposal),
            nameof(Operations.EditDraft) => await access.MayEditDraftAsync(proposal),
            nameof(Operations.RecordOwnVote) => await access.MayRecordPositionAsync(proposal),
            _ => false,
        };

        if (allowed)
        {
            context.Succeed(requirement);
        }
    }
}
