using System.Globalization;
using Decree73.Application.Common;
using Decree73.Application.Resources;

namespace Decree73.Application.Protection;

/// <summary>
/// Date bounds of a protection or encouragement decision: the act falls under Decree 73 (in force from 29/09/2023)
/// and has happened; the decision is signed, not in the future, and not before the evaluation it rests on.
/// </summary>
public static class DecisionDates
{
    public static readonly DateOnly Decree73InForce = new(2023, 9, 29);

    /// <param name="actOn">The act's date; null for encouragement, which has none.</param>
    public static IReadOnlyList<FieldError> Check(DateOnly? actOn, DateOnly signedOn, DateOnly? evaluationSignedOn, DateOnly today)
    {
        var errors = new List<FieldError>();
        if (actOn < Decree73InForce)
        {
            errors.Add(new FieldError("ActOn", ValidationMessages.Protection_ActOnBeforeDecree73));
        }
        else if (actOn > today)
        {
            errors.Add(new FieldError("ActOn", ValidationMessages.Protection_ActOnInFuture));
        }

        if (signedOn > today)
        {
            errors.Add(new FieldError("DecisionSignedOn", ValidationMessages.Protection_DecisionSignedOnInFuture));
        }
        else if (signedOn < evaluationSignedOn)
        {
            errors.Add(new FieldError("DecisionSignedOn", string.Format(
                ValidationMessages.Culture, ValidationMessages.Protection_DecisionSignedOnBeforeEvaluation,
                evaluationSignedOn.Value.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture))));
        }

        return errors;
    }
}
