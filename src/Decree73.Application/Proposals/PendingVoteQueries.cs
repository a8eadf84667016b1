using Decree73.Application.Abstractions;
using Decree73.Application.Access;
using Decree73.Application.Calendar;
using Decree73.Application.Common;
using Decree73.Domain.Access;
using Decree73.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace Decree73.Application.Proposals;

/// <summary>
/// A vote the signed-in leadership member is eligible for and that is not yet recorded ("Chờ biểu quyết"), with the
/// decision or evaluation deadline and their own position if they gave one (null: not yet).
/// </summary>
public sealed record PendingVoteItem(
    int ProposalId, string Title, string? ReceiptNumber, VoteStage Stage, DateOnly? DueOn, int? DaysLeft, bool? MyPosition);

/// <summary>
/// The votes awaiting the signed-in deputy: proposals of the agencies where they are a leadership member (not the
/// head, who holds the step itself in "Việc của tôi"), awaiting the approval or the evaluation vote, less their own
/// proposals (a deputy who is the proposer does not vote, Art. 8(1)).
/// </summary>
public sealed class PendingVoteQueries(IAppDbContext db, ProposalAccess proposalAccess, UserAccess access, CalendarService calendar, TimeProvider time)
{
    public const int Limit = 100;

    private static readonly ProposalState[] VoteStates =
        [ProposalState.Submitted, ProposalState.OpinionsRequested, ProposalState.CompletionReported, ProposalState.Stopped];

    public async Task<IReadOnlyList<PendingVoteItem>> MineAsync(int limit = Limit, CancellationToken ct = default)
    {
        if (await proposalAccess.CurrentOfficerIdAsync(ct) is not { } me)
        {
            return [];
        }

        var grants = await access.GrantsAsync(ct);
        var headed = grants.Where(g => g.Role == AppRole.UnitHead).Select(g => g.UnitId).ToHashSet();
        var units = grants.Where(g => g.Role == AppRole.LeadershipMember && !headed.Contains(g.UnitId)).Select(g => g.UnitId).Distinct().ToList();
        if (units.Count == 0)
        {
            return [];
        }

        var rows = await db.Proposals.AsNoTracking()
            .Where(p => units.Contains(p.DecidingUnitId) && VoteStates.Contains(p.State) && p.ProposerId != me)
            .OrderBy(p => p.StepDueOn == null).ThenBy(p => p.StepDueOn).ThenBy(p => p.Id)
            .Take(Math.Clamp(limit, 1, 500))
            .Select(p => new
            {
                p.Id, p.Title, p.ReceiptNumber, p.State, p.StepDueOn,
                Positions = p.VotePositions.Where(v => v.OfficerId == me).Select(v => new { v.Stage, v.InFavour }).ToList(),
            })
            .ToListAsync(ct);
        var workingDays = await calendar.GetAsync(ct);
        var today = VietnamTime.Today(time);
        return rows.Select(r =>
            {
                var stage = r.State is ProposalState.CompletionReported or ProposalState.Stopped ? VoteStage.Evaluation : VoteStage.Approval;
                var mine = r.Positions.FirstOrDefault(v => v.Stage == stage);
                return new PendingVoteItem(r.Id, r.Title, r.ReceiptNumber, stage, r.StepDueOn,
                    r.StepDueOn is { } due ? workingDays.WorkingDaysUntil(today, due) : null, mine?.InFavour);
            })
            .ToList();
    }
}
