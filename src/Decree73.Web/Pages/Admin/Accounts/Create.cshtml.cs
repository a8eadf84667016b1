using Decree73.Application.Accounts;
using Decree73.Application.Common;
using Decree73.Application.Officers;

using Decree73.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Decree73.Web.Forms;

namespace Decree73.Web.Pages.Admin.Accounts;

public sealed class CreateModel(IAccountService accounts, OfficerService officers, AccountAccess access) : PageModel
{
    [BindProperty]
    public AccountInput Input { get; set; } = new();

    public IEnumerable<SelectListItem> OfficerOptions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadOptionsAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Input.OfficerId is { } officerId)
        {
            var officer = await officers.FindAsync(officerId, ct);
            if (officer is not null && !await access.MayAdministerUnitAsync(officer.UnitId, ct))
            {
                return Forbid();
            }
        }

        if (ModelState.IsValid)
        {
            var result = await accounts.CreateAsync(Input, ct);
            if (result.Succeeded)
            {
                TempData["Status"] = UiText.Accounts_Created;
                return RedirectToPage("Details", new { id = result.Value });
            }

            this.AddErrors(result);
        }

        // The password is never sent back to the browser.
        Input.Password = "";
        await LoadOptionsAsync(ct);
        return Page();
    }

    private async Task LoadOptionsAsync(CancellationToken ct) =>
        OfficerOptions = (await officers.WithoutAccountAsync(ct))
            .Select(o => new SelectListItem($"{o.FullName} – {o.UnitName}", o.Id.ToString(Formats.Invariant)))
            .ToList();
}
