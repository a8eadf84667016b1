using Decree73.Application.Resources;
using FluentValidation;

namespace Decree73.Application.Units;

public sealed class UnitInputValidator : AbstractValidator<UnitInput>
{
    public const int CodeMaxLength = 20;
    public const int NameMaxLength = 200;

    public UnitInputValidator()
    {
        RuleFor(x => x.Code).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(ValidationMessages.Unit_CodeRequired)
            .MaximumLength(CodeMaxLength).WithMessage(ValidationMessages.Unit_CodeTooLong)
            .Matches("^[A-Za-z0-9_-]+$").WithMessage(ValidationMessages.Unit_CodeFormat);
        RuleFor(x => x.Name).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(ValidationMessages.Unit_NameRequired)
            .MaximumLength(NameMaxLength).WithMessage(ValidationMessages.Unit_NameTooLong);
        RuleFor(x => x.Kind).IsInEnum().WithMessage(ValidationMessages.Unit_KindInvalid);
        RuleFor(x => x.ParentId).NotNull().WithMessage(ValidationMessages.Unit_ParentRequired);
    }
}
