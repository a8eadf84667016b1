using System.Globalization;
using Decree73.Application.Units;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Decree73.Web.Forms;

public static class UnitSelectList
{
    /// <summary>Units as select options, indented by depth so the tree reads in a plain select.</summary>
    public static List<SelectListItem> From(IEnumerable<UnitOption> units, int? selected = null, int? exclude = null) =>
        units.Where(u => u.Id != exclude)
            .Select(u => new SelectListItem(new string('\u00a0', u.Depth * 3) + u.Name, u.Id.ToString(CultureInfo.InvariantCulture), u.Id == selected))
            .ToList();
}
