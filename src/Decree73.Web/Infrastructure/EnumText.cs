using Decree73.Web.Resources;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Decree73.Web.Infrastructure;

/// <summary>Vietnamese names of enum values, from UiText.resx ("Enum_{Type}_{Value}").</summary>
public static class EnumText
{
    public static string Of<T>(T value) where T : struct, Enum =>
        UiText.ResourceManager.GetString($"Enum_{typeof(T).Name}_{value}", UiText.Culture)
        ?? throw new InvalidOperationException($"No UiText resource for {typeof(T).Name}.{value}.");

    public static IEnumerable<SelectListItem> Options<T>() where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => new SelectListItem(Of(v), v.ToString()));
}
