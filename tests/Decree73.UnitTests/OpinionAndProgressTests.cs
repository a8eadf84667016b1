using Decree73.Domain.Proposals;
using Xunit;

namespace Decree73.UnitTests;

/// <summary>Opinion requests (Art. 4, 8(2), 9(2)), milestones, progress updates, implementers and the completion report.</summary>
public sealed class OpinionAndProgressTests
{
    private const int ProposerId = 9;
    private const int HeadId = 1;
    private const int DeputyId = 2;
    private const int ImplementerId = 5;

    private static readonly ProposalActor Proposer = new(ProposerId);
    private static readonly ProposalActor Head = new(HeadId, IsDecidingHead: true);
    private static readonly ProposalActor Deputy = new(DeputyId);
    private static readonly ProposalActor Implementer = new(ImplementerId, IsImplementer: true);
    private static readonly ProposalActor OtherOfficer = new(77);
    private static readonly DecisionDocument Document = new("15/QĐ-UBND", new DateOnly(2026, 3, 2), "Lê Văn Minh");
    private static readonly Vote[] Passing = [new(HeadId, true), new(DeputyId, true)];
    private static readonly VoteMeeting Meeting = new(new DateOnly(2026, 3, 3), [HeadId, DeputyId], VoteBase.VotesCast, new DateOnly(2026, 12, 31));
    private static readonly DateTime At = new(2026, 3, 2, 2, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 3, 2);
    private const string Report = "Đã số hóa toàn bộ hồ sơ một cửa; thời gian xử lý trung bình giảm từ 5 xuống 3 ngày.";

    private static Proposal Submitted()
    {
        var p = new Proposal(ProposerId, unitId: 4, decidingUnitId: 3, "Số hóa hồ sơ một cửa")
        {
            StartOn = new DateOnly(2026, 4, 1),
            EndOn = new DateOnly(2026, 12, 31),
        };
        Assert.True(p.AddMilestone(Proposer, "Số hóa 50% hồ sơ", new DateOnly(2026, 6, 30)).IsSuccess);
        Assert.True(p.Submit(Proposer, true, "1/2026/ĐX", At, new DateOnly(2026, 3, 11)).IsSuccess);
        Assert.True(p.RecordConditions(Head, ProposalTransitionTests.AllConditionsMet, At).IsSuccess);
        return p;
    }

    private static Proposal InProgress(params int[] implementers)
    {
        var p = Submitted();
        Assert.True(p.RecordVote(Head, Passing, partyOpinionRequired: false, Meeting).IsSuccess);
        Assert.True(p.IssueImplementationDecision(Head, Document, implementers).IsSuccess);
        return p;
    }

    private static Proposal CompletionReported()
    {
        var p = InProgress();
        Assert.True(p.ReportCompletion(Proposer, Report, At).IsSuccess);
        return p;
    }

    /// <summary>Ids are assigned by the database; the domain finds children by id, so the tests play the database.</summary>
    private static void SetId(Domain.Common.Entity entity, int id) => typeof(Domain.Common.Entity).GetProperty("Id")!.SetValue(entity, id);

    private static void SetIds<T>(IEnumerable<T> items) where T : Domain.Common.Entity
    {
        var id = 100;
        foreach (var item in items)
        {
            SetId(item, id++);
        }
    }

    [Fact]
    public void A_party_request_answered_lets_the_vote_through()
    {
        var p = Submitted();
        Assert.True(p.RequestOpinion(Head, OpinionKind.PartyCommittee, "Đảng ủy phường Trạm Lộ", Today.AddDays(7), At, Today).IsSuccess);
        Assert.Equal(ProposalState.OpinionsRequested, p.State);
        Assert.Equal(ProposalErrors.PartyOpinionMissing, p.RecordVote(Head, Passing, partyOpinionRequired: true, Meeting).Error);

        SetIds(p.OpinionRequests);
        Assert.True(p.RecordOpinionResponse(Head, 100, "Đồng ý chủ trương", At).IsSuccess);

        Assert.True(p.PartyOpinionReceived);
        Assert.Equal(HeadId, p.OpinionRequests[0].RecordedByOfficerId);
        Assert.True(p.RecordVote(Head, Passing, partyOpinionRequired: true, Meeting).IsSuccess);
    }

    [Fact]
    public void An_expert_answer_is_not_the_party_opinion()
    {
        var p = Submitted();
        p.RequestOpinion(Head, OpinionKind.Expert, "TS. Nguyễn Văn An", Today.AddDays(5), At, Today);
        SetIds(p.OpinionRequests);

        Assert.True(p.RecordOpinionResponse(Head, 100, "Khả thi", At).IsSuccess);
        Assert.False(p.PartyOpinionReceived);
    }

