using Decree73.Domain.Proposals;

namespace Decree73.Domain.Audit;

/// <summary>The names written in <see cref="AuditEntry.Action"/>; the pages turn them into Vietnamese.</summary>
public static class AuditActions
{
    public const string Created = "Created";
    public const string Deleted = "Deleted";
    public const string DraftEdited = "DraftEdited";
    public const string PartyOpinionRecorded = "PartyOpinionRecorded";
    public const string Updated = "Updated";

    /// <summary>A change to the working-day calendar moved the current step's due date (and nothing else).</summary>
    public const string DeadlinesRecomputed = "DeadlinesRecomputed";

    /// <summary>The transition that moves a proposal from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static string Transition(ProposalState from, ProposalState to) => to switch
    {
        ProposalState.Approved when from == ProposalState.NotPassed => "Overridden",
        ProposalState.InProgress when from == ProposalState.Suspended => "Resumed",
        ProposalState.InProgress => "ImplementationDecided",
        ProposalState.Draft => "ReturnedForRevision",
        _ => to.ToString(),
    };

    /// <summary>A change to a row of the proposal other than the proposal itself, e.g. "ProposalVoteAdded".</summary>
    public static string Row(string entity, string change) => entity + change;
}
