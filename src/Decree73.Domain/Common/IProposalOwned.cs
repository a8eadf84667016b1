namespace Decree73.Domain.Common;

/// <summary>A record that belongs to one proposal: whoever may read the proposal may read it, nobody else.</summary>
public interface IProposalOwned { int ProposalId { get; } }
