using Decree73.Application.Resources;
using FluentValidation;

namespace Decree73.Application.Protection;

/// <summary>The form's own rules; which type the evaluation allows is the domain's (<see cref="Domain.Protection.ProtectionRules"/>).</summary>
public sealed class ProtectionInputValidator : AbstractValidator<ProtectionInput>
{
    public const int DecisionNumberMaxLength = 60;
    public const int SignerMaxLength = 200;
    public const int CaseReferenceMaxLength = 200;
    public const int TextMaxLength = 4000;

    /// <summary>The amount column holds 18 digits.</summary>
    public const decimal MaxAmount = 999_999_999_999_999_999m;

    public ProtectionInputValidator()
    {
        RuleFor(x => x.Type).NotNull().WithMessage(ValidationMessages.Protection_TypeRequired);
        RuleFor(x => x.ActOn).NotNull().WithMessage(ValidationMessages.Protection_ActOnRequired);
        RuleFor(x => x.DecisionNumber).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(ValidationMessages.Protection_DecisionNumberRequired)
            .MaximumLength(DecisionNumberMaxLength).WithMessage(ValidationMessages.Protection_TooLong);
        RuleFor(x => x.DecisionSignedOn).NotNull().WithMessage(ValidationMessages.Protection_DecisionSignedOnRequired);
        RuleFor(x => x.DecisionSigner).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(ValidationMessages.Protection_DecisionSignerRequired)
            .MaximumLength(SignerMaxLength).WithMessage(ValidationMessages.Protection_TooLong);
        RuleFor(x => x.DamageAmountVnd).InclusiveBetween(0, MaxAmount).When(x => x.DamageAmountVnd is not null)
            .WithMessage(ValidationMessages.Protection_DamageAmountInvalid);
        RuleFor(x => x.DamageDescription).MaximumLength(TextMaxLength).WithMessage(ValidationMessages.Protection_TooLong);
        RuleFor(x => x.Notes).MaximumLength(TextMaxLength).WithMessage(ValidationMessages.Protection_TooLong);
        RuleFor(x => x.DisciplineCaseReference).MaximumLength(CaseReferenceMaxLength).WithMessage(ValidationMessages.Protection_TooLong);
    }
}
