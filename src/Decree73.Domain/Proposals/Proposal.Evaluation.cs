using Decree73.Domain.Common;

namespace Decree73.Domain.Proposals;

/// <summary>Evaluation (Art. 9): the result adopted by the vote, the result notice and the closing of the file.</summary>
public sealed partial class Proposal
{
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
}
