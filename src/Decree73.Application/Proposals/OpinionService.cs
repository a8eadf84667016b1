using Decree73.Application.Calendar;
using Decree73.Application.Common;
using Decree73.Domain.Proposals;
using Microsoft.Extensions.Options;

namespace Decree73.Application.Proposals;

/// <summary>Opinion requests to the Party committee, related units and experts, and their responses (domain.md §5 rows 2 and 9).</summary>
public sealed class OpinionService(ProposalWorkflowService workflow, CalendarService calendar, IOptions<ProposalOptions> options, TimeProvider time)
{
    /// <summary>The due date when the head picks none: <see cref="DeadlineRules.OpinionDue"/> from today.</summary>
    public async Task<DateOnly> DefaultDueOnAsync(CancellationToken ct = default) =>
        options.Value.Deadlines.OpinionDue(await calendar.GetAsync(ct), VietnamTime.Today(time));

    public async Task<OperationResult> RequestAsync(
        int id, int version, OpinionKind kind, string addressee, DateOnly? dueOn, CancellationToken ct = default)
    {
        var due = dueOn ?? await DefaultDueOnAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        return await workflow.ApplyAsync(
            id, version, (p, a) => p.RequestOpinion(a, kind, addressee, due, now, VietnamTime.DateOf(now)), "opinion requested", ct);
    }

    public Task<OperationResult> RecordResponseAsync(int id, int version, int requestId, string text, CancellationToken ct = default) =>
        workflow.ApplyAsync(
            id, version, (p, a) => p.RecordOpinionResponse(a, requestId, text, time.GetUtcNow().UtcDateTime), "opinion response recorded", ct);
}
