using System.Security.Claims;
using Decree73.Application.Access;
using Decree73.Application.Officers;
using Decree73.Application.Proposals;
using Decree73.Domain.Access;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Decree73.Web.Pages;

/// <summary>
/// Each person's start: how many steps wait for them and the three most urgent with their deadlines, then what their
/// roles do next (write a proposal, decide, monitor compliance and report). Two small queries on the officer's own steps.
/// </summary>
public sealed class IndexModel(UserAccess access, OfficerService officers, ProposalService proposals, PendingVoteQueries pendingVotes) : PageModel
{
    public const int UrgentShown = 3;

    public IReadOnlyList<GrantScope> Grants { get; private set; } = [];

    /// <summary>The officer's name when the account belongs to one, else the account's e-mail.</summary>
    public string DisplayName { get; private set; } = "";

    public int TaskCount { get; private set; }
    public IReadOnlyList<TaskItem> Urgent { get; private set; } = [];

    /// <summary>The votes awaiting the signed-in leadership member ("Chờ biểu quyết"), most urgent first.</summary>
    public IReadOnlyList<PendingVoteItem> PendingVotes { get; private set; } = [];

    public bool Has(params AppRole[] roles) => Grants.Any(g => roles.Contains(g.Role));

    public async Task OnGetAsync(CancellationToken ct)
    {
        Grants = await access.GrantsAsync(ct);
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        DisplayName = await officers.NameOfAccountAsync(userId, ct) ?? User.Identity!.Name ?? "";
        TaskCount = await proposals.MyTaskCountAsync(ct);
        Urgent = TaskCount == 0 ? [] : await proposals.MyTasksAsync(UrgentShown, ct);
        PendingVotes = Has(AppRole.LeadershipMember) ? await pendingVotes.MineAsync(PendingVoteQueries.Limit, ct) : [];
    }
}
