using Decree73.Application.Appraisal;
using Decree73.Application.Audit;
using Decree73.Application.Common;

using Decree73.Web.Resources;
using Decree73.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Decree73.Web.Forms;

namespace Decree73.Web.Pages.Appraisal;

/// <summary>
/// One officer's appraisal link for one year: what the year holds, the suggested credit, and the entry form. The
/// officer and year come from the route only. Outside the user's appraisal scope the page does not exist.
/// </summary>
public sealed class EditModel(AppraisalService appraisal, RecordAccessLog reads, ILogger<EditModel> logger) : PageModel
{
    public AppraisalSheet? Sheet { get; private set; }

    [BindProperty]
    public AppraisalInput Input { get; set; } = new();

    [BindProperty]
    public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync([FromRoute] int officerId, [FromRoute] int year, CancellationToken ct)
    {
        Sheet = await appraisal.SheetAsync(officerId, year, ct);
        if (Sheet is null)
        {
            return NotFound();
        }

        this.LogViewed(logger, "appraisal sheet " + year.ToString(System.Globalization.CultureInfo.InvariantCulture) + " of officer", officerId);
        await reads.RecordAsync(Domain.Audit.AccessedRecord.AppraisalSheet, officerId, Domain.Audit.AccessKind.View, ct);
        // A new entry starts from the suggested credit and no grade: the grade is always the Interior officer's choice.
        Input = Sheet.Entry is { } entry
            ? new AppraisalInput
            {
                Grade = entry.Grade, InnovationCredited = entry.InnovationCredited, Note = entry.Note, DecisionReference = entry.DecisionReference,
                Score = entry.Score, Disqualified = entry.Disqualified,
            }
            : new AppraisalInput { InnovationCredited = Sheet.Suggestion.Suggested };
        Version = Sheet.Entry?.Version ?? 0;
        return Page();
    }

    public Task<IActionResult> OnPostAsync([FromRoute] int officerId, [FromRoute] int year, CancellationToken ct) =>
        SaveAsync(officerId, year, () => appraisal.SaveAsync(officerId, year, Input, Version, ct), ct);

    public Task<IActionResult> OnPostApplySuggestionAsync([FromRoute] int officerId, [FromRoute] int year, CancellationToken ct) =>
        SaveAsync(officerId, year, () => appraisal.ApplySuggestionAsync(officerId, year, Version, ct), ct);

    private async Task<IActionResult> SaveAsync(int officerId, int year, Func<Task<OperationResult<QuotaStatus>>> save, CancellationToken ct)
    {
        Sheet = await appraisal.SheetAsync(officerId, year, ct);
        if (Sheet is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            var result = await save();
            if (this.Refusal(result) is { } refused)
            {
                return refused;
            }

            if (result.Succeeded)
            {
                // The quota warning is on the page this redirects to, worked out afresh.
                TempData["Status"] = AppraisalText.Appraisal_Saved;
                return RedirectToPage(new { officerId, year });
            }

            this.AddErrors(result);
        }

        return Page();
    }
}