    [Fact]
    public void Only_the_deciding_head_asks_and_records_opinions()
    {
        var p = Submitted();
        foreach (var actor in new[] { Proposer, Deputy, OtherOfficer, Implementer })
        {
            Assert.Equal(ProposalErrors.NotTheDecidingHead, p.RequestOpinion(actor, OpinionKind.Expert, "Chuyên gia", Today.AddDays(5), At, Today).Error);
        }

        p.RequestOpinion(Head, OpinionKind.Expert, "Chuyên gia", Today.AddDays(5), At, Today);
        SetIds(p.OpinionRequests);
        Assert.Equal(ProposalErrors.NotTheDecidingHead, p.RecordOpinionResponse(Proposer, 100, "Đồng ý", At).Error);
        Assert.Single(p.OpinionRequests);
        Assert.Null(p.OpinionRequests[0].Response);
    }

    [Fact]
    public void Opinion_requests_are_refused_outside_the_opinion_steps_and_with_bad_input()
    {
        var draft = new Proposal(ProposerId, 4, 3, "Nháp");
        Assert.Equal(ProposalErrors.InvalidState, draft.RequestOpinion(Head, OpinionKind.Expert, "X", Today, At, Today).Error);
        Assert.Equal(ProposalErrors.InvalidState, InProgress().RequestOpinion(Head, OpinionKind.PartyCommittee, "X", Today, At, Today).Error);

        var p = Submitted();
        Assert.Equal(ProposalErrors.AddresseeRequired, p.RequestOpinion(Head, OpinionKind.Expert, "  ", Today, At, Today).Error);
        Assert.Equal(ProposalErrors.OpinionDueBeforeRequest, p.RequestOpinion(Head, OpinionKind.Expert, "X", Today.AddDays(-1), At, Today).Error);
        Assert.Empty(p.OpinionRequests);
        Assert.Equal(ProposalState.Submitted, p.State);
    }

    [Fact]
    public void Responses_are_refused_when_empty_unknown_or_already_given()
    {
        var p = Submitted();
        p.RequestOpinion(Head, OpinionKind.RelatedUnit, "Phòng Kinh tế", Today.AddDays(5), At, Today);
        SetIds(p.OpinionRequests);

        Assert.Equal(ProposalErrors.ResponseRequired, p.RecordOpinionResponse(Head, 100, " ", At).Error);
        Assert.Equal(ProposalErrors.OpinionRequestNotFound, p.RecordOpinionResponse(Head, 999, "Đồng ý", At).Error);
        Assert.True(p.RecordOpinionResponse(Head, 100, "Đồng ý", At).IsSuccess);
        Assert.Equal(ProposalErrors.OpinionAlreadyAnswered, p.RecordOpinionResponse(Head, 100, "Sửa", At).Error);
        Assert.Equal("Đồng ý", p.OpinionRequests[0].Response);
    }

    [Fact]
    public void The_evaluation_needs_a_fresh_party_answer_asked_at_the_evaluation()
    {
        var p = Submitted();
        p.RequestOpinion(Head, OpinionKind.PartyCommittee, "Đảng ủy", Today.AddDays(5), At, Today);
        SetIds(p.OpinionRequests);
        p.RecordOpinionResponse(Head, 100, "Đồng ý", At);
        p.RecordVote(Head, Passing, partyOpinionRequired: true, Meeting);
        p.IssueImplementationDecision(Head, Document);
        p.ReportCompletion(Proposer, Report, At);
        Assert.False(p.PartyOpinionReceived);

        Assert.Equal(ProposalErrors.OnlyPartyOpinionAtEvaluation, p.RequestOpinion(Head, OpinionKind.Expert, "Chuyên gia", Today, At, Today).Error);
        Assert.True(p.RequestOpinion(Head, OpinionKind.PartyCommittee, "Đảng ủy", Today.AddDays(5), At, Today).IsSuccess);
        Assert.Equal(ProposalState.CompletionReported, p.State);
        SetId(p.OpinionRequests[1], 101);
        Assert.Equal(VoteStage.Evaluation, p.OpinionRequests[1].Stage);
        Assert.True(p.RecordOpinionResponse(Head, 101, "Kết quả đúng chủ trương", At).IsSuccess);
        Assert.True(p.PartyOpinionReceived);
    }

