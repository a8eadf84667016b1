using Decree73.Domain.Proposals;
using Xunit;

namespace Decree73.UnitTests;

public sealed class ShowcaseRulesTests
{
    [Theory]
    [InlineData(EvaluationOutcome.Completed, true, true, true, false, true)]
    [InlineData(EvaluationOutcome.Completed, true, true, true, true, false)]
    [InlineData(EvaluationOutcome.Completed, false, true, true, false, false)]
    [InlineData(EvaluationOutcome.Completed, true, false, true, false, false)]
    [InlineData(EvaluationOutcome.Completed, true, true, false, false, false)]
    [InlineData(EvaluationOutcome.PartlyCompleted, true, true, true, false, false)]
    [InlineData(EvaluationOutcome.NotCompleted, true, true, true, false, false)]
    public void Only_a_completed_proposal_with_every_finding_met_and_no_damage_is_a_model(
        EvaluationOutcome outcome, bool policy, bool motive, bool common, bool damage, bool allowed)
    {
        var proposal = Evaluated(outcome, new EvaluationFindings(policy, motive, common, damage, damage ? "Hỏng thiết bị" : null, "Khách quan", "Chủ quan"));

        Assert.Equal(allowed, ShowcaseEntry.CanPublish(proposal).IsSuccess);
    }

    [Fact]
    public void A_proposal_not_yet_evaluated_is_not_a_model()
    {
        Assert.False(ShowcaseEntry.CanPublish(new Proposal(1, 1, 1, "Chưa đánh giá")).IsSuccess);
    }

    private static Proposal Evaluated(EvaluationOutcome outcome, EvaluationFindings findings)
    {
        const int proposer = 1, head = 2;
        var proposal = new Proposal(proposer, 10, 10, "Một cửa điện tử");
        var actor = new ProposalActor(head, IsDecidingHead: true);
        var document = new DecisionDocument("1/QĐ-UBND", new DateOnly(2026, 3, 2), "Lê Văn Minh");
        Vote[] votes = [new(head, true)];
        var received = DateTime.UtcNow;
        Assert.True(proposal.Submit(new ProposalActor(proposer), true, "X-1", received, new DateOnly(2026, 3, 10)).IsSuccess);
        Assert.True(proposal.RecordPartyOpinion(actor).IsSuccess);
        Assert.True(proposal.RecordConditions(actor, ProposalTransitionTests.AllConditionsMet, DateTime.UtcNow).IsSuccess);
        Assert.True(proposal.RecordVote(actor, votes, partyOpinionRequired: true,
            new VoteMeeting(DateOnly.FromDateTime(received.AddHours(7)), [head], VoteBase.VotesCast, DateOnly.FromDateTime(received.AddHours(7)))).IsSuccess);
        Assert.True(proposal.IssueImplementationDecision(actor, document).IsSuccess);
        Assert.True(proposal.ReportCompletion(new ProposalActor(proposer), new string('x', Proposal.CompletionReportMinLength), DateTime.UtcNow).IsSuccess);
        Assert.True(proposal.RecordPartyOpinion(actor).IsSuccess);
        Assert.True(proposal.Evaluate(actor, votes, outcome, findings, document with { Number = "2/QĐ-UBND" },
            new VoteMeeting(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)), [head], VoteBase.VotesCast, DateOnly.MaxValue)).IsSuccess);
        return proposal;
    }
}
