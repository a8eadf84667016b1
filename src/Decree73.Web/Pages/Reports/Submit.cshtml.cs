using Decree73.Application.Common;
using Decree73.Application.Reports;

using Decree73.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Decree73.Web.Forms;

namespace Decree73.Web.Pages.Reports;

/// <summary>Submitting freezes the report: the page asks for an explicit confirmation first.</summary>
public sealed class SubmitModel(PeriodicReportService reports) : PageModel
{
    public sealed class SubmitInput
    {
        public bool Confirmed { get; set; }
    }

    [BindProperty]
    public SubmitInput Input { get; set; } = new();

    [BindProperty]
    public int Version { get; set; }

    [FromRoute]
    public int Id { get; set; }

    public ReportView View { get; private set; } = null!;

    /// <summary>The Decree 30 frame fields still blank; the report cannot be submitted until they are filled in.</summary>
    public IReadOnlyList<FieldError> MissingFrame { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
        {
            return denied;
        }

        Version = View.Report.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
        {
            return denied;
        }

        if (!Input.Confirmed)
        {
            ModelState.AddModelError("Input.Confirmed", ReportText.Submit_ConfirmRequired);
            return Page();
        }

        var result = await reports.SubmitAsync(Id, Version, ct);
        if (this.Refusal(result) is { } refused)
        {
            return refused;
        }

        if (result.Succeeded)
        {
            TempData["Status"] = ReportText.Submitted;
            return RedirectToPage("Details", new { id = Id });
        }

        this.AddErrors(result);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var view = await reports.GetAsync(Id, compareLive: false, ct);
        if (view is null || (await reports.AuthoredUnitsAsync(ct)).All(u => u.Id != view.Report.UnitId))
        {
            return NotFound();
        }

        if (view.Report.IsFrozen)
        {
            TempData["Status"] = ErrorMessages.For(Domain.Reports.ReportErrors.Frozen);
            return RedirectToPage("Details", new { id = Id });
        }

        View = view;
        MissingFrame = PeriodicReportService.MissingFrame(view.Report);
        return null;
    }
}
