using Decree73.Domain.Common;

namespace Decree73.Domain.Proposals;

/// <summary>A progress report while the proposal is implemented: how far along, what was done, the evidence.</summary>
public sealed class ProgressUpdate : Entity, IProposalOwned
{
    private ProgressUpdate() { }

    internal ProgressUpdate(int percent, string? text, int? milestoneId, int reportedByOfficerId, DateTime reportedAtUtc)
    {
        Percent = percent;
        Text = text;
        MilestoneId = milestoneId;
        ReportedByOfficerId = reportedByOfficerId;
        ReportedAtUtc = reportedAtUtc;
    }

    public int ProposalId { get; private set; }

    /// <summary>0–100.</summary>
    public int Percent { get; private set; }

    /// <summary>What was done and the evidence; required when the percentage goes down.</summary>
    public string? Text { get; private set; }

    /// <summary>The milestone this update reports as reached, if any.</summary>
    public int? MilestoneId { get; private set; }
    public int ReportedByOfficerId { get; private set; }
    public DateTime ReportedAtUtc { get; private set; }
}
