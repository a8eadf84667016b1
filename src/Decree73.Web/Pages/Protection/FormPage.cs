using Decree73.Application.Common;
using Decree73.Application.Protection;
using Decree73.Domain.Protection;
using Decree73.Web.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Decree73.Web.Pages.Protection;

/// <summary>
/// The create and edit forms of a protection record share the fields (_Form.cshtml), the upload and the way service
/// errors land next to the fields. The ids come from the route; nothing posted names a proposal, officer or record.
/// </summary>
public abstract class FormPage : PageModel
{
    [BindProperty]
    public ProtectionInput Input { get; set; } = new();

    /// <summary>The signed decision (PDF, DOCX, JPG, PNG); optional, and replaced when a new one is sent.</summary>
    [BindProperty]
    public IFormFile? SignedFile { get; set; }

    public ProtectionFormContext? Context { get; protected set; }

    public abstract string Heading { get; }

    public string? CurrentFileName { get; protected set; }

    public long MaxFileBytes { get; protected set; }

    protected IActionResult? Deny(OperationResult result) => this.Refusal(result);

    /// <summary>
    /// A form refused with a reason (an account without an officer, one's own case) goes back to <paramref name="page"/>
    /// saying why; NotFound and Forbidden stay what they are.
    /// </summary>
    protected IActionResult Refuse(OperationResult result, string page, object route)
    {
        if (Deny(result) is { } denied)
        {
            return denied;
        }

        if (result.Errors.Count == 0)
        {
            return NotFound();
        }

        TempData["Status"] = string.Join(" ", result.Errors.Select(e => e.Message));
        return RedirectToPage(page, route);
    }

    /// <summary>A form for an evaluation that allows no protection says so at once, with the reason.</summary>
    protected void ExplainWhenNothingAllowed()
    {
        if (Context is { AllowedTypes.Count: 0 })
        {
            ModelState.AddModelError("Input.Type", ProtectionService.FindingsNotMetReason(Context.Findings));
        }
    }

    protected SignedFileUpload? Upload() =>
        SignedFile is null ? null : new SignedFileUpload(SignedFile.FileName, SignedFile.Length, SignedFile.OpenReadStream());

    protected void ShowErrors(OperationResult result)
    {
        foreach (var error in result.Errors)
        {
            var key = error.Field switch
            {
                "" or "OfficerId" => "",
                ProtectionService.FileField => nameof(SignedFile),
                _ when ModelStateExtensions.HasField(typeof(ProtectionInput), error.Field) => "Input." + error.Field,
                _ => "",
            };
            ModelState.AddModelError(key, error.Message);
        }
    }

    /// <summary>The radio buttons: only the types the evaluation allows are offered (the service still checks).</summary>
    public IReadOnlyList<ProtectionType> Offered => Context?.AllowedTypes ?? [];
}
