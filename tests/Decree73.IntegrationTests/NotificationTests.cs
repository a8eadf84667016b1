using Decree73.Domain.Calendar;
using Decree73.Application.Common;
using Decree73.Application.Notifications;
using Decree73.Application.Proposals;
using Decree73.Domain.Access;
using Decree73.Domain.Notifications;
using Decree73.Domain.Organisation;
using Decree73.Domain.People;
using Decree73.Domain.Proposals;
using Decree73.Infrastructure.Persistence;
using Decree73.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static Decree73.TestSupport.ProposalInputs;

namespace Decree73.IntegrationTests;

/// <summary>
/// Notifications in the app and by e-mail, on a real database and a real SMTP listener on loopback: assignment,
/// reminders two working days before a deadline and once overdue, never twice, and a mail server that is down.
/// </summary>
public abstract class NotificationTests(ServiceHost host)
{
    private sealed record People(string Proposer, int ProposerId, string Head, int HeadId, string HeadEmail);

    private async Task<People> PeopleAsync(string code)
    {
        var province = await host.AddUnitAsync(code, kind: UnitKind.Province);
        var commune = await host.AddUnitAsync(code + "-XA", province);
        var (proposer, proposerId) = await host.AddOfficerAsync($"tp.{code}@test.vn", commune, PostKind.Manager, (AppRole.Proposer, commune));
        var (head, headId) = await host.AddOfficerAsync($"ct.{code}@test.vn", commune, PostKind.Head, (AppRole.UnitHead, commune));
        return new People(proposer, proposerId, head, headId, $"ct.{code}@test.vn");
    }

