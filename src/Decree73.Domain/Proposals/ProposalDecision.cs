using Decree73.Domain.Common;

namespace Decree73.Domain.Proposals;

public enum DecisionKind
{
    Override,
    Rejection,
    ReturnForRevision,
    Escalation,
    Implementation,
    Suspension,
    Resumption,
    Stop,
    EvaluationResult,
}

/// <summary>The document behind a decision: number and symbol, date, signer.</summary>
public sealed record DecisionDocument(string Number, DateOnly SignedOn, string Signer)
{
    public bool IsComplete => !string.IsNullOrWhiteSpace(Number) && !string.IsNullOrWhiteSpace(Signer) && SignedOn != default;
}

/// <summary>A decision taken on a proposal, kept in the order it was taken.</summary>
public sealed class ProposalDecision : Entity, IProposalOwned
{
    private ProposalDecision() { }

    internal ProposalDecision(DecisionKind kind, int decidedByOfficerId, string? reason, DecisionDocument? document)
    {
        Kind = kind;
        DecidedByOfficerId = decidedByOfficerId;
        Reason = reason;
        DocumentNumber = document?.Number;
        SignedOn = document?.SignedOn;
        Signer = document?.Signer;
    }

    public int ProposalId { get; private set; }
    public DecisionKind Kind { get; private set; }
    public int DecidedByOfficerId { get; private set; }
    public string? Reason { get; private set; }
    public string? DocumentNumber { get; private set; }
    public DateOnly? SignedOn { get; private set; }
    public string? Signer { get; private set; }
}
