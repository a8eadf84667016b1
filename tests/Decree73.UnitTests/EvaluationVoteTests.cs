using Decree73.Domain.Proposals;
using Xunit;

namespace Decree73.UnitTests;

/// <summary>
/// The evaluation meeting (Art. 9(2), with the rule of Art. 8(1)): the whole roster with the meeting's date, the share
/// on the setting's base, the tie with the head; a conclusion not adopted leaves nothing recorded. And the members'
/// own positions before a meeting.
/// </summary>
public sealed class EvaluationVoteTests
{
    private const int HeadId = 1;
    private const int DeputyId = 2;
    private const int Deputy2Id = 3;
    private const int ProposerId = 9;
    private static readonly ProposalActor Head = new(HeadId, IsDecidingHead: true, IsLeadershipMember: true);
    private static readonly ProposalActor Deputy = new(DeputyId, IsLeadershipMember: true);
    private static readonly DecisionDocument Document = new("20/QĐ-UBND", new DateOnly(2026, 6, 1), "Lê Văn Minh");
    private static readonly EvaluationFindings Findings = new(true, true, true, false, null);
    private static readonly DateOnly Today = new(2026, 6, 1);
    private static readonly int[] Roster = [HeadId, DeputyId, Deputy2Id];

    private static VoteMeeting Meeting(DateOnly? on = null, VoteBase voteBase = VoteBase.VotesCast) => new(on ?? Today, Roster, voteBase, Today);

    /// <summary>Completion reported on 01/06/2026 (ProposalTransitionTests), Party opinion given: ready to evaluate.</summary>
    private static Proposal Ready()
    {
        var p = ProposalTransitionTests.Reach(ProposalState.CompletionReported);
        Assert.True(p.RecordPartyOpinion(Head).IsSuccess);
        return p;
    }

    private static Vote[] Minutes(VoteChoice head, VoteChoice deputy, VoteChoice deputy2) =>
        [new(HeadId, head), new(DeputyId, deputy), new(Deputy2Id, deputy2)];

    [Fact]
    public void An_evaluation_with_a_member_left_out_of_the_minutes_is_refused()
    {
        var p = Ready();

        var result = p.Evaluate(Head, [new(HeadId, true), new(DeputyId, true)], EvaluationOutcome.Completed, Findings, Document, Meeting());

        Assert.Equal(ProposalErrors.RosterIncomplete, result.Error);
        Assert.Equal(ProposalState.CompletionReported, p.State);
        Assert.DoesNotContain(p.Votes, v => v.Stage == VoteStage.Evaluation);
    }

    [Fact]
    public void The_evaluation_meeting_needs_its_date_not_before_the_completion_report_nor_in_the_future()
    {
        var p = Ready();
        var all = Minutes(VoteChoice.For, VoteChoice.For, VoteChoice.For);

        Assert.Equal(ProposalErrors.MeetingDateRequired, p.Evaluate(Head, all, EvaluationOutcome.Completed, Findings, Document, new VoteMeeting(null, Roster, VoteBase.VotesCast, Today)).Error);
        Assert.Equal(ProposalErrors.MeetingDateInvalid, p.Evaluate(Head, all, EvaluationOutcome.Completed, Findings, Document, Meeting(Today.AddDays(-1))).Error);
        Assert.Equal(ProposalErrors.MeetingDateInvalid, p.Evaluate(Head, all, EvaluationOutcome.Completed, Findings, Document, Meeting(Today.AddDays(1))).Error);
        Assert.True(p.Evaluate(Head, all, EvaluationOutcome.Completed, Findings, Document, Meeting(Today)).IsSuccess);
    }

    [Fact]
    public void A_conclusion_the_collective_does_not_adopt_is_not_recorded_and_a_new_meeting_may_adopt_a_revised_one()
    {
        var p = Ready();

        var refused = p.Evaluate(Head, Minutes(VoteChoice.For, VoteChoice.Against, VoteChoice.Against), EvaluationOutcome.Completed, Findings, Document, Meeting());

        Assert.Equal(ProposalErrors.EvaluationNotAdopted, refused.Error);
        Assert.Equal(ProposalState.CompletionReported, p.State);
        Assert.Null(p.Outcome);
        Assert.Null(p.Findings);
        Assert.DoesNotContain(p.Votes, v => v.Stage == VoteStage.Evaluation);
        Assert.DoesNotContain(p.Decisions, d => d.Kind == DecisionKind.EvaluationResult);

        var revised = Findings with { ObjectiveCauses = "Thiếu kinh phí", SubjectiveCauses = "Chậm triển khai" };
        Assert.True(p.Evaluate(Head, Minutes(VoteChoice.For, VoteChoice.For, VoteChoice.Against), EvaluationOutcome.PartlyCompleted, revised, Document, Meeting()).IsSuccess);
        Assert.Equal(ProposalState.Evaluated, p.State);
        Assert.Equal(EvaluationOutcome.PartlyCompleted, p.Outcome);
        Assert.Equal(3, p.Votes.Count(v => v.Stage == VoteStage.Evaluation && v.MeetingOn == Today));
    }

