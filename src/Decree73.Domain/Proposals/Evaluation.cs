namespace Decree73.Domain.Proposals;

public enum EvaluationOutcome
{
    Completed,
    PartlyCompleted,
    NotCompleted,
}

/// <summary>The findings of Art. 9(2) on which protection (Art. 5(2), 11) depends.</summary>
public sealed record EvaluationFindings(
    bool InLineWithPolicy, bool PureMotive, bool CommonInterest, bool DamageCaused, string? DamageDescription);
