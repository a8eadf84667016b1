using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Decree73.Web.Forms;

/// <summary>
/// Marks every amount in đồng bound with asp-for (a property ending in "Vnd", read by <see cref="VndAmounts"/>) with
/// data-amount="vnd", which wwwroot/js/proposal-page.js groups with "." when the box is left. Only inputs that are
/// already tag helper elements (asp-for) are touched.
/// </summary>
[HtmlTargetElement("input", Attributes = "asp-for")]
public sealed class VndAmountInputTagHelper : TagHelper
{
    /// <summary>After the framework's input tag helper.</summary>
    public override int Order => 1000;

    [HtmlAttributeName("asp-for")]
    public ModelExpression? For { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (For?.Metadata.PropertyName?.EndsWith("Vnd", StringComparison.Ordinal) == true && !output.Attributes.ContainsName("data-amount"))
        {
            output.Attributes.SetAttribute("data-amount", "vnd");
        }
    }
}