    [Fact]
    public void An_unanswered_approval_request_is_closed_once_the_evaluation_starts()
    {
        var p = Submitted();
        p.RequestOpinion(Head, OpinionKind.Expert, "Chuyên gia", Today.AddDays(5), At, Today);
        SetIds(p.OpinionRequests);
        p.RecordVote(Head, Passing, false, Meeting);
        p.IssueImplementationDecision(Head, Document);
        p.Stop(Head, "Rủi ro", Document);

        Assert.Equal(ProposalErrors.OpinionRequestClosed, p.RecordOpinionResponse(Head, 100, "Muộn", At).Error);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(5, false)]
    [InlineData(6, true)]
    public void A_request_is_overdue_only_when_unanswered_after_its_due_day(int daysLater, bool overdue)
    {
        var p = Submitted();
        p.RequestOpinion(Head, OpinionKind.Expert, "Chuyên gia", Today.AddDays(5), At, Today);
        SetIds(p.OpinionRequests);
        var request = p.OpinionRequests[0];

        Assert.Equal(overdue, request.IsOverdue(Today.AddDays(daysLater)));
        p.RecordOpinionResponse(Head, 100, "Đã trả lời", At);
        Assert.False(request.IsOverdue(Today.AddDays(daysLater)));
    }

    [Fact]
    public void Milestones_are_written_by_the_proposer_within_the_plan_while_drafting()
    {
        var p = new Proposal(ProposerId, 4, 3, "Nháp") { StartOn = new DateOnly(2026, 4, 1), EndOn = new DateOnly(2026, 12, 31) };

        Assert.Equal(ProposalErrors.NotTheProposer, p.AddMilestone(Head, "Mốc", new DateOnly(2026, 5, 1)).Error);
        Assert.Equal(ProposalErrors.MilestoneTitleRequired, p.AddMilestone(Proposer, " ", new DateOnly(2026, 5, 1)).Error);
        Assert.Equal(ProposalErrors.MilestoneOutsidePlan, p.AddMilestone(Proposer, "Mốc", new DateOnly(2027, 1, 1)).Error);
        Assert.Equal(ProposalErrors.MilestoneOutsidePlan, p.AddMilestone(Proposer, "Mốc", new DateOnly(2026, 3, 31)).Error);
        Assert.True(p.AddMilestone(Proposer, "Mốc 1", new DateOnly(2026, 5, 1)).IsSuccess);
        SetIds(p.Milestones);
        Assert.Equal(ProposalErrors.MilestoneNotFound, p.RemoveMilestone(Proposer, 5).Error);
        Assert.Equal(ProposalErrors.NotTheProposer, p.RemoveMilestone(Head, 100).Error);
        Assert.True(p.RemoveMilestone(Proposer, 100).IsSuccess);
        Assert.Empty(p.Milestones);

        var submitted = Submitted();
        Assert.Equal(ProposalErrors.InvalidState, submitted.AddMilestone(Proposer, "Muộn", new DateOnly(2026, 5, 1)).Error);
    }

    [Fact]
    public void The_proposer_changes_a_draft_milestone_under_the_rules_of_adding_one()
    {
        var p = new Proposal(ProposerId, 4, 3, "Nháp") { StartOn = new DateOnly(2026, 4, 1), EndOn = new DateOnly(2026, 12, 31) };
        Assert.True(p.AddMilestone(Proposer, "Mốc 1", new DateOnly(2026, 5, 1)).IsSuccess);
        SetIds(p.Milestones);

        Assert.Equal(ProposalErrors.NotTheProposer, p.ChangeMilestone(Head, 100, "Mốc", new DateOnly(2026, 5, 1)).Error);
        Assert.Equal(ProposalErrors.MilestoneNotFound, p.ChangeMilestone(Proposer, 5, "Mốc", new DateOnly(2026, 5, 1)).Error);
        Assert.Equal(ProposalErrors.MilestoneTitleRequired, p.ChangeMilestone(Proposer, 100, " ", new DateOnly(2026, 5, 1)).Error);
        Assert.Equal(ProposalErrors.MilestoneOutsidePlan, p.ChangeMilestone(Proposer, 100, "Mốc", new DateOnly(2027, 1, 1)).Error);
        Assert.True(p.ChangeMilestone(Proposer, 100, " Lắp máy quét ", new DateOnly(2026, 6, 15)).IsSuccess);
        Assert.Equal(("Lắp máy quét", new DateOnly(2026, 6, 15)), (p.Milestones[0].Title, p.Milestones[0].DueOn));
    }

