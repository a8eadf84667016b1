using System.Data.Common;
using Decree73.Application.Abstractions;
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
/// The multi-row insert the reminder pass uses: every column round-trips as EF writes it (enum as text, date, null
/// step, the audit stamps and version 1), across several statements in one transaction, and a duplicate dedupe key in
/// a later statement fails the call with the provider's exception and leaves none of its rows.
/// </summary>
public abstract class BulkInserterTests(ServiceHost host)
{
    [ServiceFact]
    public async Task Rows_are_stored_as_EF_would_store_them_across_statements_and_a_duplicate_key_stores_none_of_the_call()
    {
        var province = await host.AddUnitAsync("BI", kind: UnitKind.Province);
        var commune = await host.AddUnitAsync("BI-XA", province);
        var (proposer, _) = await host.AddOfficerAsync("tp.bi@test.vn", commune, PostKind.Manager, (AppRole.Proposer, commune));
        var (_, headId) = await host.AddOfficerAsync("ct.bi@test.vn", commune, PostKind.Head, (AppRole.UnitHead, commune));
        var id = await host.SubmittedAsync(proposer, Complete("Chèn nhiều dòng một lần"));
        host.Time.Now = new DateTimeOffset(2026, 3, 12, 2, 0, 0, TimeSpan.Zero);
        host.CurrentUser.UserId = null; // as the background pass

        // More rows than one statement holds (2,000 parameters / 17 columns = 117 rows; on SQLite one row per execution).
        var rows = Enumerable.Range(0, 300).Select(i => new Notification(headId, id, i % 2 == 0 ? NotificationKind.Overdue : NotificationKind.DueSoon,
            $"bi:{i}", i % 3 == 0 ? null : new DateOnly(2026, 3, 11), i % 2 == 0 ? ProposalState.Submitted : null)).ToList();
        await host.InScopeAsync(sp => sp.GetRequiredService<IBulkInserter>().InsertAsync(rows));

        var stored = await host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Notifications.AsNoTracking()
            .Where(n => n.DedupeKey.StartsWith("bi:")).ToListAsync());
        Assert.Equal(300, stored.Count);
        Assert.All(stored, n => Assert.Equal((1, host.Time.Now.UtcDateTime, (string?)null, headId, id, EmailState.Pending, (DateTime?)null),
            (n.Version, n.CreatedAtUtc, n.CreatedBy, n.RecipientOfficerId, n.ProposalId, n.EmailState, n.ReadAtUtc)));
        var seven = stored.Single(n => n.DedupeKey == "bi:7");
        Assert.Equal((NotificationKind.DueSoon, (DateOnly?)new DateOnly(2026, 3, 11), (ProposalState?)null), (seven.Kind, seven.DueOn, seven.Step));
        var six = stored.Single(n => n.DedupeKey == "bi:6");
        Assert.Equal((NotificationKind.Overdue, (DateOnly?)null, (ProposalState?)ProposalState.Submitted), (six.Kind, six.DueOn, six.Step));
        // The app reads them like any other: the unread count.
        Assert.Equal(300, await host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Notifications
            .CountAsync(n => n.RecipientOfficerId == headId && n.ReadAtUtc == null && n.DedupeKey.StartsWith("bi:"))));

        // 150 new rows then one already stored, in the second statement: the first statement's rows go too.
        var again = Enumerable.Range(300, 150).Select(i => new Notification(headId, id, NotificationKind.Overdue, $"bi:{i}", null))
            .Append(new Notification(headId, id, NotificationKind.Overdue, "bi:5", null)).ToList();
        await Assert.ThrowsAnyAsync<DbException>(() => host.InScopeAsync(sp => sp.GetRequiredService<IBulkInserter>().InsertAsync(again)));
        var count = await host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Notifications.CountAsync(n => n.DedupeKey.StartsWith("bi:")));
        Assert.Equal(300, count);
    }
}

public sealed class BulkInserterTests_Sqlite(SqliteServiceHost host) : BulkInserterTests(host), IClassFixture<SqliteServiceHost>;

[RequiresPostgres]
public sealed class BulkInserterTests_PostgreSql(PostgresServiceHost host) : BulkInserterTests(host), IClassFixture<PostgresServiceHost>;
