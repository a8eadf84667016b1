using Decree73.Application.Common;
using Decree73.Application.Violations;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Decree73.Web.Forms;

namespace Decree73.Web.Pages.Violations;

/// <summary>
/// The create and edit forms of an Art. 6 violation share the fields (_Form.cshtml) and the way service errors land
/// next to them. The proposal and the record come from the route; only the officer is chosen, among those the context offers.
/// </summary>
public abstract class FormPage : PageModel
{
    [BindProperty]
    public ViolationInput Input { get; set; } = new();

    public ViolationFormContext? Context { get; protected set; }

    public abstract string Heading { get; }

    /// <summary>NotFound and Forbidden as they are; anything else is not a refusal.</summary>
    protected IActionResult? Deny(OperationResult result) => this.Refusal(result);

    protected void ShowErrors(OperationResult result) => this.AddErrors(result);
}
