using Decree73.Domain.Common;
using Decree73.Domain.Proposals;
using Xunit;

namespace Decree73.UnitTests;

/// <summary>The rules of particular steps: who may take them, reasons, the vote's conditions, escalation, evaluation and resubmission.</summary>
public sealed partial class ProposalTransitionTests
{
    [Fact]
    public void A_head_can_never_decide_on_their_own_proposal()
    {
        var selfHead = new ProposalActor(ProposerId, IsDecidingHead: true);
        var proposal = Reach(ProposalState.Submitted);

        Assert.Equal(ProposalErrors.OwnProposal, proposal.RecordVote(selfHead, [new(ProposerId, true)], false, Meeting).Error);
        Assert.Equal(ProposalErrors.OwnProposal, proposal.Reject(selfHead, "x").Error);
        Assert.Equal(ProposalState.Submitted, proposal.State);
    }

    [Fact]
    public void Only_the_proposer_submits_and_only_when_eligible()
    {
        var proposal = Reach(ProposalState.Draft);
        var when = new DateTime(2026, 3, 2, 2, 0, 0, DateTimeKind.Utc);

        Assert.Equal(ProposalErrors.NotTheProposer, proposal.Submit(Head, true, "1", when, new DateOnly(2026, 3, 11)).Error);
        Assert.Equal(ProposalErrors.NotEligible, proposal.Submit(Proposer, false, "1", when, new DateOnly(2026, 3, 11)).Error);
        Assert.Equal(ProposalState.Draft, proposal.State);
        Assert.Null(proposal.ReceiptNumber);
    }

    [Fact]
    public void Completion_is_reported_by_the_proposer_or_an_implementer_only()
    {
        Assert.Equal(ProposalErrors.NotAnImplementer, Reach(ProposalState.InProgress).ReportCompletion(Outsider, Report, At).Error);
        Assert.Equal(ProposalErrors.NotAnImplementer, Reach(ProposalState.InProgress).ReportCompletion(Head, Report, At).Error);
        Assert.True(Reach(ProposalState.InProgress).ReportCompletion(Implementer, Report, At).IsSuccess);
        Assert.True(Reach(ProposalState.InProgress).ReportCompletion(Proposer, Report, At).IsSuccess);
    }

    [Fact]
    public void The_vote_needs_the_party_opinion_when_the_setting_requires_it()
    {
        var proposal = Reach(ProposalState.Submitted);

        Assert.Equal(ProposalErrors.PartyOpinionMissing, proposal.RecordVote(Head, Passing, partyOpinionRequired: true, Meeting).Error);
        Assert.True(proposal.RecordPartyOpinion(Head).IsSuccess);
        Assert.True(proposal.RecordVote(Head, Passing, partyOpinionRequired: true, Meeting).IsSuccess);
        Assert.Equal(ProposalState.Approved, proposal.State);
    }

    [Fact]
    public void A_failed_vote_leads_to_not_passed_and_an_override_marks_the_approval()
    {
        var proposal = Reach(ProposalState.Submitted);

        Assert.True(proposal.RecordVote(Head, Failing, false, Meeting).IsSuccess);
        Assert.Equal(ProposalState.NotPassed, proposal.State);
        Assert.Equal(ProposalErrors.DecisionRequired, proposal.Override(Head, "Chịu trách nhiệm", new DecisionDocument("", new DateOnly(2026, 3, 3), "")).Error);
        Assert.True(proposal.Override(Head, "Chịu trách nhiệm", Document).IsSuccess);
        Assert.True(proposal.ApprovedByOverride);
        Assert.Equal(DecisionKind.Override, proposal.Decisions[^1].Kind);
    }

    [Theory]
    [InlineData("Reject")]
    [InlineData("ReturnForRevision")]
    [InlineData("Escalate")]
    public void Refusals_need_a_reason(string transition)
    {
        // Rejection exists only after a failed vote; the return and the escalation are taken before the vote.
        var from = transition == "Reject" ? ProposalState.NotPassed : ProposalState.Submitted;
        var proposal = Reach(from);
        Result result = transition switch
        {
            "Reject" => proposal.Reject(Head, " "),
            "ReturnForRevision" => proposal.ReturnForRevision(Head, ""),
            _ => proposal.Escalate(Head, "  ", ParentUnitId, targetIsAbove: true),
        };

        Assert.Equal(ProposalErrors.ReasonRequired, result.Error);
        Assert.Equal(from, proposal.State);
    }

