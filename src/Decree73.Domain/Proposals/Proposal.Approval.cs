using Decree73.Domain.Common;

namespace Decree73.Domain.Proposals;

/// <summary>Receipt to decision (Art. 7-8): submission, the Party opinion, the conditions, the vote, the override, rejection, return and escalation.</summary>
public sealed partial class Proposal
{
    public Result Submit(ProposalActor actor, bool proposerEligible, string receiptNumber, DateTime receivedAtUtc, DateOnly decisionDueOn)
    {
        if (State != ProposalState.Draft)
        {
            return ProposalErrors.InvalidState;
        }

        if (actor.OfficerId != ProposerId)
        {
            return ProposalErrors.NotTheProposer;
        }

        if (!proposerEligible)
        {
            return ProposalErrors.NotEligible;
        }

        if (IsPilotMechanism)
        {
            return ProposalConditions.PilotOutOfScope;
        }

        ReceiptNumber = receiptNumber;
        ReceivedAtUtc = receivedAtUtc;
        DecisionDueOn = decisionDueOn;
        (DecidedAtUtc, DecidedOn, DecisionWorkingDays, ApprovedByOtherAgencyAtUtc) = (null, null, null, null);
        (ApprovalVotedAtUtc, VotedWithoutPartyOpinion) = (null, false);
        PartyOpinionReceived = false;
        State = ProposalState.Submitted;
        return Result.Success();
    }

    /// <summary>The same-level Party committee has given its opinion (required before the vote and the evaluation).</summary>
    public Result RecordPartyOpinion(ProposalActor actor)
    {
        var allowed = Check(actor, HeadOnly, [ProposalState.Submitted, ProposalState.OpinionsRequested, ProposalState.CompletionReported, ProposalState.Stopped]);
        if (!allowed.IsSuccess)
        {
            return allowed;
        }

        PartyOpinionReceived = true;
        return Result.Success();
    }

    /// <summary>
    /// Records the leadership vote (Art. 8(1)): Approved if it passes, NotPassed otherwise. Art. 8(1): "người đứng đầu cơ
    /// quan sử dụng cán bộ chủ trì họp tập thể lãnh đạo để xem xét, thảo luận, biểu quyết ... Tập thể lãnh đạo tham gia
    /// biểu quyết bao gồm người đứng đầu và cấp phó của người đứng đầu cơ quan sử dụng cán bộ, trừ cấp phó là cán bộ có đề
    /// xuất": the minutes record every member of <see cref="VoteMeeting.Roster"/> as for, against or absent, with the
    /// meeting's date; the vote is refused until each has an entry.
    /// </summary>
    public Result RecordVote(ProposalActor actor, IReadOnlyCollection<Vote> cast, bool partyOpinionRequired, VoteMeeting meeting)
    {
        var allowed = Check(actor, HeadOnly, [ProposalState.Submitted, ProposalState.OpinionsRequested]);
        if (!allowed.IsSuccess)
        {
            return allowed;
        }

        if (partyOpinionRequired && !PartyOpinionReceived)
        {
            return ProposalErrors.PartyOpinionMissing;
        }

        // The meeting is held between receipt and today (Vietnam dates, UTC+7 all year).
        var receivedOn = ReceivedAtUtc is { } received ? DateOnly.FromDateTime(received.AddHours(7)) : (DateOnly?)null;
        var (outcome, error) = LeadershipVote.Decide(cast, actor.OfficerId, ProposerId, meeting, receivedOn);
        if (error is not null)
        {
            return error;
        }

        if (outcome == VoteOutcome.Passed && ProposalConditions.CheckForApproval(Conditions) is { IsSuccess: false } unmet)
        {
            return unmet;
        }

        votes.AddRange(cast.Select(v => new ProposalVote(VoteStage.Approval, v, meeting.MeetingOn)));
        votePositions.Clear();
        State = outcome == VoteOutcome.Passed ? ProposalState.Approved : ProposalState.NotPassed;
        return Result.Success();
    }

    /// <summary>After a failed vote the head approves anyway, in writing, taking personal responsibility.</summary>
    public Result Override(ProposalActor actor, string reason, DecisionDocument document)
    {
        var allowed = Check(actor, HeadOnly, [ProposalState.NotPassed]);
        return !allowed.IsSuccess ? allowed
            : ProposalConditions.CheckForApproval(Conditions) is { IsSuccess: false } unmet ? unmet
            : Decide(actor, [ProposalState.NotPassed], ProposalState.Approved, DecisionKind.Override, reason, document, () => ApprovedByOverride = true);
    }

