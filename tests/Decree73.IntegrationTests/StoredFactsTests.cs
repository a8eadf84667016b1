using Decree73.Application.Calendar;
using Decree73.Application.Common;
using Decree73.Application.Compliance;
using Decree73.Domain.Access;
using Decree73.Domain.Audit;
using Decree73.Domain.Calendar;
using Decree73.Domain.Organisation;
using Decree73.Domain.People;
using Decree73.Domain.Proposals;
using Decree73.Infrastructure.Persistence;
using Decree73.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;
using static Decree73.IntegrationTests.ComplianceScenario;

namespace Decree73.IntegrationTests;

/// <summary>
/// The facts of migration S20StoredFacts (issue 12), stored when the step is taken: the override or implementation
/// decision by an officer of another unit (<see cref="Proposal.ApprovedByOtherAgencyAtUtc"/>), the working days from
/// receipt to decision (<see cref="Proposal.DecisionWorkingDays"/>, recounted when the calendar changes a day of that
/// window) and the evaluation's deadline and date (<see cref="Proposal.EvaluationDueOn"/>, <see cref="Proposal.EvaluatedOn"/>);
/// rows written before them get them at start-up, and the flags and the scorecard read them.
/// </summary>
public abstract class StoredFactsTests(ServiceHost host)
{
    private static readonly DecisionDocument Document = new("12/QĐ-UBND", new DateOnly(2026, 3, 3), "Chủ tịch");

    private readonly ComplianceScenario s = new(host);

    private sealed record Facts(DateTime? OtherAgencyAt, int? WorkingDays, DateOnly? EvaluationDue, DateOnly? EvaluatedOn, DateOnly? StepDue, ProposalState State);

