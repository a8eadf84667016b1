namespace Decree73.Domain.Common;

public interface IProposalOwned { int ProposalId { get; } }
