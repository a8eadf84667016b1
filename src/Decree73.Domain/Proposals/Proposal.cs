using Decree73.Domain.Calendar;
using Decree73.Domain.Common;

namespace Decree73.Domain.Proposals;

/// <summary>
/// An innovation proposal (đề xuất đổi mới, sáng tạo) and its lifecycle. Every transition is a method that checks
/// the state it starts from and who is acting, and returns a typed error instead of doing nothing.
/// </summary>
public sealed partial class Proposal : Entity
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

    /// <summary>The plan of Art. 7(2). Drafts may leave any of it empty; submission requires it (see the submission validator).</summary>
    public ProposalPlan Plan { get; set; } = new();

    /// <summary>(b) Thời gian thực hiện: the plan's period, kept beside it (see <see cref="ProposalPlan"/>).</summary>
    public DateOnly? StartOn { get; set; }
    public DateOnly? EndOn { get; set; }

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

    /// <summary>
    /// When the latest action on this proposal or its rows was recorded: the moment of the newest entry of its audit
    /// trail, stamped by the persistence layer in the transaction that writes the entry (never by the domain). The
    /// compliance review's "stalled" check is an index range over it instead of a search of every trail.
    /// </summary>
    public DateTime? LastActionAtUtc { get; private set; }

    public IReadOnlyList<ProposalDecision> Decisions => decisions;

    /// <summary>
    /// Records who holds the step and when it is due. The clock restarts only when the state changed since the last
    /// assignment, so recording an opinion or a progress update does not reset "since". The calendar counts the working
    /// days to a decision taken now (<see cref="DecisionWorkingDays"/>): always given, so that fact is never left unset.
    /// </summary>
    public void AssignStep(int? responsibleOfficerId, DateTime nowUtc, Func<DateTime, DateOnly?> dueOn, WorkingCalendar calendar)
    {
        if (decidedByOtherAgency)
        {
            ApprovedByOtherAgencyAtUtc = nowUtc;
            decidedByOtherAgency = false;
        }

        if (resourcesAllocated)
        {
            ResourcesAllocatedAtUtc = nowUtc;
            resourcesAllocated = false;
        }

        if (StepState != State || StepSinceUtc is null)
        {
            StepState = State;
            StepSinceUtc = nowUtc;
            if (State is ProposalState.Approved or ProposalState.Rejected && DecidedAtUtc is null)
            {
                DecidedAtUtc = nowUtc;
                DecidedOn = DateOnly.FromDateTime(nowUtc.AddHours(7));
                if (ReceivedAtUtc is { } received)
                {
                    DecisionWorkingDays = DecisionWorkingDaysOf(calendar, DateOnly.FromDateTime(received.AddHours(7)), DecidedOn.Value);
                }
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
                EvaluatedOn = DateOnly.FromDateTime(nowUtc.AddHours(7));
            }
        }

        ResponsibleOfficerId = ProposalStep.HolderOf(State) == StepHolder.Nobody ? null : responsibleOfficerId;
        StepDueOn = dueOn(StepSinceUtc.Value);
        if (State is ProposalState.CompletionReported or ProposalState.Stopped)
        {
            // The evaluation step (Art. 9(2)): its deadline stays on the proposal once evaluated (the late-evaluation flag).
            EvaluationDueOn = StepDueOn;
        }

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
        if (State is ProposalState.CompletionReported or ProposalState.Stopped)
        {
            EvaluationDueOn = stepDueOn;
        }
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
        if (kind is DecisionKind.Override or DecisionKind.Implementation && actor.UnitId is { } unitId && unitId != DecidingUnitId)
        {
            decidedByOtherAgency = true;
        }

        // A decision ends the round the members gave their positions for (returned, escalated, rejected, overridden).
        votePositions.Clear();
        also?.Invoke();
        State = to;
        return Result.Success();
    }
}
