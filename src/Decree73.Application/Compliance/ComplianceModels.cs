using Decree73.Domain.Proposals;

namespace Decree73.Application.Compliance;

/// <summary>A unit the user may review, for the unit filter; <see cref="Depth"/> indents it under its parent.</summary>
public sealed record ComplianceUnitOption(int Id, string Name, int Depth);

/// <summary>The subtree under review (a unit the user monitors or administers, or one below it) and the other choices.</summary>
public sealed record ComplianceScope(int UnitId, string UnitName, string Path, IReadOnlyList<ComplianceUnitOption> Options);

/// <summary>An open step: who holds it, since when, when it is due, and the working days held and left (negative: overdue).</summary>
public sealed record HeldStep(
    int ProposalId, string Title, string? ReceiptNumber, ProposalState State, string UnitName, int? ResponsibleOfficerId,
    string? ResponsibleName, DateTime? SinceUtc, DateOnly? DueOn, int WorkingDaysHeld, int? WorkingDaysLeft);

/// <summary>Overdue and at-risk steps of one unit or one person; <see cref="MostOverdueWorkingDays"/> is the worst delay.</summary>
public sealed record HolderLoad(int Id, string Name, int Overdue, int AtRisk, int MostOverdueWorkingDays);

/// <summary>A proposal with no recorded action since <see cref="LastActionUtc"/>.</summary>
public sealed record StalledProposal(
    int ProposalId, string Title, string? ReceiptNumber, ProposalState State, string UnitName, string? ResponsibleName,
    DateTime LastActionUtc, int WorkingDaysIdle);

/// <summary>A proposal a flag concerns; for <see cref="ComplianceFlags.UnitsWithoutProposals"/> a unit (no proposal id).</summary>
public sealed record FlagExample(int? ProposalId, string Title, string? ReceiptNumber, string UnitName);

/// <summary>A red flag: how many proposals (or units) it concerns and the first few of them, newest first.</summary>
public sealed record ComplianceFlag(string Key, int Count, IReadOnlyList<FlagExample> Examples);

/// <summary>One deciding agency's figures for proposals received in the period (their state as of today).</summary>
public sealed record ScorecardRow(
    int UnitId, string UnitName, int Received, int Decided, int DecidedOnTime, double? MedianWorkingDaysToDecision,
    int InProgress, int Completed, int EvaluatedCompleted, int EvaluatedPartly, int EvaluatedNotCompleted, int Protected, int Encouraged)
{
    /// <summary>Share of the decided proposals decided by their deadline, 0–100; null when none was decided.</summary>
    public double? OnTimePercent => Decided == 0 ? null : Math.Round(100.0 * DecidedOnTime / Decided, 1);
}

public sealed record Scorecard(ComplianceScope Scope, CompliancePeriod Period, IReadOnlyList<ScorecardRow> Rows, ScorecardRow Total);

/// <summary>A bar of a chart: a label key (a state, a field name, a quarter) and its value.</summary>
public sealed record ChartPoint(string Label, int Value);

public sealed record ComplianceCharts(
    IReadOnlyList<(ProposalState State, int Count)> ByState, IReadOnlyList<ChartPoint> ByField, IReadOnlyList<ChartPoint> ByQuarter);

public sealed record ComplianceOverview(
    ComplianceScope Scope,
    CompliancePeriod Period,
    DateOnly Today,
    int OverdueCount,
    int AtRiskCount,
    int StalledCount,
    IReadOnlyList<HeldStep> Overdue,
    IReadOnlyList<HeldStep> AtRisk,
    IReadOnlyList<StalledProposal> Stalled,
    IReadOnlyList<HolderLoad> ByUnit,
    IReadOnlyList<HolderLoad> ByPerson,
    IReadOnlyList<ComplianceFlag> Flags,
    Scorecard Scorecard,
    ComplianceCharts Charts);
