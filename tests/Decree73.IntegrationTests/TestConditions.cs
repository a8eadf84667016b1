using Decree73.Domain.Proposals;

namespace Decree73.IntegrationTests;

/// <summary>The head's findings with every Art. 5(1) condition met and the proposal within the unit's authority.</summary>
internal static class TestConditions
{
    public static readonly ConditionFindings AllMet = new(true, null, true, null, true, null, true, null, true, null, true, null);
}
