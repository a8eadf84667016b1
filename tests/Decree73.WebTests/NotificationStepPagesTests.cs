using Decree73.Domain.Proposals;
using Decree73.TestSupport;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Decree73.WebTests;

/// <summary>Issue 13: "Được giao xử lý" names the step and the proposal; rows recorded before the step was kept still read well.</summary>
public abstract class NotificationStepPagesTests(WebAppFactory factory)
{
    private const string ProposerEmail = "truongphong.kt.tramlo@demo.decree73.vn";
    private const string HeadEmail = "chutich.tramlo@demo.decree73.vn";

    [Fact]
    public async Task The_assignment_names_the_step_the_receipt_number_and_the_title_with_a_link()
    {
        var id = await factory.SubmittedAsync("Tiếp nhận hồ sơ qua Zalo");
        var notification = await factory.QueryAsync(db => db.Notifications.AsNoTracking().SingleAsync(n => n.ProposalId == id));
        var (notificationId, step) = (notification.Id, notification.Step);
        var receipt = await factory.QueryAsync(db => db.Proposals.Where(p => p.Id == id).Select(p => p.ReceiptNumber).SingleAsync());
        Assert.Equal(ProposalState.Submitted, step);

        var head = await factory.SignInAsync(HeadEmail);
        var row = (await head.GetDocumentAsync("/Notifications")).QuerySelector($"#notification-{notificationId}")!;

        Assert.Contains("Được giao xử lý bước Xem xét, quyết định", row.TextContent, StringComparison.Ordinal);
        var link = row.QuerySelector("a[href]")!;
        Assert.Equal($"/Proposals/Details/{id}", link.GetAttribute("href"));
        Assert.Equal($"Đề xuất {receipt}: Tiếp nhận hồ sơ qua Zalo", link.TextContent.Trim());
    }

    [Fact]
    public async Task An_assignment_recorded_without_its_step_still_reads_as_given_for_handling()
    {
        var id = await factory.SubmittedAsync("Thông báo cũ không có bước");
        var notificationId = await factory.QueryAsync(db => db.Notifications.Where(n => n.ProposalId == id).Select(n => n.Id).SingleAsync());
        await factory.QueryAsync(db => db.Notifications.Where(n => n.Id == notificationId)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.Step, (ProposalState?)null)));

        var head = await factory.SignInAsync(HeadEmail);
        var row = (await head.GetDocumentAsync("/Notifications")).QuerySelector($"#notification-{notificationId}")!;

        Assert.Equal("Được giao xử lý", row.QuerySelectorAll("td")[1].TextContent.Trim());
        Assert.Contains("Thông báo cũ không có bước", row.QuerySelector("a[href]")!.TextContent, StringComparison.Ordinal);
    }
}

public sealed class NotificationStepPagesTests_Sqlite(SqliteWebAppFactory factory) : NotificationStepPagesTests(factory), IClassFixture<SqliteWebAppFactory>;

[RequiresPostgres]
public sealed class NotificationStepPagesTests_PostgreSql(PostgresWebAppFactory factory)
    : NotificationStepPagesTests(factory), IClassFixture<PostgresWebAppFactory>;
