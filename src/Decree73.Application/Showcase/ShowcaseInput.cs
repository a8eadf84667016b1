using Decree73.Application.Resources;
using FluentValidation;

namespace Decree73.Application.Showcase;

/// <summary>What the head publishes about an exemplary model: no protection, no personal data, no votes.</summary>
public sealed class ShowcaseInput
{
    public string? Summary { get; set; }
    public string? Results { get; set; }
    public string? Indicators { get; set; }
}

public sealed class ShowcaseInputValidator : AbstractValidator<ShowcaseInput>
{
    public ShowcaseInputValidator()
    {
        RuleFor(x => x.Summary).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(ValidationMessages.Showcase_SummaryRequired)
            .MaximumLength(4000).WithMessage(ValidationMessages.Showcase_SummaryTooLong);
        RuleFor(x => x.Results).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(ValidationMessages.Showcase_ResultsRequired)
            .MaximumLength(8000).WithMessage(ValidationMessages.Showcase_ResultsTooLong);
        RuleFor(x => x.Indicators).MaximumLength(4000).WithMessage(ValidationMessages.Showcase_IndicatorsTooLong);
    }
}
