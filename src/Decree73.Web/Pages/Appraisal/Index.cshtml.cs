using Decree73.Application.Appraisal;
using Decree73.Application.Common;
using Decree73.Web.Resources;
using Decree73.Application.Resources;
using Decree73.Application.Units;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Decree73.Web.Pages.Appraisal;

/// <summary>
/// One unit's officers and their appraisal entries for a year, with the quota warning. Only for Interior officers and
/// administrators: to anyone else, and for a unit outside their scope, the page does not exist.
/// </summary>
public sealed class IndexModel(AppraisalService appraisal) : PageModel
{
    public const int PageSize = 100;

    [BindProperty(SupportsGet = true)]
    public int? UnitId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    [BindProperty]
    public AgencyYearInput AgencyYear { get; set; } = new();

    public IReadOnlyList<UnitOption> Units { get; private set; } = [];
    public UnitAppraisalSummary? Summary { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Units = await appraisal.UnitOptionsAsync(ct);
        if (Units.Count == 0)
        {
            return NotFound();
        }

        Year ??= appraisal.CurrentYear;
        if (!appraisal.IsYearInRange(Year.Value))
        {
            ModelState.AddModelError(nameof(Year), ValidationMessages.Appraisal_YearOutOfRange);
            return Page();
        }

        if (UnitId is { } unitId)
        {
            Summary = await appraisal.UnitSummaryAsync(unitId, Year.Value, After, PageSize, ct);
            if (Summary is null)
            {
                return NotFound();
            }
        }

        return Page();
    }

    /// <summary>The Decree 335/2025 exception for the shown unit and year; "not found" outside the user's scope.</summary>
    public async Task<IActionResult> OnPostAgencyYearAsync(CancellationToken ct)
    {
        if (UnitId is not { } unitId || Year is not { } year)
        {
            return NotFound();
        }

        var result = await appraisal.SetAgencyYearAsync(unitId, year, AgencyYear, ct);
        if (result.Status == OperationStatus.NotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData["Status"] = AppraisalText.Appraisal_AgencyYearSaved;
            return RedirectToPage(new { unitId, year });
        }

        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(string.IsNullOrEmpty(error.Field) ? "" : "AgencyYear." + error.Field, error.Message);
        }

        return await OnGetAsync(ct);
    }
}
