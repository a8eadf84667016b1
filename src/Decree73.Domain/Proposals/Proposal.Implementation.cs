using Decree73.Domain.Common;

namespace Decree73.Domain.Proposals;

/// <summary>Implementation (Art. 10): the decision, milestones and progress, suspension, resumption, stop and the completion report.</summary>
public sealed partial class Proposal
{
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
            resourcesAllocated = Resources is not null;
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
}
