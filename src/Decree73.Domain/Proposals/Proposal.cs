using Decree73.Domain.Common;

namespace Decree73.Domain.Proposals;

/// <summary>
/// An innovation proposal (đề xuất đổi mới, sáng tạo) and its lifecycle. Every transition is a method that checks
/// the state it starts from and who is acting, and returns a typed error instead of doing nothing.
/// </summary>
public sealed class Proposal : Entity
{
    private readonly List<ProposalDecision> decisions = [];
    private readonly List<ProposalVote> votes = [];
    private readonly List<OpinionRequest> opinionRequests = [];
    private readonly List<ProposalMilestone> milestones = [];
    private readonly List<ProgressUpdate> progressUpdates = [];
    private readonly List<ProposalImplementer> implementers = [];
    private readonly List<VotePosition> votePositions = [];

    /// <summary>Art. 9(1) asks for a full written report; a line or two is not one.</summary>
    public const int CompletionReportMinLength = 50;

    private Proposal() { }

    public Proposal(int proposerId, int unitId, int decidingUnitId, string title, Guid? creationToken = null)
    {
        CreationToken = creationToken;
        ProposerId = proposerId;
        UnitId = unitId;
        DecidingUnitId = decidingUnitId;
        Title = title;
        State = ProposalState.Draft;
    }

    private string title = "";

    public string Title
    {
        get => title;
        set
        {
            title = value;
            TitleFolded = TextNormalizer.Fold(value);
        }
    }

    /// <summary>The title without diacritics, for search ("doi moi" finds "Đổi mới").</summary>
    public string TitleFolded { get; private set; } = "";

    // The plan of Art. 7(2). Drafts may leave any of it empty; submission requires it (see the submission validator).

    /// <summary>(a) Sự cần thiết.</summary>
    public string? Necessity { get; set; }
    /// <summary>(a) Mục đích, yêu cầu.</summary>
    public string? Purpose { get; set; }
    /// <summary>(a) Điểm nghẽn, nút thắt cần tháo gỡ.</summary>
    public string? Bottleneck { get; set; }
    /// <summary>(a) Quy định còn thiếu hoặc không phù hợp với thực tiễn.</summary>
    public string? RuleGap { get; set; }
    /// <summary>(b) Nội dung, nhiệm vụ, giải pháp.</summary>
    public string? Content { get; set; }
    /// <summary>(b) Phạm vi.</summary>
    public string? Scope { get; set; }
    /// <summary>(b) Đối tượng thực hiện.</summary>
    public string? Implementers { get; set; }
    /// <summary>(b) Thời gian thực hiện.</summary>
    public DateOnly? StartOn { get; set; }
    public DateOnly? EndOn { get; set; }
    /// <summary>(b) Nguồn lực bảo đảm: con người, kinh phí (VND), trang thiết bị.</summary>
    public string? ResourcePeople { get; set; }
    public decimal? FundsVnd { get; set; }
    public string? ResourceEquipment { get; set; }
    /// <summary>(b) Tính khả thi.</summary>
    public string? Feasibility { get; set; }
    /// <summary>(c) Tác động tích cực.</summary>
    public string? PositiveImpact { get; set; }
    /// <summary>(c) Tác động tiêu cực, rủi ro.</summary>
    public string? NegativeImpact { get; set; }
    /// <summary>(c) Dự kiến hiệu quả, với chỉ tiêu đo được.</summary>
    public string? ExpectedResults { get; set; }

    public int? FieldId { get; set; }

    /// <summary>
    /// The proposer's declaration that this is a pilot mechanism under a separate legal instrument, which Art. 1 puts
    /// outside the decree: such a proposal cannot be submitted here (<see cref="ProposalConditions.PilotOutOfScope"/>).
    /// </summary>
    public bool IsPilotMechanism { get; set; }
    public int? KindId { get; set; }

    /// <summary>
    /// The token of the form the draft was created from: a second post of the same form (a double click, a retry)
    /// finds this draft instead of creating another.
    /// </summary>
    public Guid? CreationToken { get; private set; }

    /// <summary>The proposing officer.</summary>
    public int ProposerId { get; private set; }

    /// <summary>The proposer's unit when the proposal was written.</summary>
    public int UnitId { get; private set; }

    /// <summary>The employing agency that decides (Art. 7(3)); its superior when the proposer is its head (Art. 7(4)).</summary>
    public int DecidingUnitId { get; private set; }

