using System.Globalization;

namespace Decree73.Domain.Organisation;

public static class UnitPaths
{
    /// <summary>The first id of a materialised path ("/1/4/9/" → 1): the root (province) of the unit's tree.</summary>
    public static int? RootId(string? path)
    {
        var first = path?.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    }
}
