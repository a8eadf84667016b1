using Decree73.Domain.Proposals;
using System.ComponentModel.DataAnnotations;

namespace Decree73.Application.Proposals;

/// <summary>The "Proposals" configuration section: the (configurable) rules of domain.md §3 and §5.</summary>
public sealed class ProposalOptions
{
    public const string Section = "Proposals";

    /// <summary>Art. 2: only leaders and managers propose. A province may widen this (default: strict).</summary>
    public bool EligibilityWidened { get; set; }

    /// <summary>Art. 4: the same-level Party committee's opinion is required before the vote (default: yes).</summary>
    public bool PartyOpinionRequiredBeforeVote { get; set; } = true;

    /// <summary>Art. 8(1): working days from receipt to the decision.</summary>
    [Range(1, 60)]
    public int DecisionWorkingDays { get; set; } = 7;

    /// <summary>Art. 9(1): working days after the plan's end for the completion report.</summary>
    [Range(1, 60)]
    public int CompletionReportWorkingDays { get; set; } = 5;

    /// <summary>Art. 9(2): working days from the completion report (or the stop) to the evaluation.</summary>
    [Range(1, 60)]
    public int EvaluationWorkingDays { get; set; } = 7;

    /// <summary>Art. 9(2): working days from the evaluation to the result being issued.</summary>
    [Range(1, 60)]
    public int ResultWorkingDays { get; set; } = 3;

    /// <summary>These settings as the one owner of every due date (<see cref="DeadlineRules"/>).</summary>
    public DeadlineRules Deadlines => new(DecisionWorkingDays, CompletionReportWorkingDays, EvaluationWorkingDays, ResultWorkingDays, OpinionWorkingDays);

    /// <summary>
    /// Art. 8(1) "trên 50% ý kiến biểu quyết tán thành": what the share is a share of. Default <see cref="VoteBase.VotesCast"/>
    /// (the for/against votes of the members present); <see cref="VoteBase.AllMembers"/> counts every eligible member,
    /// an absent one as not in favour (docs/workflow.md). The evaluation vote of Art. 9(2) counts on the same base.
    /// </summary>
    public VoteBase VoteBase { get; set; } = VoteBase.VotesCast;

    /// <summary>Art. 8(2): default due date of an opinion request, in working days from the request (configurable).</summary>
    [Range(1, 60)]
    public int OpinionWorkingDays { get; set; } = 5;
}
