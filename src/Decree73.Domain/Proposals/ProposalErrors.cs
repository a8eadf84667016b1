using Decree73.Domain.Common;

namespace Decree73.Domain.Proposals;

public static class ProposalErrors
{
    public static readonly DomainError InvalidState = new("Proposal.InvalidState");
    public static readonly DomainError NotTheProposer = new("Proposal.NotTheProposer");
    public static readonly DomainError NotTheDecidingHead = new("Proposal.NotTheDecidingHead");
    public static readonly DomainError OwnProposal = new("Proposal.OwnProposal");
    public static readonly DomainError NotAnImplementer = new("Proposal.NotAnImplementer");
    public static readonly DomainError NotEligible = new("Proposal.NotEligible");
    public static readonly DomainError PartyOpinionMissing = new("Proposal.PartyOpinionMissing");
    public static readonly DomainError ReasonRequired = new("Proposal.ReasonRequired", "Reason");
    public static readonly DomainError DecisionRequired = new("Proposal.DecisionRequired", "Decision");
    public static readonly DomainError NoVotes = new("Proposal.NoVotes");
    public static readonly DomainError HeadDidNotVote = new("Proposal.HeadDidNotVote");
    public static readonly DomainError ProposerCannotVote = new("Proposal.ProposerCannotVote");
    public static readonly DomainError DuplicateVoter = new("Proposal.DuplicateVoter");
    public static readonly DomainError EvaluationNotAdopted = new("Proposal.EvaluationNotAdopted");
}
