using Decree73.Domain.Common;
using Decree73.Domain.Proposals;
using Xunit;

namespace Decree73.UnitTests;

/// <summary>
/// Every transition of domain.md §5 from every state: allowed where the table says so, refused with a typed error
/// (and no change) everywhere else. Each state is reached through the real transitions, not by setting it.
/// </summary>
public sealed class ProposalTransitionTests
{
    private const int ProposerId = 9;
    private const int HeadId = 1;
    private const int DeputyId = 2;
    private const int ImplementerId = 5;

    private static readonly ProposalActor Proposer = new(ProposerId);
    private static readonly ProposalActor Head = new(HeadId, IsDecidingHead: true);
    private static readonly ProposalActor Outsider = new(77);
    private static readonly ProposalActor OtherUnitHead = new(66, IsDecidingHead: false);
    private static readonly ProposalActor Implementer = new(ImplementerId, IsImplementer: true);
    private static readonly DecisionDocument Document = new("15/QĐ-UBND", new DateOnly(2026, 3, 2), "Lê Văn Minh");
    private static readonly EvaluationFindings Findings = new(true, true, true, false, null, "Thiếu kinh phí", "Chậm triển khai");
    internal static readonly ConditionFindings AllConditionsMet = new(true, null, true, null, true, null, true, null, true, null, true, null);
    private static readonly Vote[] Passing = [new(HeadId, true), new(DeputyId, true)];
    private static readonly Vote[] Failing = [new(HeadId, false), new(DeputyId, false)];
    private static readonly DateTime At = new(2026, 6, 1, 2, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 6, 1);
    private const int ParentUnitId = 2;

    /// <summary>The approval meeting: the head and the deputy are the whole eligible roster (Art. 8(1)).</summary>
    private static readonly VoteMeeting Meeting = new(new DateOnly(2026, 3, 3), [HeadId, DeputyId], VoteBase.VotesCast, Today);
    /// <summary>The evaluation meeting (Art. 9(2)): the same roster, on the day of the completion report.</summary>
    internal static readonly VoteMeeting EvaluationMeeting = new(Today, [HeadId, DeputyId], VoteBase.VotesCast, Today);
    private const string Report = "Đã số hóa toàn bộ hồ sơ một cửa năm 2026; thời gian xử lý giảm 30% so với kế hoạch.";

    /// <summary>How each transition is attempted with valid inputs, by the given actor.</summary>
    private static readonly Dictionary<string, Func<Proposal, ProposalActor, Result>> Attempts = new()
    {
        ["Submit"] = (p, a) => p.Submit(a, true, "1/2026/ĐX-TRAMLO", new DateTime(2026, 3, 2, 2, 0, 0, DateTimeKind.Utc), new DateOnly(2026, 3, 11)),
        ["RequestOpinions"] = (p, a) => p.RequestOpinions(a),
        ["RecordPartyOpinion"] = (p, a) => p.RecordPartyOpinion(a),
        ["RequestOpinion"] = (p, a) => p.RequestOpinion(a, OpinionKind.PartyCommittee, "Đảng ủy phường", Today.AddDays(7), At, Today),
        ["AddMilestone"] = (p, a) => p.AddMilestone(a, "Số hóa 50% hồ sơ", Today.AddDays(30)),
        ["ReportProgress"] = (p, a) => p.ReportProgress(a, 40, "Đã số hóa 400 hồ sơ", null, At, Today),
        ["RecordVote"] = (p, a) => p.RecordVote(a, Passing, partyOpinionRequired: false, Meeting),
        ["Override"] = (p, a) => p.Override(a, "Tôi chịu trách nhiệm cá nhân", Document),
        ["Reject"] = (p, a) => p.Reject(a, "Không đủ điều kiện của Điều 5"),
        ["ReturnForRevision"] = (p, a) => p.ReturnForRevision(a, "Bổ sung nguồn lực"),
        ["Escalate"] = (p, a) => p.Escalate(a, "Vượt thẩm quyền", ParentUnitId, targetIsAbove: true),
        ["IssueImplementationDecision"] = (p, a) => p.IssueImplementationDecision(a, Document),
        ["Suspend"] = (p, a) => p.Suspend(a, "Tạm dừng để rà soát", Document),
        ["Resume"] = (p, a) => p.Resume(a, Document),
        ["Stop"] = (p, a) => p.Stop(a, "Dừng do rủi ro", Document),
        ["ReportCompletion"] = (p, a) => p.ReportCompletion(a, Report, At),
        ["Evaluate"] = (p, a) =>
        {
            p.RecordPartyOpinion(Head);
            return p.Evaluate(a, Passing, EvaluationOutcome.Completed, Findings, Document, EvaluationMeeting);
        },
        ["Close"] = (p, a) =>
        {
            if (p.State == ProposalState.Evaluated)
            {
                p.IssueResultNotice(Head, Document, At);
            }

            return p.Close(a);
        },
        ["RecordConditions"] = (p, a) => p.RecordConditions(a, AllConditionsMet, At),
        ["IssueResultNotice"] = (p, a) => p.IssueResultNotice(a, Document, At),
    };

