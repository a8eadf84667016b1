using Decree73.Application.Violations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Decree73.Web.Pages.Violations;

/// <summary>One Art. 6 violation record, printable. Anyone ViolationService does not let see it gets 404.</summary>
public sealed class DetailsModel(ViolationService violations) : PageModel
{
    public ViolationView? Record { get; private set; }

    /// <summary>Whether the user records violations for this deciding agency (an Interior officer in scope): the edit link.</summary>
    public bool MayEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromRoute] int id, CancellationToken ct)
    {
        Record = await violations.FindAsync(id, ct);
        if (Record is null)
        {
            return NotFound();
        }

        MayEdit = await violations.MayRecordAsync(Record.DecidingUnitId, ct);
        return Page();
    }
}
