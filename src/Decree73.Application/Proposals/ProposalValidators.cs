using Decree73.Application.Resources;
using FluentValidation;

namespace Decree73.Application.Proposals;

/// <summary>What even a draft must satisfy: a title, sane lengths, dates in order, no negative funds.</summary>
public sealed class ProposalDraftValidator : AbstractValidator<ProposalInput>
{
    public const int TitleMaxLength = 300;
    public const int TextMaxLength = 8000;

    public ProposalDraftValidator()
    {
        RuleFor(x => x.Title).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(ValidationMessages.ProposalInput_TitleRequired)
            .MaximumLength(TitleMaxLength).WithMessage(ValidationMessages.ProposalInput_TitleTooLong);
        foreach (var text in new System.Linq.Expressions.Expression<Func<ProposalInput, string?>>[]
                 {
                     x => x.Necessity, x => x.Purpose, x => x.Bottleneck, x => x.RuleGap, x => x.Content, x => x.Scope, x => x.Implementers,
                     x => x.ResourcePeople, x => x.ResourceEquipment, x => x.Feasibility, x => x.PositiveImpact, x => x.NegativeImpact,
                     x => x.ExpectedResults,
                 })
        {
            RuleFor(text).MaximumLength(TextMaxLength).WithMessage(ValidationMessages.ProposalInput_TextTooLong);
        }

        RuleFor(x => x.EndOn).GreaterThanOrEqualTo(x => x.StartOn)
            .When(x => x.StartOn is not null && x.EndOn is not null)
            .WithMessage(ValidationMessages.ProposalInput_EndBeforeStart);
        RuleFor(x => x.FundsVnd).GreaterThanOrEqualTo(0).When(x => x.FundsVnd is not null)
            .WithMessage(ValidationMessages.ProposalInput_FundsNegative);
    }
}

/// <summary>Submission (Art. 7(2)): every part of the plan is required.</summary>
public sealed class ProposalSubmissionValidator : AbstractValidator<ProposalInput>
{
    public ProposalSubmissionValidator()
    {
        Include(new ProposalDraftValidator());
        RuleFor(x => x.FieldId).NotNull().WithMessage(ValidationMessages.ProposalInput_FieldRequired);
        RuleFor(x => x.KindId).NotNull().WithMessage(ValidationMessages.ProposalInput_KindRequired);
        foreach (var text in new System.Linq.Expressions.Expression<Func<ProposalInput, string?>>[]
                 {
                     x => x.Necessity, x => x.Purpose, x => x.Bottleneck, x => x.RuleGap, x => x.Content, x => x.Scope, x => x.Implementers,
                     x => x.ResourcePeople, x => x.Feasibility, x => x.PositiveImpact, x => x.NegativeImpact, x => x.ExpectedResults,
                 })
        {
            RuleFor(text).NotEmpty().WithMessage(ValidationMessages.ProposalInput_PartRequired);
        }

        RuleFor(x => x.StartOn).NotNull().WithMessage(ValidationMessages.ProposalInput_StartRequired);
        RuleFor(x => x.EndOn).NotNull().WithMessage(ValidationMessages.ProposalInput_EndRequired);
    }
}
