using System.Globalization;
using Decree73.Application.Common;
using Decree73.Application.Protection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Decree73.Web.Pages.Protection;

/// <summary>"Quyết định bảo vệ": only the records ProtectionAccess lets this person see, newest first, by unit and year.</summary>
public sealed class IndexModel(ProtectionService protection) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Unit { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    public KeysetPage<ProtectionListItem> Results { get; private set; } = new([], null);
    public IEnumerable<SelectListItem> UnitOptions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Results = await protection.ListAsync(new ProtectionFilter(Unit, Year, After), ct);
        UnitOptions = (await protection.FilterUnitsAsync(ct))
            .Select(u => new SelectListItem(u.Name, u.Id.ToString(CultureInfo.InvariantCulture), u.Id == Unit)).ToList();
    }

    /// <summary>The current filters as query values, for the paging links.</summary>
    public Dictionary<string, string> RouteValues(string? after)
    {
        var values = new Dictionary<string, string>();
        if (Unit is { } unit)
        {
            values["unit"] = unit.ToString(CultureInfo.InvariantCulture);
        }

        if (Year is { } year)
        {
            values["year"] = year.ToString(CultureInfo.InvariantCulture);
        }

        if (after is not null)
        {
            values["after"] = after;
        }

        return values;
    }
}
