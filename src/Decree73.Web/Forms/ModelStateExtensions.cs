using System.Collections;
using System.Reflection;
using Decree73.Application.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Decree73.Web.Forms;

/// <summary>
/// The one mapping from a service's errors to a page: an error lands next to the field of the page's bound input it
/// names, and any other (no field, or a field this form does not have) in the summary at the top of the form. A refusal
/// is therefore never silent, whatever the service names.
/// </summary>
public static class ModelStateExtensions
{
    /// <summary>
    /// The one answer to a refused command, for every page: NotFound is a 404 and Forbidden a 403 (deny by default);
    /// null for a success or for errors the page shows next to its fields (<see cref="AddErrors"/>).
    /// </summary>
    public static IActionResult? Refusal(this PageModel page, OperationResult result) => result.Status switch
    {
        OperationStatus.NotFound => page.NotFound(),
        OperationStatus.Forbidden => page.Forbid(),
        _ => null,
    };

    /// <summary>Puts service errors next to the fields of the page's bound input <paramref name="prefix"/>, the rest in the summary.</summary>
    /// <param name="summaryFields">Fields the input carries but the form does not show (hidden ids): their errors go to the summary.</param>
    public static void AddErrors(this PageModel page, OperationResult result, string prefix = "Input", params string[] summaryFields)
    {
        var input = page.GetType().GetProperty(prefix, BindingFlags.Public | BindingFlags.Instance)?.PropertyType;
        foreach (var error in result.Errors)
        {
            var onField = !string.IsNullOrEmpty(error.Field) && input is not null && !summaryFields.Contains(error.Field) && HasField(input, error.Field);
            page.ModelState.AddModelError(onField ? $"{prefix}.{error.Field}" : "", error.Message);
        }
    }

    /// <summary>Whether <paramref name="path"/> ("Title", "Lines[2].Amount", "Address.Street") names a property of <paramref name="input"/>.</summary>
    public static bool HasField(Type input, string path)
    {
        var type = input;
        foreach (var part in path.Split('.'))
        {
            var name = part;
            var indexed = part.IndexOf('[', StringComparison.Ordinal);
            if (indexed >= 0)
            {
                name = part[..indexed];
            }

            var property = type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance);
            if (property is null || property.GetIndexParameters().Length > 0)
            {
                return false;
            }

            type = indexed >= 0 ? ElementType(property.PropertyType) ?? typeof(object) : property.PropertyType;
        }

        return true;
    }

    private static Type? ElementType(Type collection) =>
        collection.IsArray ? collection.GetElementType()
        : collection.IsGenericType && typeof(IEnumerable).IsAssignableFrom(collection) ? collection.GetGenericArguments()[^1]
        : null;
}
