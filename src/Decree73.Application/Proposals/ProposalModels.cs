using Decree73.Domain.Proposals;

namespace Decree73.Application.Proposals;

public sealed record ProposalListItem(
    int Id, string Title, string? ReceiptNumber, ProposalState State, string ProposerName, string DecidingUnitName,
    DateTime? ReceivedAtUtc, DateOnly? DecisionDueOn);

public sealed record ProposalFilter(string? Search = null, ProposalState? State = null, string? After = null, int PageSize = 50);

/// <summary>The signed-in officer as a proposer: who they are and the agency their proposals go to.</summary>
public sealed record ProposerContext(int OfficerId, string OfficerName, int EmployingUnitId, int DecidingUnitId, bool MayPropose);

public sealed record ReferenceOption(int Id, string Name);