    [Fact]
    public void Assigned_implementers_are_stored_with_the_decision_without_duplicates()
    {
        var p = Submitted();
        p.RecordVote(Head, Passing, false, Meeting);

        Assert.Equal(ProposalErrors.DuplicateImplementer, p.IssueImplementationDecision(Head, Document, [ImplementerId, ImplementerId]).Error);
        Assert.Equal(ProposalState.Approved, p.State);
        Assert.Empty(p.AssignedImplementers);
        Assert.True(p.IssueImplementationDecision(Head, Document, [ImplementerId, 6]).IsSuccess);
        Assert.True(p.IsAssignedImplementer(ImplementerId));
        Assert.False(p.IsAssignedImplementer(77));
    }

    [Fact]
    public void An_implementer_or_the_proposer_reports_progress_and_reaches_milestones()
    {
        var p = InProgress(ImplementerId);
        SetIds(p.Milestones);

        Assert.True(p.ReportProgress(Implementer, 40, "Đã số hóa 400 hồ sơ", 100, At, Today).IsSuccess);
        Assert.Equal(40, p.CurrentPercent);
        Assert.Equal(Today, p.Milestones[0].DoneOn);
        Assert.Equal(ProposalErrors.MilestoneAlreadyDone, p.ReportProgress(Proposer, 50, null, 100, At.AddDays(1), Today).Error);
        Assert.Equal(ProposalErrors.MilestoneNotFound, p.ReportProgress(Proposer, 50, null, 999, At.AddDays(1), Today).Error);
        Assert.True(p.ReportProgress(Proposer, 55, null, null, At.AddDays(1), Today).IsSuccess);
        Assert.Equal(55, p.CurrentPercent);
    }

    [Fact]
    public void Someone_not_assigned_cannot_report_progress()
    {
        var p = InProgress(ImplementerId);

        Assert.Equal(ProposalErrors.NotAnImplementer, p.ReportProgress(OtherOfficer, 10, "x", null, At, Today).Error);
        Assert.Equal(ProposalErrors.NotAnImplementer, p.ReportProgress(Head, 10, "x", null, At, Today).Error);
        Assert.Empty(p.ProgressUpdates);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void The_percentage_stays_between_0_and_100(int percent)
    {
        var p = InProgress();
        Assert.Equal(ProposalErrors.PercentOutOfRange, p.ReportProgress(Proposer, percent, "x", null, At, Today).Error);
        Assert.Empty(p.ProgressUpdates);
    }

    [Fact]
    public void The_percentage_goes_down_only_with_a_note()
    {
        var p = InProgress();
        p.ReportProgress(Proposer, 60, null, null, At, Today);

        Assert.Equal(ProposalErrors.PercentDecreaseNeedsNote, p.ReportProgress(Proposer, 50, " ", null, At.AddDays(1), Today).Error);
        Assert.True(p.ReportProgress(Proposer, 50, "Phải làm lại 100 hồ sơ lỗi", null, At.AddDays(1), Today).IsSuccess);
        Assert.Equal(50, p.CurrentPercent);
    }

    [Fact]
    public void Progress_is_reported_only_while_in_progress()
    {
        var p = InProgress();
        p.Suspend(Head, "Rà soát", Document);
        Assert.Equal(ProposalErrors.InvalidState, p.ReportProgress(Proposer, 10, null, null, At, Today).Error);
        Assert.Equal(ProposalErrors.InvalidState, Submitted().ReportProgress(Proposer, 10, null, null, At, Today).Error);
    }

    [Fact]
    public void The_completion_report_is_kept_with_its_author_and_time()
    {
        var p = InProgress(ImplementerId);

        Assert.True(p.ReportCompletion(Implementer, "  " + Report + "  ", At).IsSuccess);
        Assert.Equal(Report, p.CompletionReport);
        Assert.Equal(At, p.CompletionReportedAtUtc);
        Assert.Equal(ImplementerId, p.CompletionReportedByOfficerId);
        Assert.Equal(ProposalState.CompletionReported, p.State);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Đã xong.")]
    public void An_empty_or_token_completion_report_is_refused(string report)
    {
        var p = InProgress();
        Assert.Equal(ProposalErrors.CompletionReportTooShort, p.ReportCompletion(Proposer, report, At).Error);
        Assert.Equal(ProposalState.InProgress, p.State);
        Assert.Null(p.CompletionReport);
    }

    [Fact]
    public void Completion_is_not_reported_by_someone_not_assigned()
    {
        var p = InProgress(ImplementerId);
        Assert.Equal(ProposalErrors.NotAnImplementer, p.ReportCompletion(OtherOfficer, Report, At).Error);
        Assert.Equal(ProposalErrors.InvalidState, CompletionReported().ReportCompletion(Proposer, Report, At).Error);
    }
}
