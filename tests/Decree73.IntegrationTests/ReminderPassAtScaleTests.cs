using System.Data.Common;
using Decree73.Application.Notifications;
using Decree73.Application.Proposals;
using Decree73.Domain.Access;
using Decree73.Domain.Notifications;
using Decree73.Domain.Organisation;
using Decree73.Domain.People;
using Decree73.Infrastructure.Persistence;
using Decree73.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static Decree73.TestSupport.ProposalInputs;

namespace Decree73.IntegrationTests;

/// <summary>
/// The reminder pass on a database with more candidates than SQLite's limit of 32,766 parameters in one statement:
/// it completes, stores every reminder exactly once, and a second pass stores none. The proposals are copied with
/// one INSERT … SELECT from a real submitted one, not run through the workflow 40,000 times.
/// </summary>
public abstract class ReminderPassAtScaleTests(ServiceHost host)
{
    private const int Copies = 40_000;

    [ServiceFact]
    public async Task A_pass_over_forty_thousand_overdue_steps_stores_each_reminder_once_and_a_second_pass_none()
    {
        var province = await host.AddUnitAsync("RS", kind: UnitKind.Province);
        var commune = await host.AddUnitAsync("RS-XA", province);
        var (proposer, _) = await host.AddOfficerAsync("tp.rs@test.vn", commune, PostKind.Manager, (AppRole.Proposer, commune));
        var (_, headId) = await host.AddOfficerAsync("ct.rs@test.vn", commune, PostKind.Head, (AppRole.UnitHead, commune));

        host.Time.Now = new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);
        host.CurrentUser.UserId = proposer;
        var id = await host.InScopeAsync(async sp =>
        {
            var proposals = sp.GetRequiredService<ProposalService>();
            var draft = await proposals.CreateDraftAsync(Complete("Nhắc hạn ở quy mô tỉnh"));
            var submitted = await proposals.SubmitAsync(draft.Value, Complete("Nhắc hạn ở quy mô tỉnh"), 1);
            Assert.True(submitted.Succeeded, string.Join("; ", submitted.Errors.Select(e => e.Message)));
            return draft.Value;
        });
        host.CurrentUser.UserId = null;

        await host.InScopeAsync(db => CopyProposalAsync(db.GetRequiredService<AppDbContext>(), id, Copies));

        host.Time.Now = new DateTimeOffset(2026, 3, 12, 2, 0, 0, TimeSpan.Zero); // the day after the deadline (11/3)
        var first = await host.InScopeAsync(sp => sp.GetRequiredService<ReminderService>().CreateDueRemindersAsync());
        Assert.Equal(Copies + 1, first);

        var stored = await host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Notifications.AsNoTracking()
            .Where(n => n.Kind == NotificationKind.Overdue)
            .GroupBy(n => 1)
            .Select(g => new { Count = g.Count(), Proposals = g.Select(n => n.ProposalId).Distinct().Count(), Holders = g.Select(n => n.RecipientOfficerId).Distinct().Count() })
            .SingleAsync());
        Assert.Equal((Copies + 1, Copies + 1, 1), (stored.Count, stored.Proposals, stored.Holders));
        Assert.Equal(headId, await host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Notifications
            .Where(n => n.ProposalId == id && n.Kind == NotificationKind.Overdue).Select(n => n.RecipientOfficerId).SingleAsync()));

        var second = await host.InScopeAsync(sp => sp.GetRequiredService<ReminderService>().CreateDueRemindersAsync());
        Assert.Equal(0, second);
        Assert.Equal(Copies + 1, await host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Notifications
            .CountAsync(n => n.Kind == NotificationKind.Overdue)));
    }

    /// <summary>
    /// <paramref name="count"/> copies of one proposal row in one statement, every column copied but the key and the
    /// unique receipt number and creation token. The column list is read from the database, so the test follows
    /// the model.
    /// </summary>
    private static async Task CopyProposalAsync(AppDbContext db, int id, int count)
    {
        var postgres = db.Database.IsNpgsql();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        var columns = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = postgres
                ? "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'Proposals' ORDER BY ordinal_position"
                : "SELECT name FROM pragma_table_info('Proposals')";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add(reader.GetString(0));
            }
        }

        var copied = columns.Where(c => c is not ("Id" or "ReceiptNumber" or "CreationToken")).Select(c => $"\"{c}\"").ToList();
        var receipt = "'RS-COPY-' || n.i";
        var series = postgres ? "generate_series(1, @count) AS n(i)" : "n";
        var prefix = postgres ? "" : "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < @count) ";
        await using (var insert = connection.CreateCommand())
        {
            insert.CommandText = $"{prefix}INSERT INTO \"Proposals\" ({string.Join(", ", copied)}, \"ReceiptNumber\") " +
                $"SELECT {string.Join(", ", copied.Select(c => "p." + c))}, {receipt} FROM \"Proposals\" p, {series} WHERE p.\"Id\" = @id";
            AddParameter(insert, "@count", count);
            AddParameter(insert, "@id", id);
            Assert.Equal(count, await insert.ExecuteNonQueryAsync());
        }
    }

    private static void AddParameter(DbCommand command, string name, int value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}

public sealed class ReminderPassAtScaleTests_Sqlite(SqliteServiceHost host) : ReminderPassAtScaleTests(host), IClassFixture<SqliteServiceHost>;

[RequiresPostgres]
public sealed class ReminderPassAtScaleTests_PostgreSql(PostgresServiceHost host) : ReminderPassAtScaleTests(host), IClassFixture<PostgresServiceHost>;
