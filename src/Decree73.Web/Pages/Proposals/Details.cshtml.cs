using Decree73.Application.Calendar;
using Decree73.Application.Common;
using Decree73.Application.Proposals;
using Decree73.Domain.Proposals;
using Decree73.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Decree73.Web.Pages.Proposals;

public sealed class DetailsModel(
    ProposalService proposals, ProposalNames names, CalendarService calendar, IAuthorizationService authorization, TimeProvider time) : PageModel
{
    public Proposal? Proposal { get; private set; }
    public string ProposerName { get; private set; } = "";
    public string DecidingUnitName { get; private set; } = "";
    public string? FieldName { get; private set; }
    public string? KindName { get; private set; }
    public int? DaysLeft { get; private set; }
    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        Proposal = await proposals.FindAsync(id, ct);
        // Need to know: a proposal this user may not read does not exist for them.
        if (Proposal is null || !(await authorization.AuthorizeAsync(User, Proposal, Operations.Read)).Succeeded)
        {
            return NotFound();
        }

        (ProposerName, DecidingUnitName, FieldName, KindName) = await names.OfAsync(Proposal, ct);
        CanEdit = (await authorization.AuthorizeAsync(User, Proposal, Operations.EditDraft)).Succeeded;
        if (Proposal.DecisionDueOn is { } due && Proposal.State is ProposalState.Submitted or ProposalState.OpinionsRequested or ProposalState.NotPassed)
        {
            DaysLeft = (await calendar.GetAsync(ct)).WorkingDaysUntil(VietnamTime.Today(time), due);
        }

        return Page();
    }
}
