using Decree73.Application.Proposals;
using Decree73.Domain.Proposals;

namespace Decree73.TestSupport;

/// <summary>The proposal plans the service-level tests write: one complete plan, its parts overridable where a test depends on them.</summary>
public static class ProposalInputs
{
    /// <summary>
    /// Every part of the Art. 7(2) plan a submission requires ("x" where the text does not matter; no funds or equipment),
    /// running 01/03/2026–30/09/2026 in field 2, kind 2 unless given; <paramref name="change"/> sets any other part.
    /// </summary>
    public static ProposalInput Complete(
        string title, DateOnly? startOn = null, DateOnly? endOn = null, int fieldId = 2, int kindId = 2, Action<ProposalInput>? change = null)
    {
        var plan = new ProposalInput
        {
            Title = title, FieldId = fieldId, KindId = kindId, StartOn = startOn ?? new DateOnly(2026, 3, 1), EndOn = endOn ?? new DateOnly(2026, 9, 30),
            Plan = new ProposalPlan
            {
                Necessity = "x", Purpose = "x", Bottleneck = "x", RuleGap = "x", Content = "x", Scope = "x", Implementers = "x",
                ResourcePeople = "x", Feasibility = "x", PositiveImpact = "x", NegativeImpact = "x", ExpectedResults = "x",
            },
        };
        change?.Invoke(plan);
        return plan;
    }
}
