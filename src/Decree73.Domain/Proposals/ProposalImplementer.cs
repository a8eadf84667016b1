using Decree73.Domain.Common;

namespace Decree73.Domain.Proposals;

/// <summary>An officer the head assigned to carry out the plan in the implementation decision (Art. 8, Art. 10).</summary>
public sealed class ProposalImplementer : Entity, IProposalOwned
{
    private ProposalImplementer() { }

    internal ProposalImplementer(int officerId) => OfficerId = officerId;

    public int ProposalId { get; private set; }
    public int OfficerId { get; private set; }
}
