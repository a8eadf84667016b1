using Decree73.Application.Common;
using Decree73.Application.Resources;
using Decree73.Domain.Common;
using Decree73.Domain.Proposals;

namespace Decree73.Application.Proposals;

/// <summary>
/// The meetings of the collective (the approval vote of Art. 8(1), the evaluation of Art. 9(2)) and a member's own
/// position before them. The roster comes from the proposal the step loaded: the proposal is read once per step.
/// </summary>
public sealed partial class ProposalWorkflowService
{
    /// <summary>The approval vote, with the meeting held today (tests and callers that do not give the date).</summary>
    public Task<OperationResult> RecordVoteAsync(int id, int version, IReadOnlyCollection<Vote> votes, CancellationToken ct = default) =>
        RecordVoteAsync(id, version, votes, VietnamTime.Today(time), ct);

    /// <summary>
    /// The approval vote (Art. 8(1)): the minutes give every eligible member of the deciding agency's leadership (the
    /// head and the deputies, less a deputy who is the proposer) as for, against or absent, and the meeting's date.
    /// The head's incomplete minutes are refused with each gap on its field (<see cref="VoteMinutes"/>).
    /// </summary>
    public Task<OperationResult> RecordVoteAsync(int id, int version, IReadOnlyCollection<Vote> votes, DateOnly? meetingOn, CancellationToken ct = default)
    {
        var meeting = new Meeting(this, votes, meetingOn, ct);
        var today = VietnamTime.Today(time);
        return ApplyAsync(id, version,
            (p, a) => OutsiderVotes(p, a, votes, meeting.Members)
                ?? p.RecordVote(a, votes, options.Value.PartyOpinionRequiredBeforeVote,
                    new VoteMeeting(meetingOn, meeting.Roster(p), options.Value.VoteBase, today)),
            "vote recorded", ct, gate: meeting.CheckAsync);
    }

    /// <summary>The evaluation vote, with the meeting held today (tests and callers that do not give the date).</summary>
    public Task<OperationResult> EvaluateAsync(
        int id, int version, IReadOnlyCollection<Vote> votes, EvaluationOutcome outcome, EvaluationFindings findings, DecisionDocument document, CancellationToken ct = default) =>
        EvaluateAsync(id, version, votes, outcome, findings, document, VietnamTime.Today(time), ct);

    /// <summary>
    /// The evaluation (Art. 9(2)): the collective adopts the head's conclusion (outcome and findings) by the vote of
    /// Art. 8(1); the minutes give every eligible member as for, against or absent, and the meeting's date
    /// (<see cref="EvaluationVote"/>). A conclusion not adopted is not recorded.
    /// </summary>
    public Task<OperationResult> EvaluateAsync(
        int id, int version, IReadOnlyCollection<Vote> votes, EvaluationOutcome outcome, EvaluationFindings findings, DecisionDocument document,
        DateOnly? meetingOn, CancellationToken ct = default)
    {
        var meeting = new Meeting(this, votes, meetingOn, ct);
        var today = VietnamTime.Today(time);
        return ApplyAsync(id, version,
            (p, a) => OutsiderVotes(p, a, votes, meeting.Members)
                ?? p.Evaluate(a, votes, outcome, findings, document, new VoteMeeting(meetingOn, meeting.Roster(p), options.Value.VoteBase, today)),
            "evaluated", ct, gate: meeting.CheckAsync);
    }

    /// <summary>
    /// A leadership member's own position on the pending vote, before the meeting (issue 13): for or against with an
    /// optional note, for themselves only, changeable until the head records the minutes. Refused (Forbidden) to anyone
    /// <see cref="ProposalAccess.MayRecordPositionAsync"/> does not allow; without a choice, refused next to it.
    /// </summary>
    public Task<OperationResult> RecordPositionAsync(int id, int version, bool? inFavour, string? note, CancellationToken ct = default) =>
        ApplyAsync(id, version, (p, a) => p.RecordPosition(a, inFavour!.Value, note, time.GetUtcNow().UtcDateTime), "position recorded", ct,
            gate: async (p, _) =>
                !await proposalAccess.MayRecordPositionAsync(p, ct) ? OperationResult.Forbidden()
                : inFavour is null ? OperationResult.Invalid("Position", ValidationMessages.Proposal_PositionChoiceMissing)
                : null);

    /// <summary>
    /// A vote may only be cast by the deciding agency's leadership: a crafted post must not add votes in other
    /// officers' names. Checked for the deciding head only, so that anyone else still gets the entity's refusal.
    /// </summary>
    private static Result? OutsiderVotes(Proposal proposal, ProposalActor actor, IReadOnlyCollection<Vote> votes, HashSet<int> members) =>
        actor.IsDecidingHead && actor.OfficerId != proposal.ProposerId && votes.Any(v => !members.Contains(v.OfficerId))
            ? (Result?)Result.Failure(ProposalErrors.VoterNotInLeadership)
            : null;

    /// <summary>
    /// One meeting's minutes: the leadership of the loaded proposal's deciding agency, and, for the head who records
    /// them, every gap refused before anything is saved.
    /// </summary>
    private sealed class Meeting(ProposalWorkflowService service, IReadOnlyCollection<Vote> votes, DateOnly? meetingOn, CancellationToken ct)
    {
        public HashSet<int> Members { get; private set; } = [];

        public IReadOnlyList<int> Roster(Proposal proposal) => Members.Where(m => m != proposal.ProposerId).ToList();

        public async Task<OperationResult?> CheckAsync(Proposal proposal, ProposalActor actor)
        {
            Members = (await service.LeadershipAsync(proposal, ct)).Select(m => m.OfficerId).ToHashSet();
            return actor.IsDecidingHead && VoteMinutes.Gaps(Roster(proposal), votes, meetingOn) is { Count: > 0 } gaps
                ? OperationResult.Invalid(gaps)
                : null;
        }
    }
}
