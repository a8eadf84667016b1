using Decree73.Application.Calendar;
using Decree73.Application.Common;
using Decree73.Domain.Calendar;

using Decree73.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Decree73.Web.Forms;

namespace Decree73.Web.Pages.Admin.Calendar;

/// <summary>
/// The working-day calendar of one year. Every administrator reads it (the /Admin folder policy); the service lets
/// only province-level administrators change it, whatever the page shows.
/// </summary>
public sealed class IndexModel(CalendarAdminService calendar, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty]
    public CalendarDayInput Input { get; set; } = new();

    [BindProperty]
    public string? Reference { get; set; }

    public IReadOnlyList<CalendarDay> Days { get; private set; } = [];
    public CalendarYear? YearStatus { get; private set; }
    public bool MayEdit { get; private set; }
    public int ShownYear => Year is >= 2000 and <= 2100 ? Year.Value : VietnamTime.Today(time).Year;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        var result = ModelState.IsValid ? await calendar.AddAsync(Input, ct) : OperationResult.Invalid([]);
        if (result.Status == OperationStatus.Forbidden)
        {
            return Forbid();
        }

        if (result.Succeeded)
        {
            TempData["Status"] = UiText.Calendar_Added + " " + UiText.Calendar_Recomputed;
            return RedirectToPage(new { year = Input.Date!.Value.Year });
        }

        this.AddErrors(result);
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, int version, CancellationToken ct)
    {
        var result = await calendar.DeleteAsync(id, version, ct);
        if (this.Refusal(result) is { } refused)
        {
            return refused;
        }

        if (result.Succeeded)
        {
            TempData["Status"] = UiText.Calendar_Deleted + " " + UiText.Calendar_Recomputed;
            return RedirectToPage(new { year = ShownYear });
        }

        this.AddErrors(result);
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Confirms the shown year against its announcement, or (confirmed = false) marks it provisional again.</summary>
    public async Task<IActionResult> OnPostYearAsync(bool confirmed, CancellationToken ct)
    {
        var result = await calendar.SetYearAsync(ShownYear, confirmed, Reference, ct);
        if (this.Refusal(result) is { } refused)
        {
            return refused;
        }

        if (result.Succeeded)
        {
            TempData["Status"] = UiText.Calendar_YearSaved;
            return RedirectToPage(new { year = ShownYear });
        }

        this.AddErrors(result);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        YearStatus = await calendar.YearStatusAsync(ShownYear, ct);
        Days = await calendar.YearAsync(ShownYear, ct);
        MayEdit = await calendar.MayEditAsync(ct);
    }
}
