using Decree73.Domain.Proposals;

namespace Decree73.Application.Proposals;

public sealed record ProposalListItem(
    int Id, string Title, string? ReceiptNumber, ProposalState State, string ProposerName, string DecidingUnitName,
    DateTime? ReceivedAtUtc, DateOnly? StepDueOn, string? ResponsibleName);

/// <summary>One line of the proposal-list export (.xlsx, CSV): what the list shows, and a little more.</summary>
public sealed record ProposalExportRow(
    int Id, string? ReceiptNumber, string Title, ProposalState State, string? FieldName, string ProposerName, string ProposerUnitName,
    string DecidingUnitName, DateTime? ReceivedAtUtc, DateOnly? DecisionDueOn, string? ResponsibleName, DateOnly? StepDueOn,
    EvaluationOutcome? Outcome);

/// <summary>
/// The list's filters. <see cref="UnitId"/> matches the proposer's unit or the deciding agency; <see cref="Year"/> is the
/// year of receipt; <see cref="Overdue"/> keeps the steps past their deadline; <see cref="ResponsibleOfficerId"/> the
/// steps a given person holds.
/// </summary>
public sealed record ProposalFilter(
    string? Search = null, ProposalState? State = null, string? After = null, int PageSize = 50,
    int? UnitId = null, int? FieldId = null, int? Year = null, bool Overdue = false, int? ResponsibleOfficerId = null);

/// <summary>The signed-in officer as a proposer: who they are and the agency their proposals go to.</summary>
public sealed record ProposerContext(int OfficerId, string OfficerName, int EmployingUnitId, int DecidingUnitId, bool MayPropose);

public sealed record ReferenceOption(int Id, string Name);

/// <summary>A submitted proposal's receipt number; <see cref="AlreadySubmitted"/> when it was submitted before this request.</summary>
public sealed record Submission(string ReceiptNumber, bool AlreadySubmitted);

/// <summary>A step the signed-in officer holds; <see cref="DaysLeft"/> is negative when overdue, null with no deadline.</summary>
public sealed record TaskItem(
    int ProposalId, string Title, string? ReceiptNumber, ProposalState State, DateTime? SinceUtc, DateOnly? DueOn, int? DaysLeft);
