using Decree73.Application.Proposals;
using Decree73.Domain.Proposals;
using Xunit;

namespace Decree73.UnitTests;

/// <summary>The plan's one validator, as the draft and the submission use it (errors named as the form's fields).</summary>
public sealed class ProposalPlanValidatorTests
{
    private static ProposalInput Input(ProposalPlan plan) => new()
    {
        Title = "Một cửa không giấy", FieldId = 1, KindId = 1, StartOn = new DateOnly(2026, 12, 1), EndOn = new DateOnly(2027, 5, 31), Plan = plan,
    };

    private static readonly ProposalPlan Complete = new()
    {
        Necessity = "x", Purpose = "x", Bottleneck = "x", RuleGap = "x", Content = "x", Scope = "x", Implementers = "x",
        ResourcePeople = "x", Feasibility = "x", PositiveImpact = "x", NegativeImpact = "x", ExpectedResults = "x",
    };

    [Fact]
    public void A_complete_plan_without_equipment_or_funds_may_be_submitted()
    {
        Assert.True(new ProposalSubmissionValidator().Validate(Input(Complete)).IsValid);
    }

    [Fact]
    public void Submission_names_each_missing_part_under_the_plan_and_a_draft_may_leave_it_empty()
    {
        var missing = new ProposalSubmissionValidator().Validate(Input(Complete with { Necessity = " ", ExpectedResults = null }));

        Assert.Equal(["Plan.Necessity", "Plan.ExpectedResults"], missing.Errors.Select(e => e.PropertyName));
        Assert.True(new ProposalDraftValidator().Validate(Input(new ProposalPlan())).IsValid);
    }

    [Fact]
    public void Even_a_draft_refuses_a_part_too_long_and_negative_funds()
    {
        var refused = new ProposalDraftValidator().Validate(Input(new ProposalPlan
        {
            Content = new string('a', ProposalPlan.TextMaxLength + 1), FundsVnd = -1,
        }));

        Assert.Equal(["Plan.Content", "Plan.FundsVnd"], refused.Errors.Select(e => e.PropertyName));
    }

    [Fact]
    public void The_plan_is_kept_trimmed_with_blank_parts_empty()
    {
        var kept = new ProposalPlan { Purpose = "  Giải quyết trong ngày  ", Scope = "   ", FundsVnd = 5 }.Cleaned();

        Assert.Equal(new ProposalPlan { Purpose = "Giải quyết trong ngày", FundsVnd = 5 }, kept);
    }
}
