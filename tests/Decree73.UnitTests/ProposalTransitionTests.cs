using Decree73.Domain.Common;
using Decree73.Domain.Proposals;
using Xunit;

namespace Decree73.UnitTests;

/// <summary>
/// Every transition of domain.md §5 from every state: allowed where the table says so, refused with a typed error
/// (and no change) everywhere else. Each state is reached through the real transitions, not by setting it.
/// </summary>
public sealed partial class ProposalTransitionTests
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
}
