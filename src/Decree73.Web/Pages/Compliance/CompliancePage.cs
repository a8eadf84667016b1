using System.Globalization;
using Decree73.Application.Common;
using Decree73.Application.Compliance;
using Decree73.Web.Resources;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Decree73.Web.Pages.Compliance;

/// <summary>The filters every compliance page shares (unit, year, quarter) and how a refused scope is answered.</summary>
public abstract class CompliancePage : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Unit { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Quarter { get; set; }

    public ComplianceScope? Scope { get; protected set; }
    public CompliancePeriod? Period { get; protected set; }

    public IEnumerable<SelectListItem> UnitOptions =>
        (Scope?.Options ?? []).Select(o => new SelectListItem(
            new string('\u00A0', o.Depth * 3) + o.Name, o.Id.ToString(CultureInfo.InvariantCulture), o.Id == Scope?.UnitId));

    public IEnumerable<SelectListItem> QuarterOptions =>
        Enumerable.Range(1, 4).Select(q => new SelectListItem(
            string.Format(CultureInfo.InvariantCulture, ComplianceText.Quarter_Option, q),
            q.ToString(CultureInfo.InvariantCulture), q == Period?.Quarter));

    public string PeriodText => Period is null ? "" : Period.Quarter is { } q
        ? string.Format(CultureInfo.InvariantCulture, ComplianceText.Period_Quarter, q, Period.Year)
        : string.Format(CultureInfo.InvariantCulture, ComplianceText.Period_Year, Period.Year);

    /// <summary>The current filters as query values, for links between the compliance pages.</summary>
    public Dictionary<string, string> Filters()
    {
        var values = new Dictionary<string, string>();
        if (Scope is not null)
        {
            values["unit"] = Scope.UnitId.ToString(CultureInfo.InvariantCulture);
        }

        if (Period is not null)
        {
            values["year"] = Period.Year.ToString(CultureInfo.InvariantCulture);
            if (Period.Quarter is { } q)
            {
                values["quarter"] = q.ToString(CultureInfo.InvariantCulture);
            }
        }

        return values;
    }

    /// <summary>The filters as a query string ("?unit=…&amp;year=…").</summary>
    public string FilterQuery => QueryString.Create(Filters().Select(kv => new KeyValuePair<string, string?>(kv.Key, kv.Value))).Value ?? "";

    /// <summary>Forbidden (no review grant) as the folder policy would answer; a unit out of scope as not found.</summary>
    protected IActionResult Refused(OperationResult result) =>
        result.Status == OperationStatus.Forbidden ? Forbid() : NotFound();

    public static string FlagName(string key) => Text("Flag_" + key);

    public static string FlagHint(string key) => Text("FlagHint_" + key);

    private static string Text(string name) =>
        ComplianceText.ResourceManager.GetString(name.Replace('-', '_'), ComplianceText.Culture)
        ?? throw new InvalidOperationException($"No ComplianceText resource {name}.");
}
