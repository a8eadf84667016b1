using Decree73.Application.Resources;
using Decree73.Domain.People;
using FluentValidation;

namespace Decree73.Application.Officers;

public sealed class OfficerInputValidator : AbstractValidator<OfficerInput>
{
    public const int MinimumAge = 18;
    public const int MaximumAge = 75;

    public OfficerInputValidator(TimeProvider time)
    {
        RuleFor(x => x.FullName).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(ValidationMessages.Officer_FullNameRequired)
            .MaximumLength(150).WithMessage(ValidationMessages.Officer_FullNameTooLong);
        RuleFor(x => x.Sex).NotNull().IsInEnum().WithMessage(ValidationMessages.Officer_SexRequired);
        RuleFor(x => x.DateOfBirth).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(ValidationMessages.Officer_DateOfBirthRequired)
            .Must(d => IsWorkingAge(d!.Value, time)).WithMessage(ValidationMessages.Officer_DateOfBirthRange);
        RuleFor(x => x.EducationLevel).NotNull().IsInEnum().WithMessage(ValidationMessages.Officer_EducationRequired);
        RuleFor(x => x.PoliticalTheoryLevel).NotNull().IsInEnum().WithMessage(ValidationMessages.Officer_PoliticalTheoryRequired);
        RuleFor(x => x.Ethnicity).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(ValidationMessages.Officer_EthnicityRequired)
            .MaximumLength(50).WithMessage(ValidationMessages.Officer_EthnicityTooLong);
        RuleFor(x => x.PostKind).NotNull().IsInEnum().WithMessage(ValidationMessages.Officer_PostKindRequired);
        RuleFor(x => x.PostTitle).Cascade(CascadeMode.Stop)
            .NotEmpty().When(x => x.PostKind is not null and not PostKind.None).WithMessage(ValidationMessages.Officer_PostTitleRequired)
            .MaximumLength(150).WithMessage(ValidationMessages.Officer_PostTitleTooLong);
        RuleFor(x => x.TaskGroup).MaximumLength(100).WithMessage(ValidationMessages.Officer_TaskGroupTooLong);
        RuleFor(x => x.Category).NotNull().IsInEnum().WithMessage(ValidationMessages.Officer_CategoryRequired);
        RuleFor(x => x.UnitId).NotNull().WithMessage(ValidationMessages.Officer_UnitRequired);
    }

    private static bool IsWorkingAge(DateOnly dateOfBirth, TimeProvider time)
    {
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        return dateOfBirth <= today.AddYears(-MinimumAge) && dateOfBirth >= today.AddYears(-MaximumAge);
    }
}
