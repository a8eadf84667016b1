using Decree73.Domain.Calendar;
using Decree73.Domain.Common;
using Decree73.Domain.Proposals;
using Xunit;

namespace Decree73.UnitTests;

/// <summary>
/// The Art. 5(1) and Art. 4(2) findings gate approval; Art. 1 keeps pilot mechanisms out; Art. 11(4) asks the causes of
/// a result not completed; Art. 9 sets the result notice and its deadline; Art. 10(2) the resources.
/// </summary>
public sealed class ConditionGateTests
{
    private static readonly ProposalActor Proposer = new(9);
    private static readonly ProposalActor Head = new(1, IsDecidingHead: true);
    private static readonly Vote[] Passing = [new(1, true), new(2, true)];
    private static readonly Vote[] Failing = [new(1, false), new(2, false)];
    private static readonly DecisionDocument Document = new("15/QĐ-UBND", new DateOnly(2026, 3, 2), "Lê Văn Minh");
    private static readonly DateTime At = new(2026, 3, 2, 2, 0, 0, DateTimeKind.Utc);
    private static readonly ConditionFindings AllMet = ProposalTransitionTests.AllConditionsMet;
    // The whole roster (the head and the deputy) meets on the day of receipt (Art. 8(1)).
    private static readonly VoteMeeting Meeting = new(new DateOnly(2026, 3, 2), [1, 2], VoteBase.VotesCast, DateOnly.MaxValue);

    private static Proposal Submitted()
    {
        var p = new Proposal(9, 4, 3, "Số hóa hồ sơ một cửa");
        Assert.True(p.Submit(Proposer, true, "1/2026", At, new DateOnly(2026, 3, 11)).IsSuccess);
        return p;
    }

    /// <summary>An evaluated proposal whose conditions were never recorded (one approved before the rule existed).</summary>
    internal static Proposal EvaluatedWithoutConditions(EvaluationOutcome outcome)
    {
        var p = ProposalTransitionTests.Reach(ProposalState.CompletionReported);
        Assert.True(p.RecordPartyOpinion(Head).IsSuccess);
        Assert.True(p.Evaluate(Head, Passing, outcome, new EvaluationFindings(true, true, true, false, null, "Khách quan", "Chủ quan"), Document, ProposalTransitionTests.EvaluationMeeting).IsSuccess);
        typeof(Proposal).GetProperty(nameof(Proposal.Conditions))!.SetValue(p, null);
        return p;
    }

    [Fact]
    public void A_passing_vote_is_refused_until_the_conditions_are_recorded()
    {
        var p = Submitted();

        Assert.Equal(ProposalConditions.NotRecorded, p.RecordVote(Head, Passing, false, Meeting).Error);
        Assert.Equal(ProposalState.Submitted, p.State);
        Assert.Empty(p.Votes);

        Assert.True(p.RecordConditions(Head, AllMet, At).IsSuccess);
        Assert.True(p.RecordVote(Head, Passing, false, Meeting).IsSuccess);
        Assert.Equal(ProposalState.Approved, p.State);
    }

    public static TheoryData<ProposalCondition> EveryCondition() => new(Enum.GetValues<ProposalCondition>());

    private static ConditionFindings With(ProposalCondition condition, bool? value) => condition switch
    {
        ProposalCondition.Bottleneck => AllMet with { Bottleneck = value },
        ProposalCondition.CommonInterest => AllMet with { CommonInterest = value },
        ProposalCondition.UrgentNeed => AllMet with { UrgentNeed = value },
        ProposalCondition.NoSecurityImpact => AllMet with { NoSecurityImpact = value },
        ProposalCondition.NoHarmToOthers => AllMet with { NoHarmToOthers = value },
        _ => AllMet with { WithinAuthority = value },
    };

    [Theory]
    [MemberData(nameof(EveryCondition))]
    public void Each_condition_missing_or_negative_refuses_approval_with_its_own_field(ProposalCondition condition)
    {
        var missing = Submitted();
        Assert.True(missing.RecordConditions(Head, With(condition, null), At).IsSuccess);
        var refused = missing.RecordVote(Head, Passing, false, Meeting).Error;
        Assert.Equal(new DomainError("Proposal.ConditionMissing", condition.ToString()), refused);

        var negative = Submitted();
        Assert.True(negative.RecordConditions(Head, With(condition, false), At).IsSuccess);
        var expected = condition == ProposalCondition.WithinAuthority ? "Proposal.OutsideAuthority" : "Proposal.ConditionNotMet";
        Assert.Equal(new DomainError(expected, condition.ToString()), negative.RecordVote(Head, Passing, false, Meeting).Error);
        Assert.Equal(ProposalState.Submitted, negative.State);

        // The other side: the same proposal with the finding corrected to "yes" passes.
        Assert.True(negative.RecordConditions(Head, AllMet, At).IsSuccess);
        Assert.True(negative.RecordVote(Head, Passing, false, Meeting).IsSuccess);
    }

