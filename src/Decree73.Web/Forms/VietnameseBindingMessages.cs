using Decree73.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Decree73.Web.Forms;

/// <summary>Model-binding errors ("the value 'x' is not valid") in Vietnamese, next to the field.</summary>
public sealed class VietnameseBindingMessages : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((value, _) => string.Format(UiText.Culture, UiText.Binding_ValueInvalid, value));
        messages.SetValueIsInvalidAccessor(value => string.Format(UiText.Culture, UiText.Binding_ValueInvalid, value));
        messages.SetValueMustNotBeNullAccessor(_ => UiText.Binding_ValueMissing);
        messages.SetMissingBindRequiredValueAccessor(_ => UiText.Binding_ValueMissing);
        messages.SetMissingKeyOrValueAccessor(() => UiText.Binding_ValueMissing);
        messages.SetValueMustBeANumberAccessor(_ => UiText.Binding_ValueMustBeNumber);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => string.Format(UiText.Culture, UiText.Binding_ValueInvalid, value));
        messages.SetUnknownValueIsInvalidAccessor(_ => UiText.Binding_ValueMissing);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => UiText.Binding_ValueMissing);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => UiText.Binding_ValueMustBeNumber);
    }
}
