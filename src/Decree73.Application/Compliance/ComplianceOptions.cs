using System.ComponentModel.DataAnnotations;

namespace Decree73.Application.Compliance;

/// <summary>The "Compliance" configuration section: the thresholds of the Interior office's review (docs/compliance.md).</summary>
public sealed class ComplianceOptions
{
    public const string Section = "Compliance";

    /// <summary>A proposal with no recorded action for this many working days is stalled.</summary>
    [Range(1, 250)]
    public int StalledAfterWorkingDays { get; set; } = 10;

    /// <summary>An open step due within this many working days (today included) is at risk.</summary>
    [Range(0, 30)]
    public int AtRiskWithinWorkingDays { get; set; } = 2;

    /// <summary>How many proposals each flag and list shows on the overview; the flag page shows up to <see cref="FlagPageLimit"/>.</summary>
    [Range(1, 100)]
    public int ExamplesPerFlag { get; set; } = 5;

    [Range(10, 2000)]
    public int FlagPageLimit { get; set; } = 200;

    /// <summary>How long an overview or scorecard is kept in memory per unit and period; 0 turns the cache off.</summary>
    [Range(0, 3600)]
    public int CacheSeconds { get; set; } = 60;

    /// <summary>
    /// How many of the overview's flag queries run at once, each on its own connection (1: one after the other). Only
    /// one overview is computed per unit and period at a time, so this bounds the connections a review takes.
    /// </summary>
    [Range(1, 16)]
    public int ParallelQueries { get; set; } = 3;
}