    /// <summary>The person who rightly takes each step: the proposer submits and reports, the head does the rest.</summary>
    private static ProposalActor RightActor(string transition) => transition switch
    {
        "Submit" or "ReportCompletion" or "AddMilestone" => Proposer,
        "ReportProgress" => Implementer,
        _ => Head,
    };

    private static Result Attempt(string transition, Proposal proposal) => Attempts[transition](proposal, RightActor(transition));

    /// <summary>domain.md §5, written out independently of the entity: transition → (from state → to state).</summary>
    private static readonly Dictionary<string, Dictionary<ProposalState, ProposalState>> Allowed = new()
    {
        ["Submit"] = new() { [ProposalState.Draft] = ProposalState.Submitted },
        ["RequestOpinions"] = new() { [ProposalState.Submitted] = ProposalState.OpinionsRequested, [ProposalState.OpinionsRequested] = ProposalState.OpinionsRequested },
        ["RecordPartyOpinion"] = new()
        {
            [ProposalState.Submitted] = ProposalState.Submitted, [ProposalState.OpinionsRequested] = ProposalState.OpinionsRequested,
            [ProposalState.CompletionReported] = ProposalState.CompletionReported, [ProposalState.Stopped] = ProposalState.Stopped,
        },
        ["RequestOpinion"] = new()
        {
            [ProposalState.Submitted] = ProposalState.OpinionsRequested, [ProposalState.OpinionsRequested] = ProposalState.OpinionsRequested,
            [ProposalState.CompletionReported] = ProposalState.CompletionReported, [ProposalState.Stopped] = ProposalState.Stopped,
        },
        ["AddMilestone"] = new() { [ProposalState.Draft] = ProposalState.Draft },
        ["ReportProgress"] = new() { [ProposalState.InProgress] = ProposalState.InProgress },
        ["RecordVote"] = new() { [ProposalState.Submitted] = ProposalState.Approved, [ProposalState.OpinionsRequested] = ProposalState.Approved },
        ["Override"] = new() { [ProposalState.NotPassed] = ProposalState.Approved },
        // Art. 8(1): rejection only after a vote that did not pass (and no override); before it, only a return or escalation.
        ["Reject"] = new() { [ProposalState.NotPassed] = ProposalState.Rejected },
        ["ReturnForRevision"] = new()
        {
            [ProposalState.Submitted] = ProposalState.Draft, [ProposalState.OpinionsRequested] = ProposalState.Draft, [ProposalState.NotPassed] = ProposalState.Draft,
        },
        ["Escalate"] = new() { [ProposalState.Submitted] = ProposalState.Escalated, [ProposalState.OpinionsRequested] = ProposalState.Escalated },
        ["IssueImplementationDecision"] = new() { [ProposalState.Approved] = ProposalState.InProgress },
        ["Suspend"] = new() { [ProposalState.InProgress] = ProposalState.Suspended },
        ["Resume"] = new() { [ProposalState.Suspended] = ProposalState.InProgress },
        ["Stop"] = new() { [ProposalState.InProgress] = ProposalState.Stopped, [ProposalState.Suspended] = ProposalState.Stopped },
        ["ReportCompletion"] = new() { [ProposalState.InProgress] = ProposalState.CompletionReported },
        ["Evaluate"] = new() { [ProposalState.CompletionReported] = ProposalState.Evaluated, [ProposalState.Stopped] = ProposalState.Evaluated },
        ["Close"] = new() { [ProposalState.Evaluated] = ProposalState.Closed },
        ["RecordConditions"] = new()
        {
            [ProposalState.Submitted] = ProposalState.Submitted, [ProposalState.OpinionsRequested] = ProposalState.OpinionsRequested,
            [ProposalState.NotPassed] = ProposalState.NotPassed,
        },
        ["IssueResultNotice"] = new() { [ProposalState.Evaluated] = ProposalState.Evaluated },
    };