    /// <summary>
    /// The head records a finding on each condition of Art. 5(1) and on the unit's authority (Art. 4(2)) before or at
    /// the decision; they may be corrected until the proposal is approved. Approval needs all of them "yes".
    /// </summary>
    public Result RecordConditions(ProposalActor actor, ConditionFindings findings, DateTime recordedAtUtc)
    {
        var allowed = Check(actor, HeadOnly, [ProposalState.Submitted, ProposalState.OpinionsRequested, ProposalState.NotPassed]);
        if (!allowed.IsSuccess)
        {
            return allowed;
        }

        static string? Clean(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        Conditions = findings with
        {
            BottleneckNote = Clean(findings.BottleneckNote),
            CommonInterestNote = Clean(findings.CommonInterestNote),
            UrgentNeedNote = Clean(findings.UrgentNeedNote),
            NoSecurityImpactNote = Clean(findings.NoSecurityImpactNote),
            NoHarmToOthersNote = Clean(findings.NoHarmToOthersNote),
            WithinAuthorityNote = Clean(findings.WithinAuthorityNote),
            RecordedAtUtc = recordedAtUtc,
            RecordedByOfficerId = actor.OfficerId,
        };
        return Result.Success();
    }

    /// <summary>
    /// Rejection, with reasons, exists only after a vote that did not pass and that the head did not override. Art. 8(1):
    /// the head "chủ trì họp tập thể lãnh đạo để xem xét, thảo luận, biểu quyết"; only "trường hợp nội dung đổi mới, sáng
    /// tạo không được tập thể lãnh đạo ... thông qua" may the head decide alone. Before the vote the head may only return
    /// the proposal for revision (<see cref="ReturnForRevision"/>) or escalate it.
    /// </summary>
    public Result Reject(ProposalActor actor, string reason)
    {
        var allowed = Check(actor, HeadOnly, [ProposalState.Submitted, ProposalState.OpinionsRequested, ProposalState.NotPassed]);
        if (!allowed.IsSuccess)
        {
            return allowed;
        }

        if (State != ProposalState.NotPassed)
        {
            return ProposalErrors.RejectBeforeVote;
        }

        return Decide(actor, [ProposalState.NotPassed], ProposalState.Rejected, DecisionKind.Rejection, reason, null);
    }

    /// <summary>Back to the proposer for revision; resubmitting restarts at receipt.</summary>
    public Result ReturnForRevision(ProposalActor actor, string reason) =>
        Decide(actor, [ProposalState.Submitted, ProposalState.OpinionsRequested, ProposalState.NotPassed], ProposalState.Draft, DecisionKind.ReturnForRevision, reason, null);

    /// <summary>
    /// Beyond the agency's authority (Art. 4(2); domain.md §5 row 5), the head sends the proposal to a competent unit
    /// above (by default the parent), where it re-enters at receipt (<see cref="ReceiveEscalated"/>). The application
    /// says whether <paramref name="toUnitId"/> is above the deciding agency.
    /// </summary>
    public Result Escalate(ProposalActor actor, string reason, int? toUnitId, bool targetIsAbove)
    {
        var allowed = Check(actor, HeadOnly, [ProposalState.Submitted, ProposalState.OpinionsRequested]);
        if (!allowed.IsSuccess)
        {
            return allowed;
        }

        if (toUnitId is null)
        {
            return ProposalErrors.EscalationTargetRequired;
        }

        if (!targetIsAbove || toUnitId == DecidingUnitId)
        {
            return ProposalErrors.EscalationTargetNotAbove;
        }

        var decided = Decide(actor, [ProposalState.Submitted, ProposalState.OpinionsRequested], ProposalState.Escalated, DecisionKind.Escalation, reason, null);
        if (decided.IsSuccess)
        {
            EscalatedToUnitId = toUnitId;
        }

        return decided;
    }

    /// <summary>The competent unit the proposal was escalated to.</summary>
    public int? EscalatedToUnitId { get; private set; }

    /// <summary>The proposal of the lower level this one was received from by escalation (domain.md §5 row 5).</summary>
    public int? EscalatedFromProposalId { get; private set; }

    /// <summary>
    /// The receipt at the competent level of an escalated proposal: a new proposal of the same proposer and plan, routed
    /// to <see cref="EscalatedToUnitId"/>, received with that unit's own receipt number and the 7-working-day decision
    /// deadline of Art. 8(1), which re-enters the procedure at step 1 there (domain.md §5 row 5) and keeps the link to
    /// the original.
    /// </summary>
    public static (Proposal? Proposal, DomainError? Error) ReceiveEscalated(Proposal original, string receiptNumber, DateTime receivedAtUtc, DateOnly decisionDueOn)
    {
        if (original.State != ProposalState.Escalated || original.EscalatedToUnitId is not { } toUnitId)
        {
            return (null, ProposalErrors.InvalidState);
        }

        var received = new Proposal(original.ProposerId, original.UnitId, toUnitId, original.Title)
        {
            Plan = original.Plan with { }, StartOn = original.StartOn, EndOn = original.EndOn, FieldId = original.FieldId, KindId = original.KindId,
            EscalatedFromProposalId = original.Id,
            ReceiptNumber = receiptNumber,
            ReceivedAtUtc = receivedAtUtc,
            DecisionDueOn = decisionDueOn,
            State = ProposalState.Submitted,
        };
        received.milestones.AddRange(original.milestones.Select(m => new ProposalMilestone(m.Title, m.DueOn)));
        return (received, null);
    }
}