    public ProposalState State { get; private set; }
    public string? ReceiptNumber { get; private set; }
    public DateTime? ReceivedAtUtc { get; private set; }

    /// <summary>7 working days from receipt (Art. 8(1)).</summary>
    public DateOnly? DecisionDueOn { get; private set; }

    public bool ApprovedByOverride { get; private set; }

    /// <summary>
    /// When the current round was decided (Art. 8(1)): the moment the proposal entered Approved (the passed vote or the
    /// head's override) or Rejected; null until then and again from each new receipt. Stored when the step is taken,
    /// so that the late-decision flag, the scorecard and the report read a column instead of the votes and decisions.
    /// </summary>
    public DateTime? DecidedAtUtc { get; private set; }

    /// <summary>The Vietnam date of <see cref="DecidedAtUtc"/>: late when after <see cref="DecisionDueOn"/>.</summary>
    public DateOnly? DecidedOn { get; private set; }

    /// <summary>
    /// When the leadership voted on the current round's approval (Art. 8(1)); null until then and again from each new
    /// receipt. Stored with the step the vote led to, with <see cref="VotedWithoutPartyOpinion"/>.
    /// </summary>
    public DateTime? ApprovalVotedAtUtc { get; private set; }

    /// <summary>The approval vote was cast before the Party committee's opinion was recorded for the round.</summary>
    public bool VotedWithoutPartyOpinion { get; private set; }
    public bool PartyOpinionReceived { get; private set; }
    public EvaluationOutcome? Outcome { get; private set; }

    /// <summary>
    /// When the evaluation result was adopted (Art. 9(2)): stored with the step that follows it, so that the
    /// late-evaluation flag and the report read one index range instead of the decisions of every evaluated proposal.
    /// </summary>
    public DateTime? EvaluatedAtUtc { get; private set; }
    public EvaluationFindings? Findings { get; private set; }

    /// <summary>The head's findings on the conditions of Art. 5(1) and Art. 4(2); null until recorded.</summary>
    public ConditionFindings? Conditions { get; private set; }

    /// <summary>The equipment, staff and funds the implementation decision allocated (Art. 10(2)); null when none.</summary>
    public ImplementationResources? Resources { get; private set; }

    /// <summary>The notice of the evaluation result (Art. 9); null until issued.</summary>
    public ResultNotice? ResultNotice { get; private set; }

    /// <summary>When the result notice is due: <see cref="DeadlineRules.Result"/> working days after the evaluation, set with that step.</summary>
    public DateOnly? ResultNoticeDueOn { get; private set; }

    /// <summary>The officer who holds the current step (domain.md §5); null once the proposal is finished here or when the agency has no head.</summary>
    public int? ResponsibleOfficerId { get; private set; }

    /// <summary>When the current state was entered.</summary>
    public DateTime? StepSinceUtc { get; private set; }

    /// <summary>When the current step is due, in working days (see <see cref="ProposalStep.DueOn"/>); null when the decree sets no deadline.</summary>
    public DateOnly? StepDueOn { get; private set; }

    /// <summary>The state <see cref="StepSinceUtc"/> refers to: a transition to another state starts a new step.</summary>
    public ProposalState? StepState { get; private set; }

    public IReadOnlyList<ProposalDecision> Decisions => decisions;

