namespace Decree73.Domain.Common;

/// <summary>
/// A row that belongs to one proposal. Every insert, update and delete of such a row is written to the proposal's
/// audit trail by the infrastructure, so a new kind of child row is audited by implementing this interface.
/// </summary>
public interface IProposalOwned
{
    int ProposalId { get; }
}
