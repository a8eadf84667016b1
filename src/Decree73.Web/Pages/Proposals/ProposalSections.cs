using Decree73.Domain.Proposals;
using Decree73.Web.Presentation;
using Decree73.Web.Resources;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Decree73.Web.Pages.Proposals;

/// <summary>
/// The proposal page's collapsible sections: which are open at the current step (the others start closed, one click
/// away, and print expanded), and the one-line status that says what is awaited, from whom, by when.
/// </summary>
public static class ProposalSections
{
    private const string ClosedKey = "ClosedSections";

    public const string Content = "content";
    public const string Opinions = "opinions";

    /// <summary>The sections that do not matter to the current step of <paramref name="state"/>: they start closed.</summary>
    public static IReadOnlySet<string> ClosedAt(ProposalState state)
    {
        var closed = new HashSet<string>(StringComparer.Ordinal);
        // Once implementation is decided, the plan's text is reference: the step is about progress and results.
        if (state is ProposalState.InProgress or ProposalState.Suspended or ProposalState.Stopped or ProposalState.CompletionReported
            or ProposalState.Evaluated or ProposalState.Closed)
        {
            closed.Add(Content);
        }

        // Opinions matter while they are asked: before the vote and at the evaluation.
        if (state is not (ProposalState.Submitted or ProposalState.OpinionsRequested or ProposalState.NotPassed
            or ProposalState.CompletionReported or ProposalState.Stopped))
        {
            closed.Add(Opinions);
        }

        return closed;
    }

    public static void Remember(ViewDataDictionary viewData, ProposalState state) => viewData[ClosedKey] = ClosedAt(state);

    /// <summary>Whether the section <paramref name="key"/> starts open (open unless the page said otherwise).</summary>
    public static bool IsOpen(ViewDataDictionary viewData, string key) =>
        viewData[ClosedKey] is not IReadOnlySet<string> closed || !closed.Contains(key);

    /// <summary>The one-line status: who the proposal is waiting for, for what, and until when (dd/MM/yyyy).</summary>
    public static string StatusLine(Decree73.Application.Proposals.ProposalDetails proposal, string? responsibleName)
    {
        if (ProposalStep.HolderOf(proposal.State) == StepHolder.Nobody)
        {
            return string.Format(PanelText.Culture, PanelText.Status_Finished, EnumText.Of(proposal.State));
        }

        var who = responsibleName ?? UiText.Step_NoHead;
        var what = proposal.State switch
        {
            ProposalState.Draft => PanelText.Step_Draft,
            ProposalState.Submitted or ProposalState.OpinionsRequested => PanelText.Step_Deciding,
            ProposalState.NotPassed => PanelText.Step_NotPassed,
            ProposalState.Approved => PanelText.Step_Approved,
            ProposalState.InProgress => PanelText.Step_InProgress,
            ProposalState.Suspended => PanelText.Step_Suspended,
            ProposalState.Evaluated => PanelText.Step_Evaluated,
            _ => PanelText.Step_Evaluating,
        };
        return proposal.StepDueOn is { } due
            ? string.Format(PanelText.Culture, PanelText.Status_WaitingUntil, who, what, Display.Date(due))
            : string.Format(PanelText.Culture, PanelText.Status_Waiting, who, what);
    }
}
