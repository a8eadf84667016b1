namespace Decree73.Domain.Proposals;

/// <summary>The lifecycle of domain.md §5.</summary>
public enum ProposalState
{
    /// <summary>Being written; also where a returned proposal is revised.</summary>
    Draft,
    /// <summary>Received by the employing agency: receipt number and time recorded, the 7-working-day clock runs.</summary>
    Submitted,
    /// <summary>The head asked the Party committee, related units or experts for opinions.</summary>
    OpinionsRequested,
    /// <summary>The leadership vote did not pass: the head overrides in writing, rejects or returns it.</summary>
    NotPassed,
    /// <summary>Approved by the vote or by the head's override; the implementation decision is awaited.</summary>
    Approved,
    Rejected,
    /// <summary>Beyond the agency's authority; sent to the competent level, where it is received anew.</summary>
    Escalated,
    /// <summary>Implementation decision issued; implementers post progress.</summary>
    InProgress,
    Suspended,
    /// <summary>Stopped by the head. Still evaluated: protection depends on the evaluation.</summary>
    Stopped,
    CompletionReported,
    Evaluated,
    Closed,
}
