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
}

public sealed class AppraisalInputValidator : AbstractValidator<AppraisalInput>
{
    public const int NoteMaxLength = 2000;
    public const int DecisionReferenceMaxLength = 200;

    public AppraisalInputValidator()
    {
        RuleFor(x => x.Grade).IsInEnum().WithMessage(ValidationMessages.Appraisal_GradeInvalid);
        RuleFor(x => x.Note).MaximumLength(NoteMaxLength).WithMessage(ValidationMessages.Appraisal_NoteTooLong);
        // A grade is the appraisal body's decision: it is entered with the decision it comes from.
        RuleFor(x => x.DecisionReference).Cascade(CascadeMode.Stop)
            .NotEmpty().When(x => x.Grade is not null).WithMessage(ValidationMessages.Appraisal_DecisionReferenceRequired)
            .MaximumLength(DecisionReferenceMaxLength).WithMessage(ValidationMessages.Appraisal_DecisionReferenceTooLong);
    }
}
