using Decree73.Application.Proposals;
using Decree73.Domain.Proposals;
using Decree73.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Decree73.Web.Pages.Proposals;

/// <summary>
/// The head's findings on the conditions of Art. 5(1) and the unit's authority (Art. 4(2)), on a page of their own: the
/// vote and the override refuse approval while one is missing or negative, and each condition shows why next to it.
/// Everyone who may read the proposal sees the findings; only the deciding head records them (the domain decides).
/// </summary>
public sealed class ConditionsModel(ProposalDetailsQuery details, ProposalWorkflowService workflow, IAuthorizationService authorization)
    : ProposalSectionPage(details, workflow, authorization)
{
    [BindProperty]
    public ConditionsInput Input { get; set; } = new();

    /// <summary>Each finding is a yes/no the head must choose: nothing is preselected.</summary>
    public sealed class ConditionsInput
    {
        public bool? Bottleneck { get; set; }
        public string? BottleneckNote { get; set; }
        public bool? CommonInterest { get; set; }
        public string? CommonInterestNote { get; set; }
        public bool? UrgentNeed { get; set; }
        public string? UrgentNeedNote { get; set; }
        public bool? NoSecurityImpact { get; set; }
        public string? NoSecurityImpactNote { get; set; }
        public bool? NoHarmToOthers { get; set; }
        public string? NoHarmToOthersNote { get; set; }
        public bool? WithinAuthority { get; set; }
        public string? WithinAuthorityNote { get; set; }

        public ConditionFindings Findings => new(
            Bottleneck, BottleneckNote, CommonInterest, CommonInterestNote, UrgentNeed, UrgentNeedNote,
            NoSecurityImpact, NoSecurityImpactNote, NoHarmToOthers, NoHarmToOthersNote, WithinAuthority, WithinAuthorityNote);
    }

    public static string Label(ProposalCondition condition) => condition switch
    {
        ProposalCondition.Bottleneck => DecisionText.Conditions_Bottleneck,
        ProposalCondition.CommonInterest => DecisionText.Conditions_CommonInterest,
        ProposalCondition.UrgentNeed => DecisionText.Conditions_UrgentNeed,
        ProposalCondition.NoSecurityImpact => DecisionText.Conditions_NoSecurityImpact,
        ProposalCondition.NoHarmToOthers => DecisionText.Conditions_NoHarmToOthers,
        _ => DecisionText.Conditions_WithinAuthority,
    };

    /// <summary>The head may record while the decision is still open.</summary>
    public bool MayRecord => Actor?.IsDecidingHead == true && Actor.OfficerId != Proposal!.ProposerId
        && Proposal.State is ProposalState.Submitted or ProposalState.OpinionsRequested or ProposalState.NotPassed;

    public Task<IActionResult> OnPostAsync([FromRoute] int id, CancellationToken ct) =>
        StepAsync(id, nameof(Input), DecisionText.Conditions_Saved, () => Workflow.RecordConditionsAsync(id, Version, Input.Findings, ct), ct);

    private ProposalWorkflowService Workflow { get; } = workflow;
}
