using Decree73.Application.Resources;
using Decree73.Domain.Appraisal;
using FluentValidation;

namespace Decree73.Application.Appraisal;

/// <summary>The appraisal entry as the Interior officer types it. An empty grade means "not graded yet".</summary>
public sealed class AppraisalInput
{
    public AppraisalGrade? Grade { get; set; }
    public bool InnovationCredited { get; set; }
    public string? Note { get; set; }
    public string? DecisionReference { get; set; }

    /// <summary>The score on the 100-point scale of Decree 335/2025, when the appraisal recorded one.</summary>
    public decimal? Score { get; set; }

    /// <summary>One of the disqualifying cases of Decree 335/2025 applies.</summary>
    public bool Disqualified { get; set; }
}

/// <summary>The agency's appraisal year: the Decree 335/2025 exception for an agency with outstanding results.</summary>
public sealed class AgencyYearInput
{
    public bool OutstandingAgency { get; set; }
    public string? DecisionReference { get; set; }
}

public sealed class AgencyYearInputValidator : AbstractValidator<AgencyYearInput>
{
    public AgencyYearInputValidator()
    {
        RuleFor(x => x.DecisionReference).Cascade(CascadeMode.Stop)
            .NotEmpty().When(x => x.OutstandingAgency).WithMessage(ValidationMessages.Appraisal_ExemptionReferenceRequired)
            .MaximumLength(AppraisalInputValidator.DecisionReferenceMaxLength).WithMessage(ValidationMessages.Appraisal_DecisionReferenceTooLong);
    }
}

public sealed class AppraisalInputValidator : AbstractValidator<AppraisalInput>
{
    public const int NoteMaxLength = 2000;
    public const int DecisionReferenceMaxLength = 200;

    public AppraisalInputValidator()
    {
        RuleFor(x => x.Grade).IsInEnum().WithMessage(ValidationMessages.Appraisal_GradeInvalid);
        RuleFor(x => x.Score).InclusiveBetween(0m, AppraisalScore.Max).WithMessage(ValidationMessages.Appraisal_ScoreRange)
            .Must(s => s is null || decimal.Round(s.Value, 2) == s.Value).WithMessage(ValidationMessages.Appraisal_ScoreRange);
        RuleFor(x => x.Note).MaximumLength(NoteMaxLength).WithMessage(ValidationMessages.Appraisal_NoteTooLong);
        // A grade is the appraisal body's decision: it is entered with the decision it comes from.
        RuleFor(x => x.DecisionReference).Cascade(CascadeMode.Stop)
            .NotEmpty().When(x => x.Grade is not null).WithMessage(ValidationMessages.Appraisal_DecisionReferenceRequired)
            .MaximumLength(DecisionReferenceMaxLength).WithMessage(ValidationMessages.Appraisal_DecisionReferenceTooLong);
    }
}