    private Task<List<Notification>> NotificationsOf(int proposalId) =>
        host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Notifications.AsNoTracking()
            .Where(n => n.ProposalId == proposalId).OrderBy(n => n.Id).ToListAsync());

    private static DateTimeOffset VietnamMorning(int year, int month, int day) => new(year, month, day, 2, 0, 0, TimeSpan.Zero);

    [ServiceFact]
    public async Task Submission_notifies_the_head_in_the_app_and_by_one_email_with_the_title_and_a_link()
    {
        var people = await PeopleAsync("N1");
        host.Time.Now = VietnamMorning(2026, 3, 2);
        var id = await host.SubmittedAsync(people.Proposer, Complete("Một cửa liên thông điện tử"));

        var stored = Assert.Single(await NotificationsOf(id));
        Assert.Equal((people.HeadId, NotificationKind.Assigned, EmailState.Pending), (stored.RecipientOfficerId, stored.Kind, stored.EmailState));
        Assert.Equal(1, await host.As<int, NotificationService>(people.Head, s => s.UnreadCountAsync()));
        Assert.Equal(0, await host.As<int, NotificationService>(people.Proposer, s => s.UnreadCountAsync())); // the one who acted

        await using var smtp = new SmtpTestServer();
        await using (var runtime = new NotificationRuntime(host, smtp.Port))
        {
            Assert.True(await runtime.RunPassAsync());
        }

        var mail = Assert.Single(smtp.Messages, m => m.RcptTo.Contains(people.HeadEmail));
        Assert.Contains("Một cửa liên thông điện tử", mail.Subject);
        // The step the assignment gave is named, in the subject and in the first line.
        Assert.Contains("được giao xử lý bước Xem xét, quyết định", mail.Subject);
        Assert.Contains("xử lý ở bước Xem xét, quyết định", mail.Body);
        Assert.Contains($"{NotificationRuntime.PublicBaseUrl}Proposals/Details/{id}", mail.Body);
        Assert.Contains("Hạn xử lý: 11/03/2026", mail.Body);
        Assert.Equal("thongbao@decree73.test", mail.MailFrom);
        var sent = Assert.Single(await NotificationsOf(id));
        Assert.Equal((EmailState.Sent, 1), (sent.EmailState, sent.EmailAttempts));
        Assert.NotNull(sent.EmailSentAtUtc);
    }

    [ServiceFact]
    public async Task The_holder_is_notified_on_each_change_of_hands_but_never_for_their_own_action()
    {
        var people = await PeopleAsync("N2");
        host.Time.Now = VietnamMorning(2026, 3, 2);
        var id = await host.SubmittedAsync(people.Proposer, Complete("Trả lại để sửa"));
        var version = (await host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Proposals.AsNoTracking().SingleAsync(p => p.Id == id))).Version;

        // Recording the Party opinion leaves the step with the head: nobody new to tell.
        var opinion = await host.As<OperationResult, ProposalWorkflowService>(people.Head, w => w.RecordPartyOpinionAsync(id, version));
        Assert.True(opinion.Succeeded);
        var returned = await host.As<OperationResult, ProposalWorkflowService>(people.Head, w => w.ReturnForRevisionAsync(id, version + 1, "Bổ sung nguồn lực"));
        Assert.True(returned.Succeeded);

        var all = await NotificationsOf(id);
        Assert.Equal(
            [(people.HeadId, NotificationKind.Assigned), (people.ProposerId, NotificationKind.Assigned)],
            all.Select(n => (n.RecipientOfficerId, n.Kind)).ToArray());

        // A refused transition (stale version) stores nothing: the notification lives in the transition's transaction.
        var stale = await host.As<OperationResult, ProposalService>(people.Proposer, s => s.SubmitAsync(id, Complete("Trả lại để sửa"), version));
        Assert.Equal(OperationStatus.Conflict, stale.Status);
        Assert.Equal(2, (await NotificationsOf(id)).Count);
    }

    [ServiceFact]
    public async Task An_unanswered_opinion_request_past_due_reminds_the_head_who_asked_once_and_an_answered_one_never()
    {
        var people = await PeopleAsync("N9");
        host.Time.Now = VietnamMorning(2026, 3, 2);
        var id = await host.SubmittedAsync(people.Proposer, Complete("Xin ý kiến chuyên gia"));
        async Task<int> Version() => (await host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Proposals.AsNoTracking().SingleAsync(p => p.Id == id))).Version;
        var asked = await host.As<OperationResult, OpinionService>(people.Head, async o => await o.RequestAsync(id, await Version(), OpinionKind.Expert, "TS. Nguyễn Văn A", new DateOnly(2026, 3, 4)));
        var party = await host.As<OperationResult, OpinionService>(people.Head, async o => await o.RequestAsync(id, await Version(), OpinionKind.PartyCommittee, "Đảng ủy xã", new DateOnly(2026, 3, 4)));
        Assert.True(asked.Succeeded && party.Succeeded);
        var partyRequestId = await host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().OpinionRequests
            .Where(r => r.ProposalId == id && r.Kind == OpinionKind.PartyCommittee).Select(r => r.Id).SingleAsync());
        var answered = await host.As<OperationResult, OpinionService>(people.Head, async o => await o.RecordResponseAsync(id, await Version(), partyRequestId, "Đảng ủy thống nhất chủ trương."));
        Assert.True(answered.Succeeded);

        async Task<int> PassAsync() => await host.As<int, ReminderService>(null, r => r.CreateDueRemindersAsync());

        host.Time.Now = VietnamMorning(2026, 3, 4); // the due day itself is still on time
        await PassAsync();
        Assert.DoesNotContain(await NotificationsOf(id), n => n.Kind == NotificationKind.OpinionOverdue);

        host.Time.Now = VietnamMorning(2026, 3, 5);
        await PassAsync();
        await PassAsync();
        var reminder = Assert.Single(await NotificationsOf(id), n => n.Kind == NotificationKind.OpinionOverdue);
        Assert.Equal(people.HeadId, reminder.RecipientOfficerId);
    }

    [ServiceFact]
    public async Task The_due_soon_reminder_is_sent_exactly_once_across_passes_and_a_restart()
    {
        var people = await PeopleAsync("N3");
        host.Time.Now = VietnamMorning(2026, 3, 2);
        var id = await host.SubmittedAsync(people.Proposer, Complete("Nhắc hạn một lần"));   // due Wednesday 11/3
        host.Time.Now = VietnamMorning(2026, 3, 9);                  // Monday: 2 working days left

        await using var smtp = new SmtpTestServer();
        await using (var first = new NotificationRuntime(host, smtp.Port))
        {
            Assert.True(await first.RunPassAsync());
            Assert.True(await first.RunPassAsync());
        }

        await using (var restarted = new NotificationRuntime(host, smtp.Port))
        {
            Assert.True(await restarted.RunPassAsync());
        }

        var dueSoon = Assert.Single(await NotificationsOf(id), n => n.Kind == NotificationKind.DueSoon);
        Assert.Equal((people.HeadId, new DateOnly(2026, 3, 11), EmailState.Sent), (dueSoon.RecipientOfficerId, dueSoon.DueOn, dueSoon.EmailState));
        var reminder = Assert.Single(smtp.Messages, m => m.RcptTo.Contains(people.HeadEmail) && m.Subject.Contains("Sắp đến hạn"));
        Assert.Contains("Nhắc hạn một lần", reminder.Subject);
        Assert.Contains("Hạn xử lý: 11/03/2026", reminder.Body);
    }

    [ServiceFact]
    public async Task Due_soon_counts_working_days_so_a_holiday_brings_it_forward()
    {
        var people = await PeopleAsync("N4");
        host.Time.Now = VietnamMorning(2026, 4, 20);
        var id = await host.SubmittedAsync(people.Proposer, Complete("Hạn sau kỳ nghỉ lễ"));
        // The step is due Monday 4/5/2026, after 30/4 and 1/5 (holidays) and a weekend.
        await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var proposal = await db.Proposals.SingleAsync(p => p.Id == id);
            proposal.AssignStep(people.HeadId, proposal.StepSinceUtc!.Value, _ => new DateOnly(2026, 5, 4), new WorkingCalendar([]));
            await db.SaveChangesAsync();
        });

        await using var smtp = new SmtpTestServer();
        await using var runtime = new NotificationRuntime(host, smtp.Port);

        host.Time.Now = VietnamMorning(2026, 4, 24); // Friday: 28/4, 29/4, 4/5 are 3 working days (27/4 is off too)
        Assert.True(await runtime.RunPassAsync());
        Assert.DoesNotContain(await NotificationsOf(id), n => n.Kind == NotificationKind.DueSoon);

        host.Time.Now = VietnamMorning(2026, 4, 28); // Tuesday: 29/4 and 4/5, 2 working days (4 weekdays)
        Assert.True(await runtime.RunPassAsync());
        Assert.Single(await NotificationsOf(id), n => n.Kind == NotificationKind.DueSoon);
        Assert.DoesNotContain(await NotificationsOf(id), n => n.Kind == NotificationKind.Overdue);
    }

    [ServiceFact]
    public async Task The_overdue_reminder_is_sent_once()
    {
        var people = await PeopleAsync("N5");
        host.Time.Now = VietnamMorning(2026, 3, 2);
        var id = await host.SubmittedAsync(people.Proposer, Complete("Quá hạn rồi"));       // due 11/3
        await using var smtp = new SmtpTestServer();
        await using var runtime = new NotificationRuntime(host, smtp.Port);

        host.Time.Now = VietnamMorning(2026, 3, 11);                // the deadline day itself: not overdue yet
        Assert.True(await runtime.RunPassAsync());
        Assert.DoesNotContain(await NotificationsOf(id), n => n.Kind == NotificationKind.Overdue);

        host.Time.Now = VietnamMorning(2026, 3, 12);
        Assert.True(await runtime.RunPassAsync());
        host.Time.Now = VietnamMorning(2026, 3, 13);
        Assert.True(await runtime.RunPassAsync());

        var overdue = Assert.Single(await NotificationsOf(id), n => n.Kind == NotificationKind.Overdue);
        Assert.Equal(people.HeadId, overdue.RecipientOfficerId);
        var mail = Assert.Single(smtp.Messages, m => m.RcptTo.Contains(people.HeadEmail) && m.Subject.Contains("quá hạn"));
        Assert.Contains("Quá hạn rồi", mail.Subject);
    }

    [ServiceFact]
    public async Task With_the_mail_server_down_the_notification_stays_in_the_app_and_the_email_ends_failed()
    {
        var people = await PeopleAsync("N6");
        host.Time.Now = VietnamMorning(2026, 3, 2);
        var id = await host.SubmittedAsync(people.Proposer, Complete("Máy chủ thư ngừng"));
        int port;
        await using (var stopped = new SmtpTestServer())
        {
            port = stopped.Port;
        }

        await using var runtime = new NotificationRuntime(host, port, new Dictionary<string, string?> { ["Notifications:MaxEmailAttempts"] = "2" });
        Assert.True(await runtime.RunPassAsync()); // nothing escapes
        var afterOne = Assert.Single(await NotificationsOf(id));
        Assert.Equal((EmailState.Pending, 1), (afterOne.EmailState, afterOne.EmailAttempts)); // nothing was handed over: tried again

        Assert.True(await runtime.RunPassAsync());
        var failed = Assert.Single(await NotificationsOf(id));
        Assert.Equal((EmailState.Failed, 2), (failed.EmailState, failed.EmailAttempts));
        Assert.NotNull(failed.EmailError);

        var list = await host.As<KeysetPage<NotificationItem>, NotificationService>(people.Head, s => s.ListAsync());
        var item = Assert.Single(list.Items, i => i.ProposalId == id);
        Assert.Equal((NotificationKind.Assigned, false), (item.Kind, item.IsRead));
    }

    [ServiceFact]
    public async Task An_email_claimed_by_a_pass_that_crashed_is_marked_failed_and_not_sent_again()
    {
        var people = await PeopleAsync("N7");
        host.Time.Now = VietnamMorning(2026, 3, 2);
        var id = await host.SubmittedAsync(people.Proposer, Complete("Gửi dở dang"));
        // A pass claimed the e-mail and died before marking it sent.
        await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            Assert.True((await db.Notifications.SingleAsync(n => n.ProposalId == id)).ClaimEmail(host.Time.Now.UtcDateTime));
            await db.SaveChangesAsync();
        });

        await using var smtp = new SmtpTestServer();
        await using var runtime = new NotificationRuntime(host, smtp.Port);
        Assert.True(await runtime.RunPassAsync()); // within the claim timeout: left alone
        Assert.Equal(EmailState.Claimed, Assert.Single(await NotificationsOf(id)).EmailState);

        host.Time.Advance(TimeSpan.FromHours(1));
        Assert.True(await runtime.RunPassAsync());
        Assert.Equal(EmailState.Failed, Assert.Single(await NotificationsOf(id)).EmailState);
        Assert.DoesNotContain(smtp.Messages, m => m.RcptTo.Contains(people.HeadEmail));
    }

    [ServiceFact]
    public async Task Marking_read_touches_only_the_recipients_own_notifications()
    {
        var people = await PeopleAsync("N8");
        host.Time.Now = VietnamMorning(2026, 3, 2);
        var id = await host.SubmittedAsync(people.Proposer, Complete("Đánh dấu đã đọc"));
        var notification = Assert.Single(await NotificationsOf(id));

        Assert.Equal(OperationStatus.NotFound, (await host.As<OperationResult, NotificationService>(people.Proposer, s => s.MarkReadAsync(notification.Id))).Status);
        Assert.Null(Assert.Single(await NotificationsOf(id)).ReadAtUtc);

        Assert.True((await host.As<OperationResult, NotificationService>(people.Head, s => s.MarkReadAsync(notification.Id))).Succeeded);
        var read = Assert.Single(await NotificationsOf(id));
        Assert.Equal(host.Time.Now.UtcDateTime, read.ReadAtUtc);
        Assert.Equal(notification.Version + 1, read.Version);
        Assert.Equal(0, await host.As<int, NotificationService>(people.Head, s => s.UnreadCountAsync()));
    }
}

public sealed class NotificationTests_Sqlite(SqliteServiceHost host) : NotificationTests(host), IClassFixture<SqliteServiceHost>;

[RequiresPostgres]
public sealed class NotificationTests_PostgreSql(PostgresServiceHost host) : NotificationTests(host), IClassFixture<PostgresServiceHost>;