    /// <summary>
    /// Records who holds the step and when it is due. The clock restarts only when the state changed since the last
    /// assignment, so recording an opinion or a progress update does not reset "since".
    /// </summary>
    public void AssignStep(int? responsibleOfficerId, DateTime nowUtc, Func<DateTime, DateOnly?> dueOn)
    {
        if (StepState != State || StepSinceUtc is null)
        {
            StepState = State;
            StepSinceUtc = nowUtc;
            if (State is ProposalState.Approved or ProposalState.Rejected && DecidedAtUtc is null)
            {
                DecidedAtUtc = nowUtc;
                DecidedOn = DateOnly.FromDateTime(nowUtc.AddHours(7));
            }

            if (State is ProposalState.NotPassed or ProposalState.Approved or ProposalState.Rejected && ApprovalVotedAtUtc is null)
            {
                // Every way into these states passes through the round's vote (Art. 8(1)); the opinion is the round's.
                ApprovalVotedAtUtc = nowUtc;
                VotedWithoutPartyOpinion = !PartyOpinionReceived;
            }

            if (Outcome is not null && EvaluatedAtUtc is null)
            {
                EvaluatedAtUtc = nowUtc;
            }
        }

        ResponsibleOfficerId = ProposalStep.HolderOf(State) == StepHolder.Nobody ? null : responsibleOfficerId;
        StepDueOn = dueOn(StepSinceUtc.Value);
        if (State == ProposalState.Evaluated && ResultNoticeDueOn is null)
        {
            // The step after the evaluation is the result notice (Art. 9): its deadline stays on the notice once closed.
            ResultNoticeDueOn = StepDueOn;
        }
    }
    /// <summary>
    /// The working-day calendar changed under the current step: its deadline is the one the new calendar gives
    /// (<paramref name="decisionDueOn"/> only while the decision is pending). Nothing else moves, the clock included.
    /// </summary>
    public void RescheduleCurrentStep(DateOnly? decisionDueOn, DateOnly? stepDueOn)
    {
        if (decisionDueOn is not null)
        {
            DecisionDueOn = decisionDueOn;
        }

        StepDueOn = stepDueOn;
    }

    public IReadOnlyList<ProposalVote> Votes => votes;
    public IReadOnlyList<OpinionRequest> OpinionRequests => opinionRequests;
    public IReadOnlyList<ProposalMilestone> Milestones => milestones;
    public IReadOnlyList<ProgressUpdate> ProgressUpdates => progressUpdates;
    public IReadOnlyList<ProposalImplementer> AssignedImplementers => implementers;

    /// <summary>The members' own positions on the pending vote, given before the meeting (cleared when the round ends).</summary>
    public IReadOnlyList<VotePosition> VotePositions => votePositions;

    /// <summary>
    /// The vote the proposal awaits: the approval vote (Art. 8(1)) from receipt until the decision, the evaluation vote
    /// (Art. 9(2)) from the completion report or the stop until the evaluation is adopted; null otherwise.
    /// </summary>
    public VoteStage? PendingVote => State switch
    {
        ProposalState.Submitted or ProposalState.OpinionsRequested => VoteStage.Approval,
        ProposalState.CompletionReported or ProposalState.Stopped => VoteStage.Evaluation,
        _ => null,
    };

    /// <summary>
    /// A member of the leadership collective (a deputy: the head keeps the minutes) records their own position on the pending vote before the meeting (for or
    /// against, with an optional note), and may change it until the head records the minutes. Only for themselves (the
    /// actor's own officer), only a member of the deciding agency's leadership, never the proposer (Art. 8(1): "trừ cấp
    /// phó là cán bộ có đề xuất đổi mới, sáng tạo").
    /// </summary>
    public Result RecordPosition(ProposalActor actor, bool inFavour, string? note, DateTime recordedAtUtc)
    {
        if (PendingVote is not { } stage)
        {
            return ProposalErrors.NoVotePending;
        }

        if (actor.OfficerId == ProposerId)
        {
            return ProposalErrors.ProposerCannotVote;
        }

        if (!actor.IsLeadershipMember)
        {
            return ProposalErrors.VoterNotInLeadership;
        }

        // The head chairs the meeting and records the minutes, their own vote included.
        if (actor.IsDecidingHead)
        {
            return ProposalErrors.HeadKeepsMinutes;
        }

        var text = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (text?.Length > VotePosition.NoteMaxLength)
        {
            return ProposalErrors.PositionNoteTooLong;
        }

        var existing = votePositions.FirstOrDefault(p => p.Stage == stage && p.OfficerId == actor.OfficerId);
        if (existing is null)
        {
            votePositions.Add(new VotePosition(stage, actor.OfficerId, inFavour, text, recordedAtUtc));
        }
        else
        {
            existing.Change(inFavour, text, recordedAtUtc);
        }

        return Result.Success();
    }

    /// <summary>The completion report (Art. 9(1)): full and truthful, written by the proposer or an implementer.</summary>
    public string? CompletionReport { get; private set; }
    public DateTime? CompletionReportedAtUtc { get; private set; }
    public int? CompletionReportedByOfficerId { get; private set; }

    /// <summary>The percentage of the latest progress update; 0 before any.</summary>
    public int CurrentPercent => LatestProgress()?.Percent ?? 0;