    [Fact]
    public void A_failing_vote_is_recorded_without_findings_so_the_head_can_refuse_but_not_override()
    {
        var p = Submitted();
        Assert.True(p.RecordVote(Head, Failing, false, Meeting).IsSuccess);
        Assert.Equal(ProposalState.NotPassed, p.State);

        Assert.Equal(ProposalConditions.NotRecorded, p.Override(Head, "Tôi chịu trách nhiệm", Document).Error);
        Assert.True(p.RecordConditions(Head, AllMet with { UrgentNeed = false }, At).IsSuccess);
        Assert.Equal("Proposal.ConditionNotMet", p.Override(Head, "Tôi chịu trách nhiệm", Document).Error!.Code);
        Assert.True(p.RecordConditions(Head, AllMet, At).IsSuccess);
        Assert.True(p.Override(Head, "Tôi chịu trách nhiệm", Document).IsSuccess);
        Assert.Equal(ProposalState.Approved, p.State);
    }

    [Fact]
    public void Only_the_deciding_head_records_the_findings_and_only_before_approval()
    {
        var p = Submitted();
        Assert.Equal(ProposalErrors.NotTheDecidingHead, p.RecordConditions(Proposer, AllMet, At).Error);
        Assert.True(p.RecordConditions(Head, AllMet with { BottleneckNote = "  Thủ tục chưa có quy định  " }, At).IsSuccess);
        Assert.Equal("Thủ tục chưa có quy định", p.Conditions!.BottleneckNote);
        Assert.Equal(1, p.Conditions.RecordedByOfficerId);
        Assert.True(p.RecordVote(Head, Passing, false, Meeting).IsSuccess);
        Assert.Equal(ProposalErrors.InvalidState, p.RecordConditions(Head, AllMet with { Bottleneck = false }, At).Error);
        Assert.True(p.Conditions.Bottleneck);
    }

    [Fact]
    public void A_pilot_mechanism_under_a_separate_instrument_cannot_be_submitted()
    {
        var pilot = new Proposal(9, 4, 3, "Thí điểm cơ chế đặc thù") { IsPilotMechanism = true };
        Assert.Equal(ProposalConditions.PilotOutOfScope, pilot.Submit(Proposer, true, "1/2026", At, new DateOnly(2026, 3, 11)).Error);
        Assert.Equal(ProposalState.Draft, pilot.State);
        Assert.Null(pilot.ReceiptNumber);

        pilot.IsPilotMechanism = false;
        Assert.True(pilot.Submit(Proposer, true, "1/2026", At, new DateOnly(2026, 3, 11)).IsSuccess);
    }

    [Theory]
    [InlineData(EvaluationOutcome.PartlyCompleted)]
    [InlineData(EvaluationOutcome.NotCompleted)]
    public void A_result_not_completed_needs_its_objective_and_subjective_causes(EvaluationOutcome outcome)
    {
        var findings = new EvaluationFindings(true, true, true, false, null);
        Assert.Equal(EvaluationRules.ObjectiveCausesRequired, EvaluationRules.Check(outcome, findings).Error);
        Assert.Equal(EvaluationRules.SubjectiveCausesRequired, EvaluationRules.Check(outcome, findings with { ObjectiveCauses = "Thiếu kinh phí" }).Error);
        Assert.True(EvaluationRules.Check(outcome, findings with { ObjectiveCauses = "Thiếu kinh phí", SubjectiveCauses = "Chậm triển khai" }).IsSuccess);

        var p = ProposalTransitionTests.Reach(ProposalState.CompletionReported);
        Assert.True(p.RecordPartyOpinion(Head).IsSuccess);
        Assert.Equal(EvaluationRules.ObjectiveCausesRequired, p.Evaluate(Head, Passing, outcome, findings, Document, ProposalTransitionTests.EvaluationMeeting).Error);
        Assert.Equal(ProposalState.CompletionReported, p.State);
    }

