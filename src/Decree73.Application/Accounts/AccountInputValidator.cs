using Decree73.Application.Resources;
using FluentValidation;

namespace Decree73.Application.Accounts;

public sealed class AccountInputValidator : AbstractValidator<AccountInput>
{
    /// <summary>Length is what protects a password (NIST SP 800-63B); no composition rules.</summary>
    public const int MinimumPasswordLength = 12;

    public AccountInputValidator()
    {
        RuleFor(x => x.Email).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(ValidationMessages.Account_EmailRequired)
            .EmailAddress().WithMessage(ValidationMessages.Account_EmailInvalid)
            .MaximumLength(256).WithMessage(ValidationMessages.Account_EmailInvalid);
        RuleFor(x => x.OfficerId).NotNull().WithMessage(ValidationMessages.Account_OfficerRequired);
        RuleFor(x => x.Password).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(ValidationMessages.Account_PasswordRequired)
            .MinimumLength(MinimumPasswordLength).WithMessage(ValidationMessages.Account_PasswordTooShort);
    }
}
