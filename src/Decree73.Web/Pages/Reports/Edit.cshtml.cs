using Decree73.Application.Common;
using Decree73.Application.Reports;

using Decree73.Web.Documents;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Decree73.Web.Forms;

namespace Decree73.Web.Pages.Reports;

/// <summary>Writing a draft: the narrative and the document frame; the figures are live and read-only.</summary>
public sealed class EditModel(PeriodicReportService reports) : PageModel
{
    [BindProperty]
    public ReportEditInput Input { get; set; } = new();

    [BindProperty]
    public int Version { get; set; }

    [FromRoute]
    public int Id { get; set; }

    /// <summary>Set by the submit page's links: shows next to the fields what must be filled in before submitting.</summary>
    [FromQuery]
    public bool Check { get; set; }

    public ReportView View { get; private set; } = null!;
    public IReadOnlyList<FigureTable> Tables { get; private set; } = [];
    public bool HasSubordinates { get; private set; }

    /// <summary>Said above section I.2 when its text was just generated and is not saved yet.</summary>
    public string? InnovationAreasNotice { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
        {
            return denied;
        }

        Input = ReportEditInput.From(View.Report);
        Version = View.Report.Version;
        // Section I.2 never saved: offered as generated from the live figures; once saved it is the writer's text.
        if (View.Report.InnovationAreasText is null)
        {
            Input.InnovationAreas = InnovationAreasWriter.Generate(View.Stated, View.IssuerName);
            InnovationAreasNotice = Resources.ReportText.Edit_InnovationAreasGenerated;
        }
        if (Check)
        {
            foreach (var missing in PeriodicReportService.MissingFrame(View.Report))
            {
                ModelState.AddModelError("Input." + missing.Field, missing.Message);
            }
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
        {
            return denied;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await reports.EditAsync(Id, Input, Version, ct);
        if (this.Refusal(result) is { } refused)
        {
            return refused;
        }

        if (!result.Succeeded)
        {
            this.AddErrors(result);
            return Page();
        }

        TempData["Status"] = Resources.ReportText.Saved;
        return RedirectToPage("Edit", new { id = Id });
    }

    /// <summary>
    /// "Tạo lại từ số liệu": the form comes back with what was typed and section I.2 generated again from the live
    /// figures. Nothing is saved: the writer reviews it and saves, so no saved text is ever replaced behind their back.
    /// </summary>
    public async Task<IActionResult> OnPostRegenerateAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
        {
            return denied;
        }

        Input.InnovationAreas = InnovationAreasWriter.Generate(View.Stated, View.IssuerName);
        ModelState.Remove("Input.InnovationAreas");
        InnovationAreasNotice = Resources.ReportText.Edit_Regenerated;
        return Page();
    }

    /// <summary>404 unless the user writes this unit's report; a submitted report is shown, never edited.</summary>
    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var view = await reports.GetAsync(Id, compareLive: false, ct);
        var units = await reports.AuthoredUnitsAsync(ct);
        if (view is null || units.All(u => u.Id != view.Report.UnitId))
        {
            return NotFound();
        }

        if (view.Report.IsFrozen)
        {
            TempData["Status"] = ErrorMessages.For(Domain.Reports.ReportErrors.Frozen);
            return RedirectToPage("Details", new { id = Id });
        }

        View = view;
        Tables = ReportTables.Build(view.Stated, null);
        HasSubordinates = units.Any(u => u.Id == view.Report.UnitId && u.HasSubordinates);
        return null;
    }
}
