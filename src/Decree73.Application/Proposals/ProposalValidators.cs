using System.Linq.Expressions;
using Decree73.Application.Resources;
using Decree73.Domain.Proposals;
using FluentValidation;

namespace Decree73.Application.Proposals;

/// <summary>
/// The one validator of the plan (Art. 7(2)): every part within its length and no negative funds; when
/// <paramref name="complete"/> (submission), every part but the equipment and the funds written.
/// </summary>
public sealed class ProposalPlanValidator : AbstractValidator<ProposalPlan>
{
    /// <summary>The plan's texts, and whether submission requires each.</summary>
    private static readonly (Expression<Func<ProposalPlan, string?>> Text, bool Required)[] Texts =
    [
        (x => x.Necessity, true), (x => x.Purpose, true), (x => x.Bottleneck, true), (x => x.RuleGap, true), (x => x.Content, true),
        (x => x.Scope, true), (x => x.Implementers, true), (x => x.ResourcePeople, true), (x => x.ResourceEquipment, false),
        (x => x.Feasibility, true), (x => x.PositiveImpact, true), (x => x.NegativeImpact, true), (x => x.ExpectedResults, true),
    ];

    /// <summary>The rules every save of a draft meets (what the form's fields are described with, ADR 0011).</summary>
    public ProposalPlanValidator()
        : this(complete: false)
    {
    }

    public ProposalPlanValidator(bool complete)
    {
        foreach (var (text, required) in Texts)
        {
            var rule = RuleFor(text).Cascade(CascadeMode.Stop);
            if (complete && required)
            {
                rule.NotEmpty().WithMessage(ValidationMessages.ProposalInput_PartRequired);
            }

            rule.MaximumLength(ProposalPlan.TextMaxLength).WithMessage(ValidationMessages.ProposalInput_TextTooLong);
        }

        RuleFor(x => x.FundsVnd).GreaterThanOrEqualTo(0).When(x => x.FundsVnd is not null)
            .WithMessage(ValidationMessages.ProposalInput_FundsNegative);
    }
}

/// <summary>The writing form: a title, the classification and the period, and the plan (<see cref="ProposalPlanValidator"/>).</summary>
public abstract class ProposalInputValidator : AbstractValidator<ProposalInput>
{
    public const int TitleMaxLength = 300;

    protected ProposalInputValidator(bool complete)
    {
        RuleFor(x => x.Title).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(ValidationMessages.ProposalInput_TitleRequired)
            .MaximumLength(TitleMaxLength).WithMessage(ValidationMessages.ProposalInput_TitleTooLong);
        if (complete)
        {
            RuleFor(x => x.FieldId).NotNull().WithMessage(ValidationMessages.ProposalInput_FieldRequired);
            RuleFor(x => x.KindId).NotNull().WithMessage(ValidationMessages.ProposalInput_KindRequired);
        }

        RuleFor(x => x.Plan).NotNull().SetValidator(new ProposalPlanValidator(complete));
        if (complete)
        {
            RuleFor(x => x.StartOn).NotNull().WithMessage(ValidationMessages.ProposalInput_StartRequired);
            RuleFor(x => x.EndOn).NotNull().WithMessage(ValidationMessages.ProposalInput_EndRequired);
        }

        RuleFor(x => x.EndOn).GreaterThanOrEqualTo(x => x.StartOn)
            .When(x => x.StartOn is not null && x.EndOn is not null)
            .WithMessage(ValidationMessages.ProposalInput_EndBeforeStart);
    }
}

/// <summary>What even a draft must satisfy: a title, sane lengths, dates in order, no negative funds.</summary>
public sealed class ProposalDraftValidator() : ProposalInputValidator(complete: false);

/// <summary>Submission (Art. 7(2)): every part of the plan is required.</summary>
public sealed class ProposalSubmissionValidator() : ProposalInputValidator(complete: true);
