using Decree73.Application.Common;
using Decree73.Domain.Proposals;

namespace Decree73.Application.Proposals;

/// <summary>Milestones of the plan, progress updates while it runs, and the completion report (domain.md §5 rows 7–8).</summary>
public sealed class ProgressService(ProposalWorkflowService workflow, TimeProvider time)
{
    public Task<OperationResult> AddMilestoneAsync(int id, int version, string title, DateOnly dueOn, CancellationToken ct = default) =>
        workflow.ApplyAsync(id, version, (p, a) => p.AddMilestone(a, title, dueOn), "milestone added", ct);

    public Task<OperationResult> ChangeMilestoneAsync(int id, int version, int milestoneId, string title, DateOnly dueOn, CancellationToken ct = default) =>
        workflow.ApplyAsync(id, version, (p, a) => p.ChangeMilestone(a, milestoneId, title, dueOn), "milestone changed", ct);

    public Task<OperationResult> RemoveMilestoneAsync(int id, int version, int milestoneId, CancellationToken ct = default) =>
        workflow.ApplyAsync(id, version, (p, a) => p.RemoveMilestone(a, milestoneId), "milestone removed", ct);

    public Task<OperationResult> ReportProgressAsync(
        int id, int version, int percent, string? text, int? milestoneId, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return workflow.ApplyAsync(
            id, version, (p, a) => p.ReportProgress(a, percent, text, milestoneId, now, VietnamTime.DateOf(now)), "progress reported", ct);
    }

    public Task<OperationResult> ReportCompletionAsync(int id, int version, string report, CancellationToken ct = default) =>
        workflow.ApplyAsync(id, version, (p, a) => p.ReportCompletion(a, report, time.GetUtcNow().UtcDateTime), "completion reported", ct);
}
