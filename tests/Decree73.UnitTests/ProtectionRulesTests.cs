using Decree73.Domain.Common;
using Decree73.Domain.Proposals;
using Decree73.Domain.Protection;
using Xunit;

namespace Decree73.UnitTests;

/// <summary>Every row of the protection table (domain.md §7), each type allowed and refused.</summary>
public sealed class ProtectionRulesTests
{
    private static readonly ProtectionType[] AllTypes = Enum.GetValues<ProtectionType>();

    private static EvaluationFindings Met(bool damage = false) => new(true, true, true, damage, damage ? "Thiệt hại 15 triệu đồng" : null);

    public static TheoryData<EvaluationOutcome, bool, ProtectionType[]> Table() => new()
    {
        { EvaluationOutcome.Completed, false, [ProtectionType.NotHeldLiable] },
        { EvaluationOutcome.Completed, true, [ProtectionType.NotHeldLiable] },
        { EvaluationOutcome.PartlyCompleted, false, [ProtectionType.Exclusion] },
        { EvaluationOutcome.NotCompleted, false, [ProtectionType.Exclusion] },
        { EvaluationOutcome.PartlyCompleted, true, [ProtectionType.Exclusion, ProtectionType.Exemption, ProtectionType.Mitigation] },
        { EvaluationOutcome.NotCompleted, true, [ProtectionType.Exclusion, ProtectionType.Exemption, ProtectionType.Mitigation] },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void The_allowed_types_follow_the_table_and_every_other_type_is_refused(EvaluationOutcome outcome, bool damage, ProtectionType[] allowed)
    {
        var findings = Met(damage);

        Assert.Equal(allowed, ProtectionRules.AllowedTypes(outcome, findings));
        Assert.Equal(allowed[0], ProtectionRules.Suggested(outcome, findings));
        foreach (var type in AllTypes)
        {
            var result = ProtectionRules.Check(outcome, findings, type);
            if (allowed.Contains(type))
            {
                Assert.True(result.IsSuccess, $"{outcome}, damage {damage}: {type} should be allowed");
            }
            else
            {
                Assert.Equal(ProtectionErrors.TypeNotAllowed, result.Error);
            }
        }
    }

    public static TheoryData<EvaluationOutcome, EvaluationFindings> FindingsNotMet()
    {
        var data = new TheoryData<EvaluationOutcome, EvaluationFindings>();
        foreach (var outcome in new[] { EvaluationOutcome.PartlyCompleted, EvaluationOutcome.NotCompleted })
        {
            foreach (var damage in new[] { false, true })
            {
                data.Add(outcome, new EvaluationFindings(false, true, true, damage, null));
                data.Add(outcome, new EvaluationFindings(true, false, true, damage, null));
                data.Add(outcome, new EvaluationFindings(true, true, false, damage, null));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FindingsNotMet))]
    public void Any_finding_not_met_gives_no_protection_to_a_proposal_not_completed(EvaluationOutcome outcome, EvaluationFindings findings)
    {
        Assert.Empty(ProtectionRules.AllowedTypes(outcome, findings));
        Assert.Null(ProtectionRules.Suggested(outcome, findings));
        Assert.All(AllTypes, type => Assert.Equal(ProtectionErrors.FindingsNotMet, ProtectionRules.Check(outcome, findings, type).Error));
    }

    [Theory]
    [InlineData(false, true, true)]
    [InlineData(true, false, true)]
    [InlineData(true, true, false)]
    [InlineData(false, false, false)]
    public void A_completed_proposal_means_not_held_liable_whatever_the_findings(bool inLine, bool pure, bool common)
    {
        // Art. 11(1): completed → not held liable; the decree asks no further finding for it.
        var findings = new EvaluationFindings(inLine, pure, common, false, null);
        Assert.Equal([ProtectionType.NotHeldLiable], ProtectionRules.AllowedTypes(EvaluationOutcome.Completed, findings));
        Assert.True(ProtectionRules.Check(EvaluationOutcome.Completed, findings, ProtectionType.NotHeldLiable).IsSuccess);
        Assert.Equal(ProtectionErrors.TypeNotAllowed, ProtectionRules.Check(EvaluationOutcome.Completed, findings, ProtectionType.Exclusion).Error);
    }

    [Fact]
    public void Protection_rests_on_the_article_5_conditions_having_been_found_met()
    {
        var recorded = ProposalTransitionTests.Reach(ProposalState.Evaluated);
        Assert.True(ProtectionRules.CheckFor(recorded, ProtectionType.Exclusion).IsSuccess);

        var unrecorded = ConditionGateTests.EvaluatedWithoutConditions(EvaluationOutcome.Completed);
        Assert.Equal(ProtectionErrors.ConditionsNotRecorded, ProtectionRules.CheckFor(unrecorded, ProtectionType.NotHeldLiable).Error);
    }

    [Theory]
    [InlineData(ProtectionType.NotHeldLiable)]
    [InlineData(ProtectionType.Exclusion)]
    [InlineData(ProtectionType.Exemption)]
    [InlineData(ProtectionType.Mitigation)]
    public void A_proposal_not_evaluated_gives_no_protection(ProtectionType type)
    {
        Assert.Equal(ProtectionErrors.NotEvaluated, ProtectionRules.Check(null, null, type).Error);
        Assert.Equal(ProtectionErrors.NotEvaluated, ProtectionRules.Check(EvaluationOutcome.Completed, null, type).Error);
    }

    [Fact]
    public void The_findings_not_met_error_belongs_to_the_type_field()
    {
        Assert.Equal("Type", ProtectionErrors.FindingsNotMet.Field);
        Assert.Equal("Type", ProtectionErrors.TypeNotAllowed.Field);
        Assert.IsType<DomainError>(ProtectionErrors.NotEvaluated);
    }
}
