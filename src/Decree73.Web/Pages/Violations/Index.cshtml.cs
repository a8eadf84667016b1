using System.Globalization;
using Decree73.Application.Common;
using Decree73.Application.Violations;
using Decree73.Domain.Violations;
using Decree73.Web.Presentation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Decree73.Web.Pages.Violations;

/// <summary>
/// "Hành vi bị nghiêm cấm": the Art. 6 violation records this person may see, newest first, by unit (with the units
/// below it), year and quarter of the act, and act. 404 for anyone who reads none by role and is concerned by none.
/// </summary>
public sealed class IndexModel(ViolationService violations) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Unit { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Quarter { get; set; }

    [BindProperty(SupportsGet = true)]
    public ProhibitedAct? Act { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    public KeysetPage<ViolationListItem> Results { get; private set; } = new([], null);
    public IEnumerable<SelectListItem> UnitOptions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await violations.MaySeeListAsync(ct))
        {
            return NotFound();
        }

        Results = await violations.ListAsync(new ViolationFilter(Unit, Year, Quarter, Act, After), ct);
        UnitOptions = (await violations.FilterUnitsAsync(Unit, ct))
            .Select(u => new SelectListItem(u.Name, u.Id.ToString(CultureInfo.InvariantCulture), u.Id == Unit)).ToList();
        return Page();
    }

    public IEnumerable<SelectListItem> QuarterOptions => Enumerable.Range(1, 4).Select(q => new SelectListItem(
        string.Format(CultureInfo.InvariantCulture, Resources.ProtectionText.Violation_QuarterOption, q), q.ToString(CultureInfo.InvariantCulture), q == Quarter));

    public IEnumerable<SelectListItem> ActOptions => Enum.GetValues<ProhibitedAct>().Select(a => new SelectListItem(EnumText.Of(a), a.ToString(), a == Act));

    /// <summary>The current filters as query values, for the paging links.</summary>
    public Dictionary<string, string> RouteValues(string? after)
    {
        var values = new Dictionary<string, string>();
        void Add(string key, object? value)
        {
            if (value is not null)
            {
                values[key] = Convert.ToString(value, CultureInfo.InvariantCulture)!;
            }
        }

        Add("unit", Unit);
        Add("year", Year);
        Add("quarter", Quarter);
        Add("act", Act);
        Add("after", after);
        return values;
    }
}