    [Theory]
    [InlineData(ProposalState.Submitted)]
    [InlineData(ProposalState.OpinionsRequested)]
    public void Before_the_vote_the_head_cannot_reject_but_may_return_with_reasons(ProposalState from)
    {
        var proposal = Reach(from);

        Assert.Equal(ProposalErrors.RejectBeforeVote, proposal.Reject(Head, "Không phù hợp").Error);
        Assert.Equal(from, proposal.State);
        Assert.Empty(proposal.Decisions);
        Assert.True(proposal.ReturnForRevision(Head, "Bổ sung nguồn lực").IsSuccess);
        Assert.Equal(ProposalState.Draft, proposal.State);
        Assert.Equal(DecisionKind.ReturnForRevision, proposal.Decisions[^1].Kind);
    }

    [Fact]
    public void After_a_vote_that_did_not_pass_the_head_rejects_with_reasons()
    {
        var proposal = Reach(ProposalState.NotPassed);

        Assert.True(proposal.Reject(Head, "Tập thể lãnh đạo không thông qua").IsSuccess);
        Assert.Equal(ProposalState.Rejected, proposal.State);
        Assert.Equal("Tập thể lãnh đạo không thông qua", proposal.Decisions[^1].Reason);
    }

    [Fact]
    public void After_an_override_there_is_no_rejection()
    {
        var proposal = Reach(ProposalState.NotPassed);
        Assert.True(proposal.Override(Head, "Chịu trách nhiệm", Document).IsSuccess);

        Assert.Equal(ProposalErrors.InvalidState, proposal.Reject(Head, "x").Error);
        Assert.Equal(ProposalState.Approved, proposal.State);
    }

    [Fact]
    public void The_vote_is_refused_until_every_eligible_member_has_an_entry()
    {
        var proposal = Reach(ProposalState.Submitted);
        var meeting = Meeting with { Roster = [HeadId, DeputyId, 3] };

        Assert.Equal(ProposalErrors.RosterIncomplete, proposal.RecordVote(Head, Passing, false, meeting).Error);
        Assert.Equal(ProposalState.Submitted, proposal.State);
        Assert.Empty(proposal.Votes);

        Assert.True(proposal.RecordVote(Head, [.. Passing, new Vote(3, VoteChoice.Absent)], false, meeting).IsSuccess);
        Assert.Equal(3, proposal.Votes.Count);
        Assert.Contains(proposal.Votes, v => v.OfficerId == 3 && v.Absent && v.MeetingOn == new DateOnly(2026, 3, 3));
    }

    [Fact]
    public void The_vote_needs_the_meeting_date_between_receipt_and_today()
    {
        var proposal = Reach(ProposalState.Submitted);

        Assert.Equal(ProposalErrors.MeetingDateRequired, proposal.RecordVote(Head, Passing, false, Meeting with { MeetingOn = null }).Error);
        Assert.Equal(ProposalErrors.MeetingDateInvalid, proposal.RecordVote(Head, Passing, false, Meeting with { MeetingOn = new DateOnly(2026, 3, 1) }).Error);
        Assert.Equal(ProposalErrors.MeetingDateInvalid, proposal.RecordVote(Head, Passing, false, Meeting with { MeetingOn = Today.AddDays(1) }).Error);
        Assert.Equal(ProposalState.Submitted, proposal.State);
        Assert.True(proposal.RecordVote(Head, Passing, false, Meeting with { MeetingOn = new DateOnly(2026, 3, 2) }).IsSuccess);
    }

