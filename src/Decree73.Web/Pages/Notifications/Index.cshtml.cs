using Decree73.Application.Common;
using Decree73.Application.Notifications;
using Decree73.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Decree73.Web.Pages.Notifications;

/// <summary>
/// The signed-in officer's notifications, newest first. The service filters every query and update by the recipient,
/// so another person's notification id is a 404 here.
/// </summary>
public sealed class IndexModel(NotificationService notifications) : PageModel
{
    public KeysetPage<NotificationItem> Items { get; private set; } = new([], null);

    public bool IsFirstPage { get; private set; }

    public async Task OnGetAsync(string? after, CancellationToken ct)
    {
        IsFirstPage = string.IsNullOrEmpty(after);
        Items = await notifications.ListAsync(after, ct);
    }

    public async Task<IActionResult> OnPostReadAsync(int id, CancellationToken ct)
    {
        var result = await notifications.MarkReadAsync(id, ct);
        if (result.Status == OperationStatus.NotFound)
        {
            return NotFound();
        }

        TempData["Status"] = UiText.Notify_MarkedRead;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken ct)
    {
        await notifications.MarkAllReadAsync(ct);
        TempData["Status"] = UiText.Notify_MarkedAllRead;
        return RedirectToPage();
    }
}
