using Decree73.Web.Resources;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Decree73.Web.Infrastructure;

/// <summary>Vietnamese names of the appraisal, encouragement and protection enums, from AppraisalText.resx ("Enum_{Type}_{Value}").</summary>
public static class AppraisalEnumText
{
    public static string Of<T>(T value) where T : struct, Enum =>
        AppraisalText.ResourceManager.GetString($"Enum_{typeof(T).Name}_{value}", AppraisalText.Culture)
        ?? throw new InvalidOperationException($"No AppraisalText resource for {typeof(T).Name}.{value}.");

    public static IEnumerable<SelectListItem> Options<T>() where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => new SelectListItem(Of(v), v.ToString()));
}
