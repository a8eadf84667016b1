using System.Security.Claims;
using Decree73.Application.Accounts;
using Decree73.Application.Common;
using Decree73.Application.Resources;
using Decree73.Application.Units;
using Decree73.Domain.Access;
using Decree73.Web.Forms;
using Decree73.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Decree73.Web.Pages.Admin.Accounts;

public sealed class DetailsModel(IAccountService accounts, UnitService units, AccountAccess access) : PageModel
{
    public AccountDetails? Account { get; private set; }

    [BindProperty]
    public GrantInput Grant { get; set; } = new();

    public IEnumerable<SelectListItem> UnitOptions { get; private set; } = [];

    public sealed class GrantInput
    {
        public AppRole? Role { get; set; }
        public int? UnitId { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct) =>
        await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostGrantAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied)
        {
            return denied;
        }

        if (Grant.UnitId is { } unitId && !await access.MayGrantAsync(Grant.Role, unitId, ct))
        {
            return Forbid();
        }

        if (Grant.Role is null)
        {
            ModelState.AddModelError("Grant.Role", ValidationMessages.Account_RoleInvalid);
        }

        if (Grant.UnitId is null)
        {
            ModelState.AddModelError("Grant.UnitId", ValidationMessages.Account_GrantUnitNotFound);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await accounts.GrantAsync(id, Grant.Role!.Value, Grant.UnitId!.Value, ct);
        return Done(result, UiText.Account_Granted, id, "Grant");
    }

    public async Task<IActionResult> OnPostRevokeAsync(string id, int grantId, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied)
        {
            return denied;
        }

        var grant = Account!.Grants.FirstOrDefault(g => g.Id == grantId);
        if (grant is null)
        {
            return NotFound();
        }

        if (!await access.MayAdministerUnitAsync(grant.UnitId, ct))
        {
            return Forbid();
        }

        var result = await accounts.RevokeAsync(id, grantId, ct);
        return Done(result, UiText.Account_Revoked, id, "Grant");
    }

    public async Task<IActionResult> OnPostLockAsync(string id, bool locked, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied)
        {
            return denied;
        }

        if (locked && id == User.FindFirstValue(ClaimTypes.NameIdentifier))
        {
            ModelState.AddModelError("", ValidationMessages.Account_CannotLockSelf);
            return Page();
        }

        var result = await accounts.SetLockedAsync(id, locked, ct);
        return Done(result, UiText.Account_LockChanged, id, "Grant");
    }

    /// <summary>A lost phone: the account enrols again at its next sign-in (never one's own; a security event).</summary>
    public async Task<IActionResult> OnPostResetAuthenticatorAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied)
        {
            return denied;
        }

        var result = await accounts.ResetAuthenticatorAsync(id, ct);
        return Done(result, TwoFactorText.Admin_ResetDone, id, "");
    }

    private IActionResult Done(OperationResult result, string status, string id, string prefix)
    {
        if (result.Status == OperationStatus.NotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData["Status"] = status;
            return RedirectToPage(new { id });
        }

        this.AddErrors(result, prefix);
        return Page();
    }

    /// <summary>Loads the account and checks the user administers it. Returns the refusal, or null to go on.</summary>
    private async Task<IActionResult?> LoadAsync(string id, CancellationToken ct)
    {
        Account = await accounts.GetAsync(id, ct);
        if (Account is null)
        {
            return NotFound();
        }

        if (!await access.MayAdministerAsync(Account, ct))
        {
            return Forbid();
        }

        UnitOptions = UnitSelectList.From(await units.AdministeredOptionsAsync(ct));
        return null;
    }
}
