using Decree73.Application.Resources;
using FluentValidation;

namespace Decree73.Application.Reports;

public sealed class ReportCreateInputValidator : AbstractValidator<ReportCreateInput>
{
    public ReportCreateInputValidator()
    {
        RuleFor(x => x.UnitId).NotNull().WithMessage(ValidationMessages.Report_UnitRequired);
        RuleFor(x => x.PeriodKind).IsInEnum().WithMessage(ValidationMessages.Report_InvalidPeriod);
    }
}

/// <summary>The lengths are the columns' (PeriodicReportConfiguration).</summary>
public sealed class ReportEditInputValidator : AbstractValidator<ReportEditInput>
{
    public const int NarrativeMaxLength = 16000;

    public ReportEditInputValidator()
    {
        foreach (var narrative in new System.Linq.Expressions.Expression<Func<ReportEditInput, string?>>[]
                 {
                     x => x.ImplementationWork, x => x.EncouragementText, x => x.ProtectionText, x => x.Strengths, x => x.Difficulties,
                     x => x.Recommendations, x => x.InnovationAreas,
                 })
        {
            RuleFor(narrative).MaximumLength(NarrativeMaxLength).WithMessage(ValidationMessages.Report_TooLong);
        }

        RuleFor(x => x.DocumentNumber).MaximumLength(60).WithMessage(ValidationMessages.Report_TooLong);
        RuleFor(x => x.Place).MaximumLength(100).WithMessage(ValidationMessages.Report_TooLong);
        RuleFor(x => x.Recipients).MaximumLength(2000).WithMessage(ValidationMessages.Report_TooLong);
        RuleFor(x => x.SignerAuthority).MaximumLength(200).WithMessage(ValidationMessages.Report_TooLong);
        RuleFor(x => x.SignerCapacity).MaximumLength(200).WithMessage(ValidationMessages.Report_TooLong);
        RuleFor(x => x.SignerName).MaximumLength(200).WithMessage(ValidationMessages.Report_TooLong);
    }
}
