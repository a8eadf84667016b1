using Decree73.Application.Calendar;
using Decree73.Application.Common;
using Decree73.Application.Compliance;
using Decree73.Domain.Access;
using Decree73.Domain.Calendar;
using Decree73.Application.Proposals;
using Decree73.Domain.Organisation;
using Decree73.Domain.People;
using Decree73.Domain.Proposals;
using Decree73.Infrastructure.Persistence;
using Decree73.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;
using static Decree73.IntegrationTests.ComplianceScenario;

namespace Decree73.IntegrationTests;

/// <summary>
/// The decision's moment stored on the proposal when the step is taken (issue 12): the passed vote, the head's override
/// or the rejection set it, a vote that did not pass does not, later steps keep it, and proposals decided before it was
/// stored get it from their votes and decisions at start-up. The late-decision flag reads it.
/// </summary>
public abstract class DecisionFactsTests(ServiceHost host)
{
    private static readonly DecisionDocument Document = new("12/QĐ-UBND", new DateOnly(2026, 3, 9), "Chủ tịch");

    private readonly ComplianceScenario s = new(host);

    private Task<(DateTime? At, DateOnly? On, DateOnly? Due, ProposalState State)> FactsAsync(int id) =>
        host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Proposals.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new ValueTuple<DateTime?, DateOnly?, DateOnly?, ProposalState>(p.DecidedAtUtc, p.DecidedOn, p.DecisionDueOn, p.State)).SingleAsync());

    private static DateTimeOffset Utc(int month, int day, int hour) => new(2026, month, day, hour, 0, 0, TimeSpan.Zero);

    [ServiceFact]
    public async Task A_passed_vote_stores_the_moment_and_its_Vietnam_date_and_later_steps_keep_them()
    {
        var province = await host.AddUnitAsync("DF1", kind: UnitKind.Province);
        var a = await s.AgencyAsync("DF1-A", province);
        var id = await s.SubmitAsync(a, "Số hóa hồ sơ một cửa", At(3, 2));
        await s.PartyOpinionAsync(a, id, At(3, 3));
        Assert.Null((await FactsAsync(id)).At);

        // 18:30 UTC on 4 March is 01:30 on 5 March in Hà Nội.
        var voted = new DateTimeOffset(2026, 3, 4, 18, 30, 0, TimeSpan.Zero);
        await s.VoteAsync(a, id, voted);
        var facts = await FactsAsync(id);
        Assert.Equal((voted.UtcDateTime, new DateOnly(2026, 3, 5), ProposalState.Approved), (facts.At, facts.On, facts.State));

        await s.ImplementAsync(a, id, At(3, 20));
        var later = await FactsAsync(id);
        Assert.Equal((voted.UtcDateTime, new DateOnly(2026, 3, 5), ProposalState.InProgress), (later.At, later.On, later.State));
    }

    [ServiceFact]
    public async Task A_vote_that_does_not_pass_stores_nothing_and_the_rejection_or_override_after_it_does()
    {
        var province = await host.AddUnitAsync("DF2", kind: UnitKind.Province);
        var a = await s.AgencyAsync("DF2-A", province);
        var rejected = await s.SubmitAsync(a, "Đề xuất bị từ chối", At(3, 2));
        var overridden = await s.SubmitAsync(a, "Đề xuất được phê duyệt vượt", At(3, 2));
        foreach (var id in new[] { rejected, overridden })
        {
            await s.PartyOpinionAsync(a, id, At(3, 3));
            await s.VoteAsync(a, id, At(3, 4), inFavour: false);
            Assert.Equal((null, null, ProposalState.NotPassed), ((await FactsAsync(id)).At, (await FactsAsync(id)).On, (await FactsAsync(id)).State));
        }

        var result = await s.TryAsync(a.Head, rejected, Utc(3, 6, 3), (w, v) => w.RejectAsync(rejected, v, "Chưa đáp ứng điều kiện"));
        Assert.True(result.Succeeded);
        result = await s.TryAsync(a.Head, overridden, Utc(3, 9, 4), (w, v) => w.OverrideAsync(overridden, v, "Chịu trách nhiệm cá nhân", Document));
        Assert.True(result.Succeeded);

        Assert.Equal((Utc(3, 6, 3).UtcDateTime, new DateOnly(2026, 3, 6)), ((await FactsAsync(rejected)).At, (await FactsAsync(rejected)).On));
        Assert.Equal((Utc(3, 9, 4).UtcDateTime, new DateOnly(2026, 3, 9)), ((await FactsAsync(overridden)).At, (await FactsAsync(overridden)).On));
    }

    [ServiceFact]
    public async Task The_late_decision_flag_counts_decisions_stored_after_their_deadline_and_not_those_on_time()
    {
        var province = await host.AddUnitAsync("DF3", kind: UnitKind.Province);
        var officer = await s.InteriorOfficerAsync("DF3-SNV", province, province, UnitKind.ProvincialDepartment);
        var a = await s.AgencyAsync("DF3-A", province);
        var onTime = await s.SubmitAsync(a, "Quyết định đúng hạn", At(3, 2));
        var late = await s.SubmitAsync(a, "Quyết định trễ hạn", At(3, 2));
        await s.PartyOpinionAsync(a, onTime, At(3, 3));
        await s.VoteAsync(a, onTime, At(3, 4));
        await s.PartyOpinionAsync(a, late, At(3, 3));
        var due = (await FactsAsync(late)).Due!.Value;
        // The day after the deadline, in Hà Nội.
        await s.VoteAsync(a, late, new DateTimeOffset(due.AddDays(1).ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero));
        Assert.True((await FactsAsync(late)).On > due);

        host.Time.Now = At(4, 20);
        var flag = await host.As<OperationResult<(ComplianceScope, CompliancePeriod, ComplianceFlag)>, ComplianceService>(officer, c =>
        {
            c.ClearCache();
            return c.FlagAsync(ComplianceFlags.LateDecision, province.Id, 2026, null);
        });
        Assert.True(flag.Succeeded);
        var ids = flag.Value.Item3.Examples.Select(e => e.ProposalId).ToList();
        Assert.Contains(late, ids);
        Assert.DoesNotContain(onTime, ids);
    }

    private Task<DateTime?> EvaluatedAtAsync(int id) =>
        host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Proposals.AsNoTracking().Where(p => p.Id == id)
            .Select(p => p.EvaluatedAtUtc).SingleAsync());

    private Task<List<int?>> FlagIdsAsync(string officer, int provinceId, string key) =>
        host.As<List<int?>, ComplianceService>(officer, async c =>
        {
            c.ClearCache();
            var flag = await c.FlagAsync(key, provinceId, 2026, null);
            Assert.True(flag.Succeeded);
            return flag.Value.Item3.Examples.Select(e => e.ProposalId).ToList();
        });

    [ServiceFact]
    public async Task An_evaluation_stores_its_moment_the_late_evaluation_flag_reads_it_and_older_rows_get_it_at_start_up()
    {
        var province = await host.AddUnitAsync("DF5", kind: UnitKind.Province);
        var officer = await s.InteriorOfficerAsync("DF5-SNV", province, province, UnitKind.ProvincialDepartment);
        var a = await s.AgencyAsync("DF5-A", province);
        // Reported Wednesday 1 April; evaluated the next day, or in June (far beyond the working days allowed).
        var onTime = await s.EvaluatedAsync(a, "Đánh giá đúng hạn", EvaluationOutcome.Completed, At(4, 1), At(4, 2));
        var late = await s.EvaluatedAsync(a, "Đánh giá trễ hạn", EvaluationOutcome.Completed, At(4, 1), At(6, 15));
        var reported = await s.SubmitAsync(a, "Chưa đánh giá", At(3, 2), new DateOnly(2026, 3, 31));
        await s.ApproveAsync(a, reported, At(3, 3));
        await s.ReportCompletionAsync(a, reported, At(4, 1));

        Assert.Equal((At(4, 2).UtcDateTime, At(6, 15).UtcDateTime), ((await EvaluatedAtAsync(onTime))!.Value, (await EvaluatedAtAsync(late))!.Value));
        Assert.Null(await EvaluatedAtAsync(reported));

        host.Time.Now = At(7, 1);
        var ids = await FlagIdsAsync(officer, province.Id, ComplianceFlags.LateEvaluation);
        Assert.Contains(late, ids);
        Assert.DoesNotContain(onTime, ids);

        // As a database written before migration S17PeriodIndexes holds them: filled from the evaluation decisions.
        int[] evaluated = [onTime, late];
        await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            await db.Proposals.Where(p => evaluated.Contains(p.Id)).ExecuteUpdateAsync(x => x.SetProperty(p => p.EvaluatedAtUtc, (DateTime?)null));
            return await new DecisionFactsBackfill(db, NullLogger<DecisionFactsBackfill>.Instance).RunAsync();
        });
        Assert.Equal((At(4, 2).UtcDateTime, At(6, 15).UtcDateTime), ((await EvaluatedAtAsync(onTime))!.Value, (await EvaluatedAtAsync(late))!.Value));
        Assert.Null(await EvaluatedAtAsync(reported));
        Assert.Equal(ids, await FlagIdsAsync(officer, province.Id, ComplianceFlags.LateEvaluation));
    }

    private Task<(DateTime? At, bool Without)> VoteFactsAsync(int id) =>
        host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Proposals.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new ValueTuple<DateTime?, bool>(p.ApprovalVotedAtUtc, p.VotedWithoutPartyOpinion)).SingleAsync());

    [ServiceFact]
    public async Task The_round_vote_stores_its_moment_and_whether_the_Party_opinion_preceded_it_and_older_rows_get_them_at_start_up()
    {
        var province = await host.AddUnitAsync("DF7", kind: UnitKind.Province);
        var officer = await s.InteriorOfficerAsync("DF7-SNV", province, province, UnitKind.ProvincialDepartment);
        var a = await s.AgencyAsync("DF7-A", province);
        var withOpinion = await s.SubmitAsync(a, "Biểu quyết sau ý kiến cấp ủy", At(3, 2));
        await s.PartyOpinionAsync(a, withOpinion, At(3, 3));
        await s.VoteAsync(a, withOpinion, At(3, 4), inFavour: false);
        var without = await s.SubmitAsync(a, "Biểu quyết khi chưa có ý kiến cấp ủy", At(3, 2));
        await s.VoteWithoutPartyOpinionAsync(a, without, At(3, 5));
        // The opinion recorded after the vote does not make the vote compliant.
        var pending = await s.SubmitAsync(a, "Chưa biểu quyết", At(3, 2));

        Assert.Equal((At(3, 4).UtcDateTime, false), await VoteFactsAsync(withOpinion));
        Assert.Equal((At(3, 5).UtcDateTime, true), await VoteFactsAsync(without));
        Assert.Equal((null, false), await VoteFactsAsync(pending));
        // The head's decision after the failed vote keeps the round's vote facts.
        Assert.True((await s.TryAsync(a.Head, withOpinion, Utc(3, 6, 3), (w, v) => w.RejectAsync(withOpinion, v, "Chưa đáp ứng điều kiện"))).Succeeded);
        Assert.Equal((At(3, 4).UtcDateTime, false), await VoteFactsAsync(withOpinion));

        host.Time.Now = At(4, 20);
        var ids = await FlagIdsAsync(officer, province.Id, ComplianceFlags.VoteWithoutPartyOpinion);
        Assert.Equal([without], ids);

        // As a database written before migration S17VoteFacts holds them: filled from the votes and the audit trail.
        int[] all = [withOpinion, without, pending];
        await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            await db.Proposals.Where(p => all.Contains(p.Id))
                .ExecuteUpdateAsync(x => x.SetProperty(p => p.ApprovalVotedAtUtc, (DateTime?)null).SetProperty(p => p.VotedWithoutPartyOpinion, false));
            return await new DecisionFactsBackfill(db, NullLogger<DecisionFactsBackfill>.Instance).RunAsync();
        });
        Assert.Equal((At(3, 4).UtcDateTime, false), await VoteFactsAsync(withOpinion));
        Assert.Equal((At(3, 5).UtcDateTime, true), await VoteFactsAsync(without));
        Assert.Equal((null, false), await VoteFactsAsync(pending));
        Assert.Equal(ids, await FlagIdsAsync(officer, province.Id, ComplianceFlags.VoteWithoutPartyOpinion));
    }

    [ServiceFact]
    public async Task A_day_off_added_before_the_decision_deadline_moves_it_and_a_decision_on_the_old_deadline_plus_one_is_on_time()
    {
        var province = await host.AddUnitAsync("DF6", kind: UnitKind.Province);
        var officer = await s.InteriorOfficerAsync("DF6-SNV", province, province, UnitKind.ProvincialDepartment);
        var (admin, _) = await host.AddOfficerAsync("qt.df6@test.vn", province, PostKind.None, (AppRole.Administrator, province));
        var a = await s.AgencyAsync("DF6-A", province);
        // Received Monday 2 March 2026 (09:00 in Hà Nội): 7 working days, due Wednesday 11 March.
        var id = await s.SubmitAsync(a, "Quyết định sau ngày nghỉ đột xuất", At(3, 2));
        Assert.Equal(new DateOnly(2026, 3, 11), (await FactsAsync(id)).Due);

        host.Time.Now = At(3, 3);
        var added = await host.As<OperationResult, CalendarAdminService>(admin, c => c.AddAsync(
            new CalendarDayInput { Date = new DateOnly(2026, 3, 5), Kind = CalendarDayKind.DayOff, Name = "Nghỉ đột xuất" }));
        Assert.True(added.Succeeded);
        Assert.Equal(new DateOnly(2026, 3, 12), (await FactsAsync(id)).Due);

        // Decided on Thursday 12 March: late by the old calendar, on time by the new one.
        await s.PartyOpinionAsync(a, id, At(3, 9));
        await s.VoteAsync(a, id, At(3, 12));
        Assert.Equal(new DateOnly(2026, 3, 12), (await FactsAsync(id)).On);
        host.Time.Now = At(4, 20);
        Assert.DoesNotContain(id, await FlagIdsAsync(officer, province.Id, ComplianceFlags.LateDecision));
    }

    [ServiceFact]
    public async Task Proposals_decided_before_the_facts_were_stored_get_them_from_their_votes_and_decisions_at_start_up()
    {
        var province = await host.AddUnitAsync("DF4", kind: UnitKind.Province);
        var a = await s.AgencyAsync("DF4-A", province);
        var approved = await s.SubmitAsync(a, "Phê duyệt trước khi lưu", At(3, 2));
        await s.PartyOpinionAsync(a, approved, At(3, 3));
        var voted = new DateTimeOffset(2026, 3, 4, 18, 30, 0, TimeSpan.Zero);
        await s.VoteAsync(a, approved, voted);
        var rejected = await s.SubmitAsync(a, "Từ chối trước khi lưu", At(3, 2));
        await s.PartyOpinionAsync(a, rejected, At(3, 3));
        await s.VoteAsync(a, rejected, At(3, 4), inFavour: false);
        Assert.True((await s.TryAsync(a.Head, rejected, Utc(3, 10, 5), (w, v) => w.RejectAsync(rejected, v, "Chưa đáp ứng điều kiện"))).Succeeded);
        var pending = await s.SubmitAsync(a, "Chưa quyết định", At(3, 2));

        // As a database written before migration S16DecisionFacts holds them.
        int[] ids = [approved, rejected, pending];
        var filled = await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            await db.Proposals.Where(p => ids.Contains(p.Id))
                .ExecuteUpdateAsync(x => x.SetProperty(p => p.DecidedAtUtc, (DateTime?)null).SetProperty(p => p.DecidedOn, (DateOnly?)null));
            return await new DecisionFactsBackfill(db, NullLogger<DecisionFactsBackfill>.Instance).RunAsync();
        });

        Assert.True(filled >= 2, $"{filled} filled");
        Assert.Equal((voted.UtcDateTime, new DateOnly(2026, 3, 5)), ((await FactsAsync(approved)).At, (await FactsAsync(approved)).On));
        Assert.Equal((Utc(3, 10, 5).UtcDateTime, new DateOnly(2026, 3, 10)), ((await FactsAsync(rejected)).At, (await FactsAsync(rejected)).On));
        Assert.Null((await FactsAsync(pending)).At);
        Assert.Equal(0, await host.InScopeAsync(sp =>
            new DecisionFactsBackfill(sp.GetRequiredService<AppDbContext>(), NullLogger<DecisionFactsBackfill>.Instance).RunAsync()));
    }
}

public sealed class DecisionFactsTests_Sqlite(SqliteServiceHost host) : DecisionFactsTests(host), IClassFixture<SqliteServiceHost>;

[RequiresPostgres]
public sealed class DecisionFactsTests_PostgreSql(PostgresServiceHost host) : DecisionFactsTests(host), IClassFixture<PostgresServiceHost>;