    [Fact]
    public void A_completed_result_needs_no_causes_and_damage_marked_needs_its_description()
    {
        var findings = new EvaluationFindings(true, true, true, false, null);
        Assert.True(EvaluationRules.Check(EvaluationOutcome.Completed, findings).IsSuccess);
        Assert.Equal(EvaluationRules.DamageDescriptionRequired, EvaluationRules.Check(EvaluationOutcome.Completed, findings with { DamageCaused = true }).Error);
        Assert.True(EvaluationRules.Check(EvaluationOutcome.Completed, findings with { DamageCaused = true, DamageDescription = "Hỏng thiết bị" }).IsSuccess);
        Assert.Equal(EvaluationRules.OutcomeRequired, EvaluationRules.Check(null, findings).Error);
    }

    [Fact]
    public void The_result_notice_is_issued_once_and_the_file_closes_only_after_it()
    {
        var p = ProposalTransitionTests.Reach(ProposalState.Evaluated);
        Assert.Equal(ResultNotice.Missing, p.Close(Head).Error);
        Assert.Equal(ProposalErrors.DecisionRequired, p.IssueResultNotice(Head, Document with { Number = " " }, At).Error);
        Assert.Equal(ProposalErrors.NotTheDecidingHead, p.IssueResultNotice(Proposer, Document, At).Error);
        Assert.True(p.IssueResultNotice(Head, Document, At).IsSuccess);
        Assert.Equal(ResultNotice.AlreadyIssued, p.IssueResultNotice(Head, Document, At).Error);
        Assert.Equal("15/QĐ-UBND", p.ResultNotice!.Number);
        Assert.True(p.Close(Head).IsSuccess);
    }

    [Fact]
    public void The_result_notice_deadline_is_the_step_after_the_evaluation_and_stays_once_closed()
    {
        var p = ProposalTransitionTests.Reach(ProposalState.CompletionReported);
        Assert.True(p.RecordPartyOpinion(Head).IsSuccess);
        Assert.True(p.Evaluate(Head, Passing, EvaluationOutcome.Completed, new EvaluationFindings(true, true, true, false, null), Document, ProposalTransitionTests.EvaluationMeeting).IsSuccess);
        var due = new DateOnly(2026, 3, 5);
        p.AssignStep(1, At, _ => due, new WorkingCalendar([]));
        Assert.Equal(due, p.ResultNoticeDueOn);
        Assert.True(p.IssueResultNotice(Head, Document, At).IsSuccess);
        Assert.True(p.Close(Head).IsSuccess);
        p.AssignStep(null, At, _ => null, new WorkingCalendar([]));
        Assert.Equal(due, p.ResultNoticeDueOn);
    }

    [Theory]
    [InlineData("2026-03-05", "2026-03-05", false)]
    [InlineData("2026-03-05", "2026-03-06", true)]
    [InlineData("2026-03-05", null, true)]
    [InlineData(null, null, false)]
    public void A_notice_signed_after_its_deadline_or_missing_past_it_is_late(string? due, string? signed, bool late)
    {
        var today = new DateOnly(2026, 3, 9);
        Assert.Equal(late, ResultNotice.IsLate(due is null ? null : DateOnly.Parse(due), signed is null ? null : DateOnly.Parse(signed), today));
    }

    [Fact]
    public void Resources_are_recorded_with_the_implementation_decision_and_funds_are_whole_non_negative_vnd()
    {
        var refused = ProposalTransitionTests.Reach(ProposalState.Approved);
        Assert.Equal(ImplementationResources.NegativeFunds, refused.IssueImplementationDecision(Head, Document, null, new(null, null, -1m)).Error);
        Assert.Equal(ImplementationResources.NegativeFunds, refused.IssueImplementationDecision(Head, Document, null, new(null, null, 10.5m)).Error);
        Assert.Equal(ProposalState.Approved, refused.State);

        var p = ProposalTransitionTests.Reach(ProposalState.Approved);
        Assert.True(p.IssueImplementationDecision(Head, Document, null, new(" 2 máy quét ", "3 công chức", 50_000_000m)).IsSuccess);
        Assert.Equal(new ImplementationResources("2 máy quét", "3 công chức", 50_000_000m), p.Resources);

        var none = ProposalTransitionTests.Reach(ProposalState.Approved);
        Assert.True(none.IssueImplementationDecision(Head, Document, null, new(" ", null, null)).IsSuccess);
        Assert.Null(none.Resources);
    }
}