    [Theory]
    [InlineData(VoteChoice.For, VoteChoice.Against, VoteChoice.Absent, true)]   // a tie of the votes expressed: the head's side
    [InlineData(VoteChoice.Against, VoteChoice.For, VoteChoice.Absent, false)]  // a tie, the head against
    [InlineData(VoteChoice.For, VoteChoice.For, VoteChoice.Against, true)]      // 2 of 3
    [InlineData(VoteChoice.Against, VoteChoice.Against, VoteChoice.For, false)] // 1 of 3
    public void The_evaluation_share_and_tie_follow_the_approval_rule(VoteChoice head, VoteChoice deputy, VoteChoice deputy2, bool adopted)
    {
        var p = Ready();

        var result = p.Evaluate(Head, Minutes(head, deputy, deputy2), EvaluationOutcome.Completed, Findings, Document, Meeting());

        Assert.Equal(adopted, result.IsSuccess);
        Assert.Equal(adopted ? ProposalState.Evaluated : ProposalState.CompletionReported, p.State);
    }

    [Fact]
    public void On_the_whole_roster_base_an_absent_member_counts_as_not_in_favour()
    {
        var minutes = Minutes(VoteChoice.For, VoteChoice.Against, VoteChoice.Absent);

        Assert.Equal(ProposalErrors.EvaluationNotAdopted,
            Ready().Evaluate(Head, minutes, EvaluationOutcome.Completed, Findings, Document, Meeting(voteBase: VoteBase.AllMembers)).Error);
        Assert.True(Ready().Evaluate(Head, minutes, EvaluationOutcome.Completed, Findings, Document, Meeting(voteBase: VoteBase.VotesCast)).IsSuccess);
    }

    [Fact]
    public void An_incomplete_conclusion_is_refused_before_it_is_counted()
    {
        var adopt = EvaluationVote.Adopt(Minutes(VoteChoice.For, VoteChoice.For, VoteChoice.For), HeadId, ProposerId, Meeting(), Today,
            EvaluationOutcome.NotCompleted, Findings);

        Assert.Equal(EvaluationRules.ObjectiveCausesRequired, adopt.Error);
    }

    [Fact]
    public void A_deputy_gives_and_changes_their_own_position_while_the_vote_is_pending()
    {
        var p = ProposalTransitionTests.Reach(ProposalState.Submitted);
        var at = new DateTime(2026, 3, 2, 3, 0, 0, DateTimeKind.Utc);

        Assert.Equal(VoteStage.Approval, p.PendingVote);
        Assert.True(p.RecordPosition(Deputy, true, null, at).IsSuccess);
        Assert.True(p.RecordPosition(Deputy, false, "  Cần thêm số liệu  ", at.AddHours(1)).IsSuccess);

        var position = Assert.Single(p.VotePositions);
        Assert.Equal((DeputyId, false, "Cần thêm số liệu", VoteStage.Approval), (position.OfficerId, position.InFavour, position.Note, position.Stage));
    }

    [Fact]
    public void Only_a_leadership_member_other_than_the_proposer_gives_a_position_and_only_while_a_vote_is_pending()
    {
        var p = ProposalTransitionTests.Reach(ProposalState.Submitted);
        var at = new DateTime(2026, 3, 2, 3, 0, 0, DateTimeKind.Utc);

        Assert.Equal(ProposalErrors.ProposerCannotVote, p.RecordPosition(new ProposalActor(ProposerId, IsLeadershipMember: true), true, null, at).Error);
        Assert.Equal(ProposalErrors.VoterNotInLeadership, p.RecordPosition(new ProposalActor(77), true, null, at).Error);
        Assert.Equal(ProposalErrors.HeadKeepsMinutes, p.RecordPosition(Head, true, null, at).Error);
        Assert.Equal(ProposalErrors.PositionNoteTooLong, p.RecordPosition(Deputy, true, new string('x', VotePosition.NoteMaxLength + 1), at).Error);
        Assert.Empty(p.VotePositions);

        var approved = ProposalTransitionTests.Reach(ProposalState.Approved);
        Assert.Null(approved.PendingVote);
        Assert.Equal(ProposalErrors.NoVotePending, approved.RecordPosition(Deputy, true, null, at).Error);
        Assert.Equal(VoteStage.Evaluation, Ready().PendingVote);
    }

    [Fact]
    public void The_positions_of_a_round_are_cleared_when_the_head_records_the_minutes_or_returns_the_proposal()
    {
        var at = new DateTime(2026, 3, 2, 3, 0, 0, DateTimeKind.Utc);
        var returned = ProposalTransitionTests.Reach(ProposalState.Submitted);
        Assert.True(returned.RecordPosition(Deputy, true, null, at).IsSuccess);
        Assert.True(returned.ReturnForRevision(Head, "Bổ sung nguồn lực").IsSuccess);
        Assert.Empty(returned.VotePositions);

        var evaluated = Ready();
        Assert.True(evaluated.RecordPosition(Deputy, false, null, at).IsSuccess);
        Assert.Equal(VoteStage.Evaluation, Assert.Single(evaluated.VotePositions).Stage);
        // The positions only prefill the minutes: the head records the meeting as it went.
        Assert.True(evaluated.Evaluate(Head, Minutes(VoteChoice.For, VoteChoice.For, VoteChoice.Absent), EvaluationOutcome.Completed, Findings, Document, Meeting()).IsSuccess);
        Assert.Empty(evaluated.VotePositions);
        Assert.Equal(VoteChoice.For, evaluated.Votes.Single(v => v.OfficerId == DeputyId && v.Stage == VoteStage.Evaluation).Choice);
    }
}
