using Decree73.Web.Resources;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Decree73.Web.Presentation;

/// <summary>
/// The one source of the Vietnamese names of enum values: EnumText.resx, keyed "{EnumType}_{Value}" (each label defined
/// once, in the decree's wording where the decree names the thing).
/// </summary>
public static class EnumText
{
    public static string Of<T>(T value) where T : struct, Enum =>
        Find(typeof(T).Name, value.ToString())
        ?? throw new InvalidOperationException($"No EnumText resource for {typeof(T).Name}.{value}.");

    /// <summary>The label of a value known only by its names (as the audit trail stores it), or null.</summary>
    public static string? Find(string type, string value) =>
        EnumTextResource.ResourceManager.GetString($"{type}_{value}", EnumTextResource.Culture);

    /// <summary>Several values, named and joined with commas ("Người đề xuất, Người thực hiện").</summary>
    public static string List<T>(IEnumerable<T> values) where T : struct, Enum => string.Join(", ", values.Select(Of));

    public static IEnumerable<SelectListItem> Options<T>() where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => new SelectListItem(Of(v), v.ToString()));
}
