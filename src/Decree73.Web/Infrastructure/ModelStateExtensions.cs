using Decree73.Application.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Decree73.Web.Infrastructure;

public static class ModelStateExtensions
{
    /// <summary>Puts service errors next to the fields of the page's bound input (prefix "Input").</summary>
    public static void AddErrors(this ModelStateDictionary modelState, OperationResult result, string prefix = "Input")
    {
        foreach (var error in result.Errors)
        {
            modelState.AddModelError(error.Field.Length == 0 ? "" : $"{prefix}.{error.Field}", error.Message);
        }
    }
}
