using Decree73.Domain.Violations;

namespace Decree73.Application.Violations;

/// <summary>The list's filters: the unit (its subtree's deciding agencies), the year and quarter of the act, the act.</summary>
public sealed record ViolationFilter(int? UnitId, int? Year, int? Quarter, ProhibitedAct? Act, string? After, int PageSize = 50);

public sealed record ViolationListItem(
    int Id, int ProposalId, string ProposalTitle, string DecidingUnitName, string OfficerName, ProhibitedAct Act, DateOnly OccurredOn,
    DateOnly? HandledOn);

/// <summary>An officer who may be named in a violation: of the deciding agency or a unit below it.</summary>
public sealed record ViolationOfficerOption(int Id, string FullName, string UnitName);

/// <summary>What the create and edit forms show around the fields: the proposal and the officers that may be named.</summary>
public sealed record ViolationFormContext(
    int ProposalId, string ProposalTitle, string? ReceiptNumber, string DecidingUnitName, IReadOnlyList<ViolationOfficerOption> Officers);

/// <summary>The violations recorded in a unit's subtree in a period (the compliance review's count).</summary>
public sealed record ViolationCount(int Recorded, int Handled);