    [Fact]
    public void Escalation_names_a_unit_above_and_is_received_there_anew()
    {
        var refused = Reach(ProposalState.Submitted);
        Assert.Equal(ProposalErrors.EscalationTargetRequired, refused.Escalate(Head, "Vượt thẩm quyền", null, targetIsAbove: false).Error);
        Assert.Equal(ProposalErrors.EscalationTargetNotAbove, refused.Escalate(Head, "Vượt thẩm quyền", 8, targetIsAbove: false).Error);
        Assert.Equal(ProposalState.Submitted, refused.State);
        Assert.Equal(ProposalErrors.InvalidState, Proposal.ReceiveEscalated(refused, "1/2026/ĐX-BN", At, Today).Error);

        var proposal = Reach(ProposalState.Submitted);
        Assert.True(proposal.Escalate(Head, "Vượt thẩm quyền", ParentUnitId, targetIsAbove: true).IsSuccess);
        Assert.Equal(ParentUnitId, proposal.EscalatedToUnitId);

        var (received, error) = Proposal.ReceiveEscalated(proposal, "1/2026/ĐX-BN", At, new DateOnly(2026, 6, 10));

        Assert.Null(error);
        Assert.Equal(ProposalState.Submitted, received!.State);
        Assert.Equal(ParentUnitId, received.DecidingUnitId);
        Assert.Equal(ProposerId, received.ProposerId);
        Assert.Equal("1/2026/ĐX-BN", received.ReceiptNumber);
        Assert.Equal(new DateOnly(2026, 6, 10), received.DecisionDueOn);
        Assert.Equal(proposal.Title, received.Title);
        Assert.Equal(proposal.Id, received.EscalatedFromProposalId);
        Assert.Equal(StepHolder.DecidingHead, ProposalStep.HolderOf(received.State));
    }

    [Fact]
    public void Evaluation_needs_a_fresh_party_opinion_and_an_adopting_vote()
    {
        var proposal = Reach(ProposalState.CompletionReported);

        Assert.Equal(ProposalErrors.PartyOpinionMissing, proposal.Evaluate(Head, Passing, EvaluationOutcome.Completed, Findings, Document, EvaluationMeeting).Error);
        proposal.RecordPartyOpinion(Head);
        Assert.Equal(ProposalErrors.EvaluationNotAdopted, proposal.Evaluate(Head, Failing, EvaluationOutcome.Completed, Findings, Document, EvaluationMeeting).Error);
        Assert.Equal(ProposalState.CompletionReported, proposal.State);
        Assert.True(proposal.Evaluate(Head, Passing, EvaluationOutcome.NotCompleted, Findings with { DamageCaused = true, DamageDescription = "Thiệt hại nhỏ" }, Document, EvaluationMeeting).IsSuccess);
        Assert.Equal(EvaluationOutcome.NotCompleted, proposal.Outcome);
        Assert.True(proposal.Findings!.DamageCaused);
    }

    [Fact]
    public void A_stopped_proposal_is_still_evaluated()
    {
        var proposal = Reach(ProposalState.Stopped);

        Assert.Equal(ProposalErrors.PartyOpinionMissing, proposal.Evaluate(Head, Passing, EvaluationOutcome.NotCompleted, Findings, Document, EvaluationMeeting).Error);
        proposal.RecordPartyOpinion(Head);
        Assert.True(proposal.Evaluate(Head, Passing, EvaluationOutcome.NotCompleted, Findings, Document, EvaluationMeeting).IsSuccess);
        Assert.Equal(ProposalState.Evaluated, proposal.State);
    }

    [Fact]
    public void A_returned_proposal_is_resubmitted_with_a_new_receipt()
    {
        var proposal = Reach(ProposalState.Submitted);
        proposal.ReturnForRevision(Head, "Bổ sung");

        var again = proposal.Submit(Proposer, true, "7/2026/ĐX-TRAMLO", new DateTime(2026, 4, 1, 2, 0, 0, DateTimeKind.Utc), new DateOnly(2026, 4, 10));

        Assert.True(again.IsSuccess);
        Assert.Equal("7/2026/ĐX-TRAMLO", proposal.ReceiptNumber);
        Assert.Equal(new DateOnly(2026, 4, 10), proposal.DecisionDueOn);
    }
}
