using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using FluentValidation;
using FluentValidation.Validators;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Decree73.Web.Forms;

/// <summary>
/// One labelled text field: <c>&lt;text-field asp-for="Input.Notes" label="…" hint="…" required multiline /&gt;</c>
/// renders the label (with "bắt buộc" when required), the hint, the input or textarea and the error from ModelState
/// next to it, tied together with <c>for</c> and <c>aria-describedby</c>. What the user typed comes back after a
/// refused post. The <c>maxlength</c> is the model's: a [MaxLength]/[StringLength] on the property, else the
/// Application validator's maximum length rule (ADR 0011), else the <c>max-length</c> given for a format (a date).
/// </summary>
[HtmlTargetElement("text-field", Attributes = "asp-for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class TextFieldTagHelper(IServiceProvider services) : TagHelper
{
    private static readonly ConcurrentDictionary<(Type, string), int?> RuleLengths = new();

    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    public string Label { get; set; } = "";

    public string? Hint { get; set; }

    public bool Required { get; set; }

    /// <summary>A textarea of <see cref="Rows"/> rows instead of a one-line input.</summary>
    public bool Multiline { get; set; }

    public int Rows { get; set; } = 4;

    [HtmlAttributeName("input-mode")]
    public string? InputMode { get; set; }

    /// <summary>The value as shown (a date as dd/MM/yyyy); when absent, the model's string.</summary>
    public string? Value { get; set; }

    /// <summary>The length of a format the model does not state (dd/MM/yyyy: 10); a rule of the model wins.</summary>
    [HtmlAttributeName("max-length")]
    public int? MaxLength { get; set; }

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = For.Name;
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var state = ViewContext.ViewData.ModelState[name];
        var error = state?.Errors.FirstOrDefault()?.ErrorMessage;
        var value = state?.AttemptedValue ?? Value ?? For.Model as string;
        var describedBy = string.Join(" ", new[] { Hint is null ? null : id + "-hint", error is null ? null : id + "-error" }.OfType<string>());

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "field");

        var label = new TagBuilder("label");
        label.Attributes["for"] = id;
        label.InnerHtml.Append(Label);
        if (Required)
        {
            label.InnerHtml.Append(" ");
            label.InnerHtml.AppendHtml(Span("hint", Resources.UiText.Common_Required));
        }

        output.Content.AppendHtml(label);
        if (Hint is not null)
        {
            var hint = new TagBuilder("p");
            hint.AddCssClass("hint");
            hint.Attributes["id"] = id + "-hint";
            hint.InnerHtml.Append(Hint);
            output.Content.AppendHtml(hint);
        }

        var box = new TagBuilder(Multiline ? "textarea" : "input");
        box.Attributes["id"] = id;
        box.Attributes["name"] = name;
        if (Multiline)
        {
            box.Attributes["rows"] = Rows.ToString(System.Globalization.CultureInfo.InvariantCulture);
            box.InnerHtml.Append(value ?? "");
        }
        else
        {
            box.TagRenderMode = TagRenderMode.SelfClosing;
            box.Attributes["type"] = "text";
            box.Attributes["value"] = value ?? "";
            if (For.Metadata.PropertyName?.EndsWith("Vnd", StringComparison.Ordinal) == true)
            {
                box.Attributes["data-amount"] = "vnd";
            }
        }

        if ((MaxLengthOf(For.Metadata) ?? MaxLength) is { } max)
        {
            box.Attributes["maxlength"] = max.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (InputMode is not null)
        {
            box.Attributes["inputmode"] = InputMode;
        }

        if (error is not null)
        {
            box.AddCssClass("input-validation-error");
        }

        box.Attributes["aria-invalid"] = error is null ? "false" : "true";
        if (describedBy.Length > 0)
        {
            box.Attributes["aria-describedby"] = describedBy;
        }

        output.Content.AppendHtml(box);

        var message = Span(error is null ? "field-validation-valid" : "field-validation-error", error ?? "");
        message.Attributes["data-valmsg-for"] = name;
        if (error is not null)
        {
            message.Attributes["id"] = id + "-error";
        }

        output.Content.AppendHtml(message);
    }

    private static TagBuilder Span(string cssClass, string text)
    {
        var span = new TagBuilder("span");
        span.AddCssClass(cssClass);
        span.InnerHtml.Append(text);
        return span;
    }

    /// <summary>The property's own maximum length: its attribute, else the smallest maximum of the validator's rules.</summary>
    internal int? MaxLengthOf(ModelMetadata metadata)
    {
        foreach (var rule in metadata.ValidatorMetadata)
        {
            switch (rule)
            {
                case MaxLengthAttribute a when a.Length > 0:
                    return a.Length;
                case StringLengthAttribute a:
                    return a.MaximumLength;
            }
        }

        if (metadata.ContainerType is not { } container || metadata.PropertyName is not { } property)
        {
            return null;
        }

        // The rules are fixed per input type; the validator is resolved once per type and property.
        return RuleLengths.GetOrAdd((container, property), key =>
        {
            var validator = services.GetService(typeof(IValidator<>).MakeGenericType(key.Item1)) as IValidator;
            var maxima = validator?.CreateDescriptor().GetValidatorsForMember(key.Item2)
                .Select(v => v.Validator).OfType<ILengthValidator>().Where(v => v.Max > 0).Select(v => v.Max).ToList();
            return maxima is { Count: > 0 } ? maxima.Min() : null;
        });
    }
}
