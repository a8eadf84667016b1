using System.Globalization;
using System.Net;
using Decree73.TestSupport;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Decree73.WebTests;

/// <summary>The unread count in the navigation and the "Thông báo của tôi" page, through real forms.</summary>
public sealed class NotificationPagesTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private const string ProposerEmail = "truongphong.kt.tramlo@demo.decree73.vn";
    private const string HeadEmail = "chutich.tramlo@demo.decree73.vn";

    private Task<int> NotificationIdAsync(int proposalId) =>
        factory.QueryAsync(db => db.Notifications.Where(n => n.ProposalId == proposalId).Select(n => n.Id).SingleAsync());

    private Task<int> UnreadOfHeadAsync() =>
        factory.QueryAsync(db => db.Notifications.CountAsync(n => n.ReadAtUtc == null
            && db.Officers.Any(o => o.Id == n.RecipientOfficerId && db.Users.Any(u => u.Id == o.UserId && u.Email == HeadEmail))));

    private static async Task<string?> UnreadBadgeAsync(HttpClient client) =>
        (await client.GetDocumentAsync("/Tasks")).QuerySelector("#unread-count")?.FirstChild?.TextContent.Trim();

    [Fact]
    public async Task The_head_sees_the_unread_count_lists_the_notification_and_marks_it_read()
    {
        var id = await factory.SubmittedAsync("Thông báo trên trang");
        var notificationId = await NotificationIdAsync(id);
        var head = await factory.SignInAsync(HeadEmail);

        var unread = await UnreadOfHeadAsync();
        Assert.True(unread >= 1);
        Assert.Equal(unread.ToString(CultureInfo.InvariantCulture), await UnreadBadgeAsync(head));

        var page = await head.GetDocumentAsync("/Notifications");
        var row = page.QuerySelector($"#notification-{notificationId}");
        Assert.NotNull(row);
        Assert.Contains("Được giao xử lý", row.TextContent);
        Assert.Equal($"/Proposals/Details/{id}", row.QuerySelector("a")!.GetAttribute("href"));

        var read = await head.SubmitAsync(page, new Dictionary<string, string>(), $"form[action*='handler=Read'][action*='id={notificationId}']");
        Assert.Equal(HttpStatusCode.Redirect, read.StatusCode);
        Assert.NotNull(await factory.QueryAsync(db => db.Notifications.Where(n => n.Id == notificationId).Select(n => n.ReadAtUtc).SingleAsync()));
        Assert.Equal(unread - 1, await UnreadOfHeadAsync());
        Assert.Contains("Đã đọc", (await head.GetDocumentAsync("/Notifications")).QuerySelector($"#notification-{notificationId}")!.TextContent);
    }

    [Fact]
    public async Task Mark_all_read_clears_the_count()
    {
        await factory.SubmittedAsync("Thông báo thứ nhất");
        await factory.SubmittedAsync("Thông báo thứ hai");
        var head = await factory.SignInAsync(HeadEmail);
        Assert.NotNull(await UnreadBadgeAsync(head));

        var page = await head.GetDocumentAsync("/Notifications");
        var response = await head.SubmitAsync(page, new Dictionary<string, string>(), "form[action*='handler=ReadAll']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(0, await UnreadOfHeadAsync());
        Assert.Null(await UnreadBadgeAsync(head));
    }

    [Fact]
    public async Task Another_users_notification_is_not_found_and_stays_unread()
    {
        var id = await factory.SubmittedAsync("Của người khác");
        var headsNotification = await NotificationIdAsync(id);
        var proposer = await factory.SignInAsync(ProposerEmail);
        var page = await proposer.GetDocumentAsync("/Notifications");
        var token = page.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;

        var response = await proposer.PostAsync($"/Notifications?handler=Read&id={headsNotification}",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(await factory.QueryAsync(db => db.Notifications.Where(n => n.Id == headsNotification).Select(n => n.ReadAtUtc).SingleAsync()));
        Assert.Null(page.QuerySelector($"#notification-{headsNotification}"));
    }

    [Fact]
    public async Task Marking_read_without_the_antiforgery_token_is_refused()
    {
        var id = await factory.SubmittedAsync("Không có mã chống giả mạo");
        var notificationId = await NotificationIdAsync(id);
        var head = await factory.SignInAsync(HeadEmail);

        var response = await head.PostAsync($"/Notifications?handler=Read&id={notificationId}", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await factory.QueryAsync(db => db.Notifications.Where(n => n.Id == notificationId).Select(n => n.ReadAtUtc).SingleAsync()));
    }
}
