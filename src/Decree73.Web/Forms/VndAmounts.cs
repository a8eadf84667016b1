using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Decree73.Web.Forms;

/// <summary>
/// Amounts in đồng as officials type them: "50.000.000" (Vietnamese grouping), "50,000,000" (what a spreadsheet copied
/// from an English system gives), "50 000 000", "50000000", with or without "đ"/"VNĐ". The đồng has no subunit in use,
/// so a separator is always a thousands separator; "50,5" is refused rather than guessed. Applies to every bound
/// decimal whose property name ends in "Vnd".
/// </summary>
public static partial class VndAmounts
{
    [GeneratedRegex(@"^\d{1,3}(?:([.,\u00A0 ])\d{3})?(?:\1\d{3})*$|^\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex Grouped();

    [GeneratedRegex(@"\s*(?:đ|đồng|vnđ|vnd|₫)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Currency();

    public static bool TryParse(string? text, out decimal amount)
    {
        amount = 0;
        var trimmed = Currency().Replace((text ?? "").Trim(), "").Trim();
        if (trimmed.Length == 0 || trimmed.Length > 30 || !Grouped().IsMatch(trimmed))
        {
            return false;
        }

        var digits = new string(trimmed.Where(char.IsAsciiDigit).ToArray());
        return decimal.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out amount);
    }

    public static IServiceCollection AddVndAmountBinding(this IServiceCollection services) =>
        services.Configure<MvcOptions>(o => o.ModelBinderProviders.Insert(0, new BinderProvider()));

    private sealed class BinderProvider : IModelBinderProvider
    {
        public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
            context.Metadata.UnderlyingOrModelType == typeof(decimal)
            && context.Metadata.PropertyName?.EndsWith("Vnd", StringComparison.Ordinal) == true
                ? new Binder()
                : null;
    }

    private sealed class Binder : IModelBinder
    {
        public Task BindModelAsync(ModelBindingContext bindingContext)
        {
            var result = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
            if (result == ValueProviderResult.None)
            {
                return Task.CompletedTask;
            }

            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, result);
            var text = result.FirstValue;
            if (string.IsNullOrWhiteSpace(text))
            {
                if (bindingContext.ModelMetadata.IsReferenceOrNullableType)
                {
                    bindingContext.Result = ModelBindingResult.Success(null);
                }

                return Task.CompletedTask;
            }

            if (TryParse(text, out var amount))
            {
                bindingContext.Result = ModelBindingResult.Success(amount);
                return Task.CompletedTask;
            }

            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName,
                bindingContext.ModelMetadata.ModelBindingMessageProvider.AttemptedValueIsInvalidAccessor(text, bindingContext.ModelMetadata.GetDisplayName()));
            return Task.CompletedTask;
        }
    }
}
