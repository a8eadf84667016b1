using Decree73.Application.Notifications;
using Microsoft.AspNetCore.Mvc;

namespace Decree73.Web.ViewComponents;

/// <summary>The navigation item to the notifications page with the user's unread count as a badge.</summary>
public sealed class UnreadNotificationsViewComponent(NotificationService notifications) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(await notifications.UnreadCountAsync(HttpContext.RequestAborted));
}