    private Task<Facts> FactsAsync(int id) =>
        host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Proposals.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new Facts(p.ApprovedByOtherAgencyAtUtc, p.DecisionWorkingDays, p.EvaluationDueOn, p.EvaluatedOn, p.StepDueOn, p.State)).SingleAsync());

    private Task<List<int?>> FlagIdsAsync(string officer, int provinceId, string key) =>
        host.As<List<int?>, ComplianceService>(officer, async c =>
        {
            c.ClearCache();
            var flag = await c.FlagAsync(key, provinceId, 2026, null);
            Assert.True(flag.Succeeded);
            return flag.Value.Item3.Examples.Select(e => e.ProposalId).ToList();
        });

    private Task<ScorecardRow> ScorecardRowAsync(string officer, int provinceId, int unitId) =>
        host.As<ScorecardRow, ComplianceService>(officer, async c =>
        {
            c.ClearCache();
            var card = await c.ScorecardAsync(provinceId, 2026, null);
            Assert.True(card.Succeeded);
            return card.Value!.Rows.Single(r => r.UnitId == unitId);
        });

    /// <summary>Clears the S20 facts of <paramref name="ids"/> and runs the start-up backfill, as on a database written before them.</summary>
    private Task ForgetAndBackfillAsync(params int[] ids) =>
        host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            await db.Proposals.Where(p => ids.Contains(p.Id)).ExecuteUpdateAsync(x => x
                .SetProperty(p => p.ApprovedByOtherAgencyAtUtc, (DateTime?)null).SetProperty(p => p.DecisionWorkingDays, (int?)null)
                .SetProperty(p => p.EvaluationDueOn, (DateOnly?)null).SetProperty(p => p.EvaluatedOn, (DateOnly?)null));
            Assert.True(await db.Proposals.AnyAsync(p => p.DecisionWorkingDays == null && p.DecidedOn != null));
            await new DecisionFactsBackfill(db, NullLogger<DecisionFactsBackfill>.Instance).RunAsync();
            Assert.False(await db.Proposals.AnyAsync(p => p.DecisionWorkingDays == null && p.DecidedOn != null));
            return 0;
        });

    [ServiceFact]
    public async Task An_override_or_implementation_by_an_officer_of_another_unit_is_stored_and_flagged_and_the_routed_head_is_not()
    {
        var province = await host.AddUnitAsync("SF1", kind: UnitKind.Province);
        var officer = await s.InteriorOfficerAsync("SF1-SNV", province, province, UnitKind.ProvincialDepartment);
        var elsewhere = await host.AddUnitAsync("SF1-X", province, UnitKind.ProvincialDepartment);
        var routed = await s.AgencyAsync("SF1-A", province);
        var other = await s.AgencyAsync("SF1-B", province, headOfficerUnit: elsewhere);

        var own = await s.SubmitAsync(routed, "Phê duyệt bởi chính cơ quan", At(3, 2));
        await s.ApproveAsync(routed, own, At(3, 3));
        var implemented = await s.SubmitAsync(other, "Quyết định thực hiện bởi cơ quan khác", At(3, 2));
        await s.PartyOpinionAsync(other, implemented, At(3, 3));
        await s.VoteAsync(other, implemented, At(3, 3));
        Assert.Null((await FactsAsync(implemented)).OtherAgencyAt);
        await s.ImplementAsync(other, implemented, At(3, 10));
        var overridden = await s.SubmitAsync(other, "Phê duyệt vượt bởi cơ quan khác", At(3, 2));
        await s.PartyOpinionAsync(other, overridden, At(3, 3));
        await s.VoteAsync(other, overridden, At(3, 4), inFavour: false);
        Assert.True((await s.TryAsync(other.Head, overridden, At(3, 5), (w, v) => w.OverrideAsync(overridden, v, "Chịu trách nhiệm cá nhân", Document))).Succeeded);

        Assert.Null((await FactsAsync(own)).OtherAgencyAt);
        Assert.Equal(At(3, 10).UtcDateTime, (await FactsAsync(implemented)).OtherAgencyAt);
        Assert.Equal(At(3, 5).UtcDateTime, (await FactsAsync(overridden)).OtherAgencyAt);
        // The round's latest such decision: the implementation after the override.
        await s.ImplementAsync(other, overridden, At(4, 6));
        Assert.Equal(At(4, 6).UtcDateTime, (await FactsAsync(overridden)).OtherAgencyAt);

        host.Time.Now = At(5, 20);
        var ids = await FlagIdsAsync(officer, province.Id, ComplianceFlags.ApprovedByOtherAgency);
        Assert.Equal([overridden, implemented], ids);

        await ForgetAndBackfillAsync(own, implemented, overridden);
        Assert.Null((await FactsAsync(own)).OtherAgencyAt);
        Assert.Equal(At(3, 10).UtcDateTime, (await FactsAsync(implemented)).OtherAgencyAt);
        Assert.Equal(At(4, 6).UtcDateTime, (await FactsAsync(overridden)).OtherAgencyAt);
        Assert.Equal(ids, await FlagIdsAsync(officer, province.Id, ComplianceFlags.ApprovedByOtherAgency));
    }

    [ServiceFact]
    public async Task The_working_days_to_the_decision_skip_a_day_off_are_recounted_when_the_calendar_changes_and_feed_the_scorecard()
    {
        var province = await host.AddUnitAsync("SF2", kind: UnitKind.Province);
        var officer = await s.InteriorOfficerAsync("SF2-SNV", province, province, UnitKind.ProvincialDepartment);
        var (admin, _) = await host.AddOfficerAsync("qt.sf2@test.vn", province, PostKind.None, (AppRole.Administrator, province));
        var a = await s.AgencyAsync("SF2-A", province);
        // Received Monday 2 March 2026; a day off on Thursday 5 March; decided Thursday 12 March: 3, 4, 6, 9, 10, 11, 12.
        var id = await s.SubmitAsync(a, "Quyết định qua ngày nghỉ", At(3, 2));
        var quick = await s.SubmitAsync(a, "Quyết định ngay hôm sau", At(3, 2));
        host.Time.Now = At(3, 3);
        Assert.True((await AddDayOffAsync(admin, new DateOnly(2026, 3, 5))).Succeeded);
        await s.PartyOpinionAsync(a, id, At(3, 9));
        Assert.Null((await FactsAsync(id)).WorkingDays);
        await s.VoteAsync(a, id, At(3, 12));
        await s.PartyOpinionAsync(a, quick, At(3, 3));
        await s.VoteAsync(a, quick, At(3, 3));
        Assert.Equal((7, 1), ((await FactsAsync(id)).WorkingDays, (await FactsAsync(quick)).WorkingDays));

        host.Time.Now = At(4, 20);
        var row = await ScorecardRowAsync(officer, province.Id, a.Unit.Id);
        Assert.Equal((2, 2, 4.0), (row.Decided, row.DecidedOnTime, row.MedianWorkingDaysToDecision));

        // A day off added inside the window of the decided proposal: its working days are recounted (audited as a
        // recomputation of deadlines), the one decided before that day keeps its own.
        Assert.True((await AddDayOffAsync(admin, new DateOnly(2026, 3, 10))).Succeeded);
        Assert.Equal((6, 1), ((await FactsAsync(id)).WorkingDays, (await FactsAsync(quick)).WorkingDays));
        var actions = await host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.ProposalId == id).Select(e => e.Action).ToListAsync());
        Assert.Contains(AuditActions.DeadlinesRecomputed, actions);
        Assert.Equal(3.5, (await ScorecardRowAsync(officer, province.Id, a.Unit.Id)).MedianWorkingDaysToDecision);

        // Rows decided before the working days were stored get what the calendar counts now.
        await ForgetAndBackfillAsync(id, quick);
        Assert.Equal((6, 1), ((await FactsAsync(id)).WorkingDays, (await FactsAsync(quick)).WorkingDays));
        Assert.Equal(3.5, (await ScorecardRowAsync(officer, province.Id, a.Unit.Id)).MedianWorkingDaysToDecision);
    }

    private Task<OperationResult> AddDayOffAsync(string admin, DateOnly day) =>
        host.As<OperationResult, CalendarAdminService>(admin, c => c.AddAsync(new CalendarDayInput { Date = day, Kind = CalendarDayKind.DayOff, Name = "Nghỉ đột xuất" }));

    [ServiceFact]
    public async Task The_evaluation_step_stores_its_deadline_the_evaluation_its_date_and_the_late_evaluation_flag_reads_them()
    {
        var province = await host.AddUnitAsync("SF3", kind: UnitKind.Province);
        var officer = await s.InteriorOfficerAsync("SF3-SNV", province, province, UnitKind.ProvincialDepartment);
        var a = await s.AgencyAsync("SF3-A", province);
        var awaiting = await s.SubmitAsync(a, "Chờ đánh giá", At(3, 2), new DateOnly(2026, 3, 31));
        await s.ApproveAsync(a, awaiting, At(3, 3));
        await s.ReportCompletionAsync(a, awaiting, At(4, 1));
        var due = (await FactsAsync(awaiting)).StepDue!.Value;
        Assert.Equal((due, (DateOnly?)null), ((await FactsAsync(awaiting)).EvaluationDue, (await FactsAsync(awaiting)).EvaluatedOn));

        var onTime = await s.EvaluatedAsync(a, "Đánh giá đúng hạn", EvaluationOutcome.Completed, At(4, 1), new DateTimeOffset(due.ToDateTime(new TimeOnly(16, 0)), TimeSpan.Zero));
        var late = await s.EvaluatedAsync(a, "Đánh giá trễ một ngày", EvaluationOutcome.Completed, At(4, 1), new DateTimeOffset(due.ToDateTime(new TimeOnly(17, 30)), TimeSpan.Zero));
        var stopped = await s.SubmitAsync(a, "Dừng rồi đánh giá trễ", At(3, 2), new DateOnly(2026, 3, 31));
        await s.ApproveAsync(a, stopped, At(3, 3));
        Assert.True((await s.TryAsync(a.Head, stopped, At(3, 20), (w, v) => w.StopAsync(stopped, v, "Không còn phù hợp", Document))).Succeeded);
        var stopDue = (await FactsAsync(stopped)).StepDue!.Value;
        await s.EvaluateAsync(a, stopped, At(6, 15), EvaluationOutcome.NotCompleted);

        // 16:00 UTC is 23:00 on the deadline in Hà Nội; 17:30 UTC is 00:30 the next day.
        Assert.Equal((due, due), ((await FactsAsync(onTime)).EvaluationDue, (await FactsAsync(onTime)).EvaluatedOn));
        Assert.Equal((due, due.AddDays(1)), ((await FactsAsync(late)).EvaluationDue, (await FactsAsync(late)).EvaluatedOn));
        Assert.Equal((stopDue, new DateOnly(2026, 6, 15)), ((await FactsAsync(stopped)).EvaluationDue, (await FactsAsync(stopped)).EvaluatedOn));

        host.Time.Now = At(7, 1);
        var ids = await FlagIdsAsync(officer, province.Id, ComplianceFlags.LateEvaluation);
        Assert.Contains(late, ids);
        Assert.Contains(stopped, ids);
        Assert.DoesNotContain(onTime, ids);

        await ForgetAndBackfillAsync(awaiting, onTime, late, stopped);
        Assert.Equal((due, (DateOnly?)null), ((await FactsAsync(awaiting)).EvaluationDue, (await FactsAsync(awaiting)).EvaluatedOn));
        Assert.Equal((due, due), ((await FactsAsync(onTime)).EvaluationDue, (await FactsAsync(onTime)).EvaluatedOn));
        Assert.Equal((due, due.AddDays(1)), ((await FactsAsync(late)).EvaluationDue, (await FactsAsync(late)).EvaluatedOn));
        Assert.Equal((stopDue, new DateOnly(2026, 6, 15)), ((await FactsAsync(stopped)).EvaluationDue, (await FactsAsync(stopped)).EvaluatedOn));
        Assert.Equal(ids, await FlagIdsAsync(officer, province.Id, ComplianceFlags.LateEvaluation));
    }

    [ServiceFact]
    public async Task Resources_allocated_by_the_implementation_decision_are_stored_with_it_and_the_migration_fills_older_rows()
    {
        var province = await host.AddUnitAsync("SF4", kind: UnitKind.Province);
        var a = await s.AgencyAsync("SF4-A", province);
        var funded = await s.SubmitAsync(a, "Cần kinh phí", At(3, 2));
        var plain = await s.SubmitAsync(a, "Không cần nguồn lực", At(3, 2));
        foreach (var id in new[] { funded, plain })
        {
            await s.PartyOpinionAsync(a, id, At(3, 3));
            await s.VoteAsync(a, id, At(3, 3));
        }

        Assert.True((await s.TryAsync(a.Head, funded, At(3, 4), (w, v) =>
            w.IssueImplementationDecisionAsync(funded, v, Document, resources: new ImplementationResources(null, null, 90_000_000m)))).Succeeded);
        await s.ImplementAsync(a, plain, At(3, 4));

        Task<(DateTime? Funded, DateTime? Plain, DateTime Decided)> StampsAsync() => host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var stamps = await db.Proposals.AsNoTracking().Where(p => p.Id == funded || p.Id == plain).ToDictionaryAsync(p => p.Id, p => p.ResourcesAllocatedAtUtc);
            var decided = await db.ProposalDecisions.AsNoTracking().Where(d => d.ProposalId == funded && d.Kind == DecisionKind.Implementation)
                .Select(d => d.CreatedAtUtc).SingleAsync();
            return (stamps[funded], stamps[plain], decided);
        });

        var stored = await StampsAsync();
        Assert.Equal((stored.Decided, (DateTime?)null), (stored.Funded!.Value, stored.Plain));

        // As on a database written before the moment was stored: cleared, then the migration's own statement.
        await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            await db.Proposals.Where(p => p.Id == funded).ExecuteUpdateAsync(x => x.SetProperty(p => p.ResourcesAllocatedAtUtc, (DateTime?)null));
            var migrations = db.GetService<IMigrationsAssembly>();
            var migration = migrations.CreateMigration(migrations.Migrations.Single(m => m.Key.EndsWith("_S21PendingAndResources", StringComparison.Ordinal)).Value,
                db.Database.ProviderName!);
            return await db.Database.ExecuteSqlRawAsync(migration.UpOperations.OfType<SqlOperation>().Single().Sql);
        });
        Assert.Equal(stored, await StampsAsync());
    }
}

public sealed class StoredFactsTests_Sqlite(SqliteServiceHost host) : StoredFactsTests(host), IClassFixture<SqliteServiceHost>;

[RequiresPostgres]
public sealed class StoredFactsTests_PostgreSql(PostgresServiceHost host) : StoredFactsTests(host), IClassFixture<PostgresServiceHost>;