    public bool IsAssignedImplementer(int officerId) => implementers.Any(i => i.OfficerId == officerId);

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
        (DecidedAtUtc, DecidedOn) = (null, null);
        (ApprovalVotedAtUtc, VotedWithoutPartyOpinion) = (null, false);
        PartyOpinionReceived = false;
        State = ProposalState.Submitted;
        return Result.Success();
    }

    public Result RequestOpinions(ProposalActor actor) =>
        Move(actor, HeadOnly, [ProposalState.Submitted, ProposalState.OpinionsRequested], ProposalState.OpinionsRequested);

    /// <summary>
    /// The head asks for an opinion, due on <paramref name="dueOn"/>. Before the vote any kind may be asked and the
    /// proposal moves to OpinionsRequested; at the evaluation (Art. 9(2)) only the Party committee is asked.
    /// </summary>
    public Result RequestOpinion(
        ProposalActor actor, OpinionKind kind, string addressee, DateOnly dueOn, DateTime requestedAtUtc, DateOnly requestedOn, int? addresseeUnitId = null)
    {
        var allowed = Check(actor, HeadOnly, OpinionStates);
        if (!allowed.IsSuccess)
        {
            return allowed;
        }

        var stage = CurrentOpinionStage();
        if (stage == VoteStage.Evaluation && kind != OpinionKind.PartyCommittee)
        {
            return ProposalErrors.OnlyPartyOpinionAtEvaluation;
        }

        if (string.IsNullOrWhiteSpace(addressee))
        {
            return ProposalErrors.AddresseeRequired;
        }

        if (dueOn < requestedOn)
        {
            return ProposalErrors.OpinionDueBeforeRequest;
        }

        opinionRequests.Add(new OpinionRequest(kind, stage, addressee.Trim(), addresseeUnitId, actor.OfficerId, requestedAtUtc, dueOn));
        if (State == ProposalState.Submitted)
        {
            State = ProposalState.OpinionsRequested;
        }

        return Result.Success();
    }

    /// <summary>
    /// The head records the response to a request of the current stage. The Party committee's response is the Party
    /// opinion the vote (Art. 8(1)) or the evaluation (Art. 9(2)) waits for.
    /// </summary>
    public Result RecordOpinionResponse(ProposalActor actor, int requestId, string text, DateTime respondedAtUtc)
    {
        var allowed = Check(actor, HeadOnly, OpinionStates);
        if (!allowed.IsSuccess)
        {
            return allowed;
        }

        var request = opinionRequests.FirstOrDefault(r => r.Id == requestId);
        if (request is null)
        {
            return ProposalErrors.OpinionRequestNotFound;
        }

        if (request.IsAnswered)
        {
            return ProposalErrors.OpinionAlreadyAnswered;
        }

        if (request.Stage != CurrentOpinionStage())
        {
            return ProposalErrors.OpinionRequestClosed;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return ProposalErrors.ResponseRequired;
        }

        request.Answer(text.Trim(), respondedAtUtc, actor.OfficerId);
        if (request.Kind == OpinionKind.PartyCommittee)
        {
            PartyOpinionReceived = true;
        }

        return Result.Success();
    }

    /// <summary>The proposer adds a milestone to the plan while drafting; it must fall within the plan's dates.</summary>
    public Result AddMilestone(ProposalActor actor, string title, DateOnly dueOn)
    {
        var allowed = Check(actor, Who.Proposer, [ProposalState.Draft]);
        if (!allowed.IsSuccess)
        {
            return allowed;
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            return ProposalErrors.MilestoneTitleRequired;
        }

        if ((StartOn is { } start && dueOn < start) || (EndOn is { } end && dueOn > end))
        {
            return ProposalErrors.MilestoneOutsidePlan;
        }

        milestones.Add(new ProposalMilestone(title.Trim(), dueOn));
        return Result.Success();
    }

    /// <summary>The proposer rewrites a milestone of the draft plan, under the same rules as adding one.</summary>
    public Result ChangeMilestone(ProposalActor actor, int milestoneId, string title, DateOnly dueOn)
    {
        var allowed = Check(actor, Who.Proposer, [ProposalState.Draft]);
        if (!allowed.IsSuccess)
        {
            return allowed;
        }

        var milestone = milestones.FirstOrDefault(m => m.Id == milestoneId);
        if (milestone is null)
        {
            return ProposalErrors.MilestoneNotFound;
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            return ProposalErrors.MilestoneTitleRequired;
        }

        if ((StartOn is { } start && dueOn < start) || (EndOn is { } end && dueOn > end))
        {
            return ProposalErrors.MilestoneOutsidePlan;
        }

        milestone.Change(title.Trim(), dueOn);
        return Result.Success();
    }

    public Result RemoveMilestone(ProposalActor actor, int milestoneId)
    {
        var allowed = Check(actor, Who.Proposer, [ProposalState.Draft]);
        if (!allowed.IsSuccess)
        {
            return allowed;
        }

        var milestone = milestones.FirstOrDefault(m => m.Id == milestoneId);
        if (milestone is null)
        {
            return ProposalErrors.MilestoneNotFound;
        }

        milestones.Remove(milestone);
        return Result.Success();
    }

    /// <summary>
    /// The proposer or an implementer reports progress while the plan runs. The percentage may only go down with a
    /// note saying why; an update may mark a milestone reached.
    /// </summary>
    public Result ReportProgress(ProposalActor actor, int percent, string? text, int? milestoneId, DateTime reportedAtUtc, DateOnly reportedOn)
    {
        var allowed = Check(actor, ProposerOrImplementer, [ProposalState.InProgress]);
        if (!allowed.IsSuccess)
        {
            return allowed;
        }

        if (percent is < 0 or > 100)
        {
            return ProposalErrors.PercentOutOfRange;
        }

        if (percent < CurrentPercent && string.IsNullOrWhiteSpace(text))
        {
            return ProposalErrors.PercentDecreaseNeedsNote;
        }

        ProposalMilestone? milestone = null;
        if (milestoneId is { } mid)
        {
            milestone = milestones.FirstOrDefault(m => m.Id == mid);
            if (milestone is null)
            {
                return ProposalErrors.MilestoneNotFound;
            }

            if (milestone.DoneOn is not null)
            {
                return ProposalErrors.MilestoneAlreadyDone;
            }
        }

        milestone?.MarkDone(reportedOn);
        progressUpdates.Add(new ProgressUpdate(percent, string.IsNullOrWhiteSpace(text) ? null : text.Trim(), milestoneId, actor.OfficerId, reportedAtUtc));
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
    /// The head issues the notice of the evaluation result (Art. 9), once, with its number, date and signer. Its
    /// deadline is <see cref="ResultNoticeDueOn"/>; a late notice is still recorded (and flagged by the compliance review).
    /// </summary>
    public Result IssueResultNotice(ProposalActor actor, DecisionDocument document, DateTime issuedAtUtc)
    {
        var allowed = Check(actor, HeadOnly, [ProposalState.Evaluated]);
        if (!allowed.IsSuccess)
        {
            return allowed;
        }

        if (ResultNotice is not null)
        {
            return ResultNotice.AlreadyIssued;
        }

        if (!document.IsComplete)
        {
            return ProposalErrors.DecisionRequired;
        }

        ResultNotice = new ResultNotice(document.Number.Trim(), document.SignedOn, document.Signer.Trim())
        {
            IssuedAtUtc = issuedAtUtc,
            IssuedByOfficerId = actor.OfficerId,
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
            Necessity = original.Necessity, Purpose = original.Purpose, Bottleneck = original.Bottleneck, RuleGap = original.RuleGap,
            Content = original.Content, Scope = original.Scope, Implementers = original.Implementers,
            StartOn = original.StartOn, EndOn = original.EndOn, ResourcePeople = original.ResourcePeople, FundsVnd = original.FundsVnd,
            ResourceEquipment = original.ResourceEquipment, Feasibility = original.Feasibility, PositiveImpact = original.PositiveImpact,
            NegativeImpact = original.NegativeImpact, ExpectedResults = original.ExpectedResults, FieldId = original.FieldId, KindId = original.KindId,
            EscalatedFromProposalId = original.Id,
            ReceiptNumber = receiptNumber,
            ReceivedAtUtc = receivedAtUtc,
            DecisionDueOn = decisionDueOn,
            State = ProposalState.Submitted,
        };
        received.milestones.AddRange(original.milestones.Select(m => new ProposalMilestone(m.Title, m.DueOn)));
        return (received, null);
    }

    /// <summary>
    /// The implementation decision, assigning the officers who carry out the plan (the application checks they belong
    /// to the deciding agency's subtree). The proposer implements too, assigned or not.
    /// </summary>
    public Result IssueImplementationDecision(
        ProposalActor actor, DecisionDocument document, IReadOnlyCollection<int>? implementerOfficerIds = null, ImplementationResources? resources = null)
    {
        var ids = implementerOfficerIds ?? [];
        var allowed = Check(actor, HeadOnly, [ProposalState.Approved]);
        if (!allowed.IsSuccess)
        {
            return allowed;
        }

        if (ids.Distinct().Count() != ids.Count)
        {
            return ProposalErrors.DuplicateImplementer;
        }

        if (resources?.Check() is { IsSuccess: false } badResources)
        {
            return badResources;
        }

        return Decide(actor, [ProposalState.Approved], ProposalState.InProgress, DecisionKind.Implementation, null, document, () =>
        {
            implementers.AddRange(ids.Select(id => new ProposalImplementer(id)));
            Resources = resources is null || resources.IsEmpty ? null : resources.Cleaned();
        });
    }

    public Result Suspend(ProposalActor actor, string reason, DecisionDocument document) =>
        Decide(actor, [ProposalState.InProgress], ProposalState.Suspended, DecisionKind.Suspension, reason, document);

    public Result Resume(ProposalActor actor, DecisionDocument document) =>
        Decide(actor, [ProposalState.Suspended], ProposalState.InProgress, DecisionKind.Resumption, null, document);

    /// <summary>Stopping leads to an evaluation, which needs a Party opinion on what happened.</summary>
    public Result Stop(ProposalActor actor, string reason, DecisionDocument document) =>
        Decide(actor, [ProposalState.InProgress, ProposalState.Suspended], ProposalState.Stopped, DecisionKind.Stop, reason, document, () => PartyOpinionReceived = false);

    /// <summary>The proposer or an implementer reports completion (Art. 9(1)) in a full written report.</summary>
    public Result ReportCompletion(ProposalActor actor, string report, DateTime reportedAtUtc)
    {
        var allowed = Check(actor, ProposerOrImplementer, [ProposalState.InProgress]);
        if (!allowed.IsSuccess)
        {
            return allowed;
        }

        if ((report?.Trim().Length ?? 0) < CompletionReportMinLength)
        {
            return ProposalErrors.CompletionReportTooShort;
        }

        CompletionReport = report!.Trim();
        CompletionReportedAtUtc = reportedAtUtc;
        CompletionReportedByOfficerId = actor.OfficerId;
        return Move(actor, ProposerOrImplementer, [ProposalState.InProgress], ProposalState.CompletionReported, partyOpinionReset: true);
    }

    /// <summary>
    /// Art. 9(2): after the Party opinion, the leadership collective adopts the evaluation by the Art. 8(1) vote
    /// (<see cref="EvaluationVote"/>): the minutes name every member of <see cref="VoteMeeting.Roster"/> with the
    /// meeting's date, held after the completion report (or the stop). Not adopted: nothing is recorded. A stopped
    /// proposal is evaluated too.
    /// </summary>
    public Result Evaluate(
        ProposalActor actor, IReadOnlyCollection<Vote> minutes, EvaluationOutcome outcome, EvaluationFindings findings, DecisionDocument document,
        VoteMeeting meeting)
    {
        var allowed = Check(actor, HeadOnly, [ProposalState.CompletionReported, ProposalState.Stopped]);
        if (!allowed.IsSuccess)
        {
            return allowed;
        }

        if (!PartyOpinionReceived)
        {
            return ProposalErrors.PartyOpinionMissing;
        }

        var adopted = EvaluationVote.Adopt(minutes, actor.OfficerId, ProposerId, meeting, EvaluationOpenedOn(), outcome, findings);
        if (!adopted.IsSuccess)
        {
            return adopted;
        }

        if (!document.IsComplete)
        {
            return ProposalErrors.DecisionRequired;
        }

        votes.AddRange(minutes.Select(v => new ProposalVote(VoteStage.Evaluation, v, meeting.MeetingOn)));
        Outcome = outcome;
        Findings = findings with
        {
            DamageDescription = findings.DamageCaused ? findings.DamageDescription?.Trim() : null,
            ObjectiveCauses = string.IsNullOrWhiteSpace(findings.ObjectiveCauses) ? null : findings.ObjectiveCauses.Trim(),
            SubjectiveCauses = string.IsNullOrWhiteSpace(findings.SubjectiveCauses) ? null : findings.SubjectiveCauses.Trim(),
        };
        decisions.Add(new ProposalDecision(DecisionKind.EvaluationResult, actor.OfficerId, null, document));
        votePositions.Clear();
        State = ProposalState.Evaluated;
        return Result.Success();
    }

    /// <summary>The Vietnam date the evaluation step opened: the completion report, or the stop (when the step was assigned).</summary>
    private DateOnly? EvaluationOpenedOn() =>
        (State == ProposalState.CompletionReported ? CompletionReportedAtUtc : StepState == State ? StepSinceUtc : null) is { } at
            ? DateOnly.FromDateTime(at.AddHours(7))
            : null;

    /// <summary>The file is closed once the result has been notified (Art. 9): the notice is the step's output.</summary>
    public Result Close(ProposalActor actor)
    {
        var allowed = Check(actor, HeadOnly, [ProposalState.Evaluated]);
        return !allowed.IsSuccess ? allowed
            : ResultNotice is null ? ResultNotice.Missing
            : Move(actor, HeadOnly, [ProposalState.Evaluated], ProposalState.Closed);
    }

    private enum Who
    {
        Head,
        Proposer,
        ProposerOrImplementer,
    }

    /// <summary>Opinions are asked before the vote (Art. 8(2)) and, from the Party committee, before the evaluation (Art. 9(2)).</summary>
    private static readonly ProposalState[] OpinionStates =
        [ProposalState.Submitted, ProposalState.OpinionsRequested, ProposalState.CompletionReported, ProposalState.Stopped];

    private VoteStage CurrentOpinionStage() =>
        State is ProposalState.CompletionReported or ProposalState.Stopped ? VoteStage.Evaluation : VoteStage.Approval;

    private ProgressUpdate? LatestProgress() =>
        progressUpdates.OrderBy(u => u.ReportedAtUtc).ThenBy(u => u.Id == 0 ? int.MaxValue : u.Id).LastOrDefault();

    private const Who HeadOnly = Who.Head;
    private const Who ProposerOrImplementer = Who.ProposerOrImplementer;

    private Result Check(ProposalActor actor, Who who, ProposalState[] from)
    {
        if (!from.Contains(State))
        {
            return ProposalErrors.InvalidState;
        }

        return who switch
        {
            Who.Head when !actor.IsDecidingHead => ProposalErrors.NotTheDecidingHead,
            // Even a head routed the proposal cannot decide on their own (Art. 7(4) sends it up instead).
            Who.Head when actor.OfficerId == ProposerId => ProposalErrors.OwnProposal,
            Who.Proposer when actor.OfficerId != ProposerId => ProposalErrors.NotTheProposer,
            Who.ProposerOrImplementer when actor.OfficerId != ProposerId && !actor.IsImplementer => ProposalErrors.NotAnImplementer,
            _ => Result.Success(),
        };
    }

    private Result Move(ProposalActor actor, Who who, ProposalState[] from, ProposalState to, bool partyOpinionReset = false)
    {
        var allowed = Check(actor, who, from);
        if (!allowed.IsSuccess)
        {
            return allowed;
        }

        if (partyOpinionReset)
        {
            // The evaluation needs a fresh Party opinion on the result, not the one given before approval.
            PartyOpinionReceived = false;
        }

        State = to;
        return Result.Success();
    }

    private Result Decide(
        ProposalActor actor, ProposalState[] from, ProposalState to, DecisionKind kind, string? reason, DecisionDocument? document, Action? also = null)
    {
        var allowed = Check(actor, HeadOnly, from);
        if (!allowed.IsSuccess)
        {
            return allowed;
        }

        var needsReason = kind is not (DecisionKind.Implementation or DecisionKind.Resumption);
        if (needsReason && string.IsNullOrWhiteSpace(reason))
        {
            return ProposalErrors.ReasonRequired;
        }

        var needsDocument = kind is DecisionKind.Override or DecisionKind.Implementation or DecisionKind.Suspension or DecisionKind.Resumption or DecisionKind.Stop;
        if (needsDocument && document?.IsComplete != true)
        {
            return ProposalErrors.DecisionRequired;
        }

        decisions.Add(new ProposalDecision(kind, actor.OfficerId, reason?.Trim(), document));
        // A decision ends the round the members gave their positions for (returned, escalated, rejected, overridden).
        votePositions.Clear();
        also?.Invoke();
        State = to;
        return Result.Success();
    }
}
