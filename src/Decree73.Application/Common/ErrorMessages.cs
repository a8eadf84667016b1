using Decree73.Application.Resources;
using Decree73.Domain.Common;
using FluentValidation.Results;

namespace Decree73.Application.Common;

public static class ErrorMessages
{
    /// <summary>The Vietnamese message of a domain error, from ValidationMessages.resx ("Unit.X" is key "Unit_X").</summary>
    public static string For(DomainError error) =>
        ValidationMessages.ResourceManager.GetString(error.Code.Replace('.', '_'), ValidationMessages.Culture)
        ?? throw new InvalidOperationException($"No message resource for domain error '{error.Code}'.");

    public static OperationResult ToResult(this DomainError error) => OperationResult.Invalid(error.Field ?? "", For(error));

    public static OperationResult ToResult(this ValidationResult validation) =>
        OperationResult.Invalid(validation.Errors.Select(e => new FieldError(e.PropertyName, e.ErrorMessage)).ToList());
}
