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

    /// <summary>Art. 8(2): default due date of an opinion request, in working days from the request (configurable).</summary>
    [Range(1, 60)]
    public int OpinionWorkingDays { get; set; } = 5;
}
