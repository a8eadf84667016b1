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
    public static readonly DomainError VoterNotInLeadership = new("Proposal.VoterNotInLeadership");
    public static readonly DomainError EvaluationNotAdopted = new("Proposal.EvaluationNotAdopted");
    public static readonly DomainError AddresseeRequired = new("Proposal.AddresseeRequired", "Addressee");
    public static readonly DomainError OpinionDueBeforeRequest = new("Proposal.OpinionDueBeforeRequest", "DueOn");
    public static readonly DomainError OnlyPartyOpinionAtEvaluation = new("Proposal.OnlyPartyOpinionAtEvaluation", "Kind");
    public static readonly DomainError OpinionRequestNotFound = new("Proposal.OpinionRequestNotFound");
    public static readonly DomainError OpinionAlreadyAnswered = new("Proposal.OpinionAlreadyAnswered");
    public static readonly DomainError OpinionRequestClosed = new("Proposal.OpinionRequestClosed");
    public static readonly DomainError ResponseRequired = new("Proposal.ResponseRequired", "Text");
    public static readonly DomainError MilestoneTitleRequired = new("Proposal.MilestoneTitleRequired", "Title");
    public static readonly DomainError MilestoneOutsidePlan = new("Proposal.MilestoneOutsidePlan", "DueOn");
    public static readonly DomainError MilestoneNotFound = new("Proposal.MilestoneNotFound", "MilestoneId");
    public static readonly DomainError MilestoneAlreadyDone = new("Proposal.MilestoneAlreadyDone", "MilestoneId");
    public static readonly DomainError PercentOutOfRange = new("Proposal.PercentOutOfRange", "Percent");
    public static readonly DomainError PercentDecreaseNeedsNote = new("Proposal.PercentDecreaseNeedsNote", "Text");
    public static readonly DomainError DuplicateImplementer = new("Proposal.DuplicateImplementer", "Implementers");
    public static readonly DomainError ImplementerOutOfScope = new("Proposal.ImplementerOutOfScope", "Implementers");
    public static readonly DomainError CompletionReportTooShort = new("Proposal.CompletionReportTooShort", "Report");
    public static readonly DomainError RosterIncomplete = new("Proposal.RosterIncomplete", "Roster");
    public static readonly DomainError MeetingDateRequired = new("Proposal.MeetingDateRequired", "MeetingOn");
    public static readonly DomainError MeetingDateInvalid = new("Proposal.MeetingDateInvalid", "MeetingOn");
    public static readonly DomainError RejectBeforeVote = new("Proposal.RejectBeforeVote");
    public static readonly DomainError EscalationTargetRequired = new("Proposal.EscalationTargetRequired", "EscalateTo");
    public static readonly DomainError NoVotePending = new("Proposal.NoVotePending");
    public static readonly DomainError HeadKeepsMinutes = new("Proposal.HeadKeepsMinutes");
    public static readonly DomainError PositionNoteTooLong = new("Proposal.PositionNoteTooLong", "Note");
    public static readonly DomainError EscalationTargetNotAbove = new("Proposal.EscalationTargetNotAbove", "EscalateTo");
}
