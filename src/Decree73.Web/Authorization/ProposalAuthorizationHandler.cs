using Decree73.Application.Proposals;
using Decree73.Domain.Proposals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Decree73.Web.Authorization;

/// <summary>
/// Read: see <see cref="ProposalAccess"/>. EditDraft: the proposer, while it is a draft. RecordOwnVote: a deputy of the
/// deciding agency's leadership, not the proposer, while a vote is pending. Anything else: denied.
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
            nameof(Operations.EditDraft) => proposal.State == ProposalState.Draft && await access.IsProposerAsync(proposal),
            nameof(Operations.RecordOwnVote) => await access.MayRecordPositionAsync(proposal),
            _ => false,
        };

        if (allowed)
        {
            context.Succeed(requirement);
        }
    }
}
