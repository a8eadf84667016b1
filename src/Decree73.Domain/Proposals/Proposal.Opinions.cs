using Decree73.Domain.Common;

namespace Decree73.Domain.Proposals;

/// <summary>Opinions asked of other agencies and persons (Art. 8(1)) and their answers.</summary>
public sealed partial class Proposal
{
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
}
