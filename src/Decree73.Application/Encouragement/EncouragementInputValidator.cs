using Decree73.Application.Resources;
using FluentValidation;

namespace Decree73.Application.Encouragement;

/// <summary>The form's own rules; what the outcome allows is the domain's (<see cref="Domain.Encouragement.EncouragementRules"/>).</summary>
public sealed class EncouragementInputValidator : AbstractValidator<EncouragementInput>
{
    public EncouragementInputValidator()
    {
        RuleFor(x => x.Role).NotNull().WithMessage(ValidationMessages.Encouragement_RoleRequired);
        RuleFor(x => x.Measure).NotNull().WithMessage(ValidationMessages.Encouragement_MeasureRequired);
        RuleFor(x => x.DecisionNumber).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(ValidationMessages.Protection_DecisionNumberRequired)
            .MaximumLength(60).WithMessage(ValidationMessages.Protection_TooLong);
        RuleFor(x => x.DecisionSignedOn).NotNull().WithMessage(ValidationMessages.Protection_DecisionSignedOnRequired);
        RuleFor(x => x.DecisionSigner).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(ValidationMessages.Protection_DecisionSignerRequired)
            .MaximumLength(200).WithMessage(ValidationMessages.Protection_TooLong);
        RuleFor(x => x.Notes).MaximumLength(4000).WithMessage(ValidationMessages.Protection_TooLong);
    }
}