    internal static Proposal Reach(ProposalState state)
    {
        var p = new Proposal(ProposerId, unitId: 4, decidingUnitId: 3, "Số hóa hồ sơ một cửa");
        void Do(Result r) => Assert.True(r.IsSuccess, $"Path to {state} failed: {r.Error}");
        if (state == ProposalState.Draft)
        {
            return p;
        }

        Do(Attempt("Submit", p));
        Do(p.RecordConditions(Head, AllConditionsMet, At));
        switch (state)
        {
            case ProposalState.Submitted:
                return p;
            case ProposalState.OpinionsRequested:
                Do(p.RequestOpinions(Head));
                return p;
            case ProposalState.NotPassed:
                Do(p.RecordVote(Head, Failing, partyOpinionRequired: false, Meeting));
                return p;
            case ProposalState.Rejected:
                Do(p.RecordVote(Head, Failing, partyOpinionRequired: false, Meeting));
                Do(p.Reject(Head, "Không phù hợp"));
                return p;
            case ProposalState.Escalated:
                Do(p.Escalate(Head, "Vượt thẩm quyền", ParentUnitId, targetIsAbove: true));
                return p;
        }

        Do(p.RecordVote(Head, Passing, partyOpinionRequired: false, Meeting));
        if (state == ProposalState.Approved)
        {
            return p;
        }

        Do(p.IssueImplementationDecision(Head, Document));
        switch (state)
        {
            case ProposalState.InProgress:
                return p;
            case ProposalState.Suspended:
                Do(p.Suspend(Head, "Rà soát", Document));
                return p;
            case ProposalState.Stopped:
                Do(p.Stop(Head, "Rủi ro", Document));
                return p;
        }

        Do(p.ReportCompletion(Implementer, Report, At));
        if (state == ProposalState.CompletionReported)
        {
            return p;
        }

        Do(p.RecordPartyOpinion(Head));
        Do(p.Evaluate(Head, Passing, EvaluationOutcome.PartlyCompleted, Findings, Document, EvaluationMeeting));
        if (state == ProposalState.Evaluated)
        {
            return p;
        }

        Do(p.IssueResultNotice(Head, Document, At));
        Do(p.Close(Head));
        return p;
    }

    public static TheoryData<string, ProposalState> EveryTransitionFromEveryState()
    {
        var data = new TheoryData<string, ProposalState>();
        foreach (var transition in Attempts.Keys)
        {
            foreach (var state in Enum.GetValues<ProposalState>())
            {
                data.Add(transition, state);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryTransitionFromEveryState))]
    public void A_transition_is_allowed_exactly_from_the_states_of_the_decree(string transition, ProposalState from)
    {
        var proposal = Reach(from);
        Assert.Equal(from, proposal.State);
        var decisionsBefore = proposal.Decisions.Count;

        var result = Attempt(transition, proposal);

        if (Allowed[transition].TryGetValue(from, out var to))
        {
            Assert.True(result.IsSuccess, $"{transition} from {from} was refused: {result.Error}");
            Assert.Equal(to, proposal.State);
        }
        else
        {
            // Before the vote the head is told why there is no rejection yet (Art. 8(1)); elsewhere the state is wrong.
            var expected = transition == "Reject" && from is ProposalState.Submitted or ProposalState.OpinionsRequested
                ? ProposalErrors.RejectBeforeVote
                : ProposalErrors.InvalidState;
            Assert.Equal(expected, result.Error);
            Assert.Equal(from, proposal.State);
            Assert.Equal(decisionsBefore, proposal.Decisions.Count);
        }
    }

    [Fact]
    public void The_table_covers_every_transition_and_every_state_is_reachable()
    {
        Assert.Equal(Attempts.Keys.Order(), Allowed.Keys.Order());
        foreach (var state in Enum.GetValues<ProposalState>())
        {
            Assert.Equal(state, Reach(state).State);
        }
    }

    public static TheoryData<string, ProposalState> HeadTransitions() => new()
    {
        { "RequestOpinions", ProposalState.Submitted }, { "RequestOpinion", ProposalState.Submitted }, { "RequestOpinion", ProposalState.Stopped }, { "RecordPartyOpinion", ProposalState.Submitted }, { "RecordVote", ProposalState.Submitted },
        { "Override", ProposalState.NotPassed }, { "Reject", ProposalState.Submitted }, { "ReturnForRevision", ProposalState.Submitted },
        { "Escalate", ProposalState.Submitted }, { "IssueImplementationDecision", ProposalState.Approved }, { "Suspend", ProposalState.InProgress },
        { "Resume", ProposalState.Suspended }, { "Stop", ProposalState.InProgress }, { "Evaluate", ProposalState.CompletionReported },
        { "Close", ProposalState.Evaluated }, { "RecordConditions", ProposalState.Submitted }, { "IssueResultNotice", ProposalState.Evaluated },
    };

    [Theory]
    [MemberData(nameof(HeadTransitions))]
    public void Only_the_head_of_the_deciding_agency_takes_the_head_steps(string transition, ProposalState from)
    {
        foreach (var actor in new[] { Proposer, OtherUnitHead, Outsider, Implementer })
        {
            var proposal = Reach(from);
            var result = Attempts[transition](proposal, actor);

            Assert.Equal(ProposalErrors.NotTheDecidingHead, result.Error);
            Assert.Equal(from, proposal.State);
        }
    }

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
