using Decree73.Application.Proposals;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Decree73.Web.Pages.Tasks;

/// <summary>
/// "Việc của tôi": the steps the signed-in officer holds, most urgent first, and the votes awaiting them as a member of
/// a leadership collective ("Chờ biểu quyết"). Only their own steps and votes are queried.
/// </summary>
public sealed class IndexModel(ProposalService proposals, PendingVoteQueries pendingVotes) : PageModel
{
    public const int Limit = 100;

    public IReadOnlyList<TaskItem> Tasks { get; private set; } = [];
    public IReadOnlyList<PendingVoteItem> PendingVotes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Tasks = await proposals.MyTasksAsync(Limit, ct);
        PendingVotes = await pendingVotes.MineAsync(PendingVoteQueries.Limit, ct);
    }
}
