using Decree73.Application.Proposals;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Decree73.Web.Pages.Tasks;

/// <summary>"Việc của tôi": the steps the signed-in officer holds, most urgent first. Only their own steps are queried.</summary>
public sealed class IndexModel(ProposalService proposals) : PageModel
{
    public const int Limit = 100;

    public IReadOnlyList<TaskItem> Tasks { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Tasks = await proposals.MyTasksAsync(Limit, ct);
}
