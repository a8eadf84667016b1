using System.Globalization;
using Decree73.Application.Common;
using Decree73.Application.Reports;

using Decree73.Web.Documents;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Decree73.Web.Forms;

namespace Decree73.Web.Pages.Reports;

/// <summary>Creating a draft: the unit (among those the user writes for) and the period.</summary>
public sealed class CreateModel(PeriodicReportService reports, TimeProvider time) : PageModel
{
    [BindProperty]
    public ReportCreateInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> UnitOptions { get; private set; } = [];
    public IReadOnlyList<SelectListItem> KindOptions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        // The period that ended last: what a unit usually reports on.
        var today = VietnamTime.Today(time);
        var quarter = (today.Month - 1) / 3;
        Input = new ReportCreateInput
        {
            UnitId = UnitOptions.Count == 1 ? int.Parse(UnitOptions[0].Value, CultureInfo.InvariantCulture) : null,
            PeriodKind = reports.EnabledPeriodKinds[0],
            Year = quarter == 0 ? today.Year - 1 : today.Year,
            PeriodNumber = quarter == 0 ? 4 : quarter,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var created = await reports.CreateAsync(Input, ct);
        if (created.Status == OperationStatus.NotFound)
        {
            return NotFound();
        }

        if (!created.Succeeded)
        {
            this.AddErrors(created);
            return Page();
        }

        TempData["Status"] = Resources.ReportText.Created;
        return RedirectToPage("Edit", new { id = created.Value });
    }

    /// <summary>False when the user writes no unit's report: the page does not exist for them.</summary>
    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var units = await reports.AuthoredUnitsAsync(ct);
        UnitOptions = units.Select(u => new SelectListItem(u.Name, u.Id.ToString(CultureInfo.InvariantCulture))).ToList();
        KindOptions = reports.EnabledPeriodKinds.Select(k => new SelectListItem(ReportTables.KindText(k), k.ToString())).ToList();
        return units.Count > 0;
    }
}
