using Decree73.Application.Common;
using Decree73.Application.Compliance;
using Decree73.Domain.Encouragement;
using Decree73.Domain.Organisation;
using Decree73.Domain.Proposals;
using Decree73.Domain.Protection;
using Decree73.Infrastructure.Persistence;
using Decree73.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static Decree73.IntegrationTests.ComplianceScenario;

namespace Decree73.IntegrationTests;

/// <summary>The Interior office's compliance review over a known set of proposals, on real databases.</summary>
public abstract class ComplianceServiceTests(ServiceHost host)
{
    private readonly ComplianceScenario s = new(host);

    private Task<OperationResult<T>> Review<T>(string userId, Func<ComplianceService, Task<OperationResult<T>>> call) =>
        host.As<OperationResult<T>, ComplianceService>(userId, c =>
        {
            c.ClearCache();
            return call(c);
        });

    private sealed record Known(
        OrganisationUnit Province, Agency A, Agency B, Agency C, Agency D, string Officer, string CommuneOfficer, string NvName,
        Dictionary<string, int> Ids);

    /// <summary>
    /// Two communes (A, B) with proposals, a third (C) and the Interior department with none, and a provincial
    /// department (D) whose head works elsewhere. One clean proposal; each other one breaks one rule (the late report also waits too long for its evaluation).
    /// </summary>
    private async Task<Known> KnownSetAsync(string code)
    {
        var province = await host.AddUnitAsync(code, kind: UnitKind.Province);
        var officer = await s.InteriorOfficerAsync(code + "-SNV", province, province, UnitKind.ProvincialDepartment);
        var a = await s.AgencyAsync(code + "-A", province);
        var b = await s.AgencyAsync(code + "-B", province);
        var c = await s.AgencyAsync(code + "-C", province);
        var d = await s.AgencyAsync(code + "-D", province, UnitKind.ProvincialDepartment, headOfficerUnit: province);
        var communeOfficer = await s.InteriorOfficerAsync(code + "-A-VH", a.Unit, a.Unit, UnitKind.CommuneOffice);
        var ids = new Dictionary<string, int>();

        ids["clean"] = await s.EvaluatedAsync(a, "Hồ sơ sạch", EvaluationOutcome.Completed, At(4, 1), At(4, 2));
        await s.ProtectAsync(a, ids["clean"], a.ProposerId, ProtectionType.NotHeldLiable);
        await s.EncourageAsync(a, ids["clean"], EncouragementMeasure.Commendation);

        ids["noParty"] = await s.SubmitAsync(a, "Biểu quyết thiếu ý kiến cấp ủy", At(3, 2));
        await s.VoteWithoutPartyOpinionAsync(a, ids["noParty"], At(3, 3));
        await s.ImplementAsync(a, ids["noParty"], At(3, 3));

        ids["lateReport"] = await s.SubmitAsync(a, "Báo cáo hoàn thành muộn", At(3, 2), new DateOnly(2026, 3, 31));
        await s.ApproveAsync(a, ids["lateReport"], At(3, 3));
        await s.ReportCompletionAsync(a, ids["lateReport"], At(4, 9)); // due 7/4: 1, 2, 3, 6, 7 April

        ids["lateEvaluation"] = await s.EvaluatedAsync(a, "Đánh giá muộn", EvaluationOutcome.NotCompleted, At(4, 1), At(4, 14)); // due 10/4
        ids["encouragedPartly"] = await s.EvaluatedAsync(a, "Khen thưởng khi chưa hoàn thành", EvaluationOutcome.PartlyCompleted, At(4, 1), At(4, 2));
        await s.EncourageAsync(a, ids["encouragedPartly"], EncouragementMeasure.PlanningAndAppointmentPriority);

        ids["lateDecision"] = await s.SubmitAsync(b, "Quyết định muộn", At(3, 2)); // due 11/3
        await s.PartyOpinionAsync(b, ids["lateDecision"], At(3, 12));
        await s.VoteAsync(b, ids["lateDecision"], At(3, 12));

        ids["override"] = await s.SubmitAsync(b, "Người đứng đầu quyết định", At(3, 2));
        await s.PartyOpinionAsync(b, ids["override"], At(3, 3));
        await s.VoteAsync(b, ids["override"], At(3, 3), inFavour: false);
        host.Time.Now = At(3, 4);
        await host.As<OperationResult, Decree73.Application.Proposals.ProposalWorkflowService>(b.Head, async w =>
        {
            var version = await host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Proposals.Where(p => p.Id == ids["override"]).Select(p => p.Version).SingleAsync());
            var result = await w.OverrideAsync(ids["override"], version, "Chịu trách nhiệm cá nhân", new DecisionDocument("15/QĐ-UBND", new DateOnly(2026, 3, 4), "Chủ tịch"));
            Assert.True(result.Succeeded);
            return result;
        });

        ids["wrongType"] = await s.EvaluatedAsync(b, "Loại bảo vệ không phù hợp", EvaluationOutcome.NotCompleted, At(4, 1), At(4, 2));
        var wrongType = await s.ProtectAsync(b, ids["wrongType"], b.ProposerId, ProtectionType.Exclusion);
        ids["noEvaluation"] = await s.EvaluatedAsync(b, "Bảo vệ không dựa trên đánh giá", EvaluationOutcome.Completed, At(4, 1), At(4, 2));
        var noEvaluation = await s.ProtectAsync(b, ids["noEvaluation"], b.DeputyId, ProtectionType.NotHeldLiable);
        await host.InScopeAsync(async sp =>
        {
            // Records the domain would refuse today, as an import or an earlier version could have left them.
            var db = sp.GetRequiredService<AppDbContext>();
            await db.ProtectionDecisions.Where(r => r.Id == wrongType).ExecuteUpdateAsync(u => u.SetProperty(r => r.Type, ProtectionType.Mitigation));
            var implementation = await db.ProposalDecisions.Where(x => x.ProposalId == ids["noEvaluation"] && x.Kind == DecisionKind.Implementation).Select(x => x.Id).SingleAsync();
            await db.ProtectionDecisions.Where(r => r.Id == noEvaluation).ExecuteUpdateAsync(u => u.SetProperty(r => r.EvaluationDecisionId, implementation));
        });

        ids["otherAgency"] = await s.SubmitAsync(d, "Phê duyệt bởi cơ quan khác", At(3, 2));
        await s.ApproveAsync(d, ids["otherAgency"], At(3, 3));

        host.Time.Now = At(5, 20);
        return new Known(province, a, b, c, d, officer, communeOfficer, "Đơn vị " + code + "-SNV", ids);
    }

    [ServiceFact]
    public async Task Every_flag_is_raised_on_the_proposals_concerned_and_never_on_the_clean_one()
    {
        var k = await KnownSetAsync("K1");
        var expected = new Dictionary<string, string[]>
        {
            [ComplianceFlags.VoteWithoutPartyOpinion] = ["noParty"],
            [ComplianceFlags.LateDecision] = ["lateDecision"],
            [ComplianceFlags.HeadOverride] = ["override"],
            [ComplianceFlags.ApprovedByOtherAgency] = ["otherAgency"],
            [ComplianceFlags.LateCompletionReport] = ["lateReport"],
            // Evaluated after its deadline, and (the late report) reported on 9/4, due for evaluation on 20/4, still waiting.
            [ComplianceFlags.LateEvaluation] = ["lateEvaluation", "lateReport"],
            [ComplianceFlags.IrregularProtection] = ["wrongType", "noEvaluation"],
            [ComplianceFlags.EncouragementNotCompleted] = ["encouragedPartly"],
        };

        foreach (var (key, names) in expected)
        {
            var flag = (await Review<(ComplianceScope, CompliancePeriod, ComplianceFlag)>(k.Officer, c => c.FlagAsync(key, null, 2026, null))).Value.Item3;
            Assert.True(names.Select(n => k.Ids[n]).Order().SequenceEqual(flag.Examples.Select(e => e.ProposalId!.Value).Order()),
                $"{key}: expected {string.Join(", ", names)}, got {string.Join(", ", flag.Examples.Select(e => e.Title))}");
            Assert.Equal(names.Length, flag.Count);
            Assert.DoesNotContain(flag.Examples, e => e.ProposalId == k.Ids["clean"]);
        }

        var units = (await Review<(ComplianceScope, CompliancePeriod, ComplianceFlag)>(k.Officer, c => c.FlagAsync(ComplianceFlags.UnitsWithoutProposals, null, 2026, null))).Value.Item3;
        Assert.Equal([k.C.Unit.Name, k.NvName], units.Examples.Select(e => e.Title).Order().ToArray());
        Assert.Equal(2, units.Count);

        // A year with nothing in it: no decision, report or evaluation was late then, and every agency received nothing.
        var empty = (await Review<ComplianceOverview>(k.Officer, c => c.OverviewAsync(null, 2025, null))).Value!;
        Assert.All(empty.Flags.Where(f => f.Key != ComplianceFlags.UnitsWithoutProposals), f => Assert.Equal(0, f.Count));
        Assert.Equal(5, empty.Flags.Single(f => f.Key == ComplianceFlags.UnitsWithoutProposals).Count);
    }

    [ServiceFact]
    public async Task The_scorecard_counts_each_unit_exactly()
    {
        var k = await KnownSetAsync("K2");

        var card = (await Review<Scorecard>(k.Officer, c => c.ScorecardAsync(null, 2026, null))).Value!;

        ScorecardRow Row(Agency agency) => card.Rows.Single(r => r.UnitId == agency.Unit.Id);
        // received, decided, on time, median, in progress, completed, evaluated completed / partly / not, protected, encouraged
        static object[] Figures(ScorecardRow r) =>
            [r.Received, r.Decided, r.DecidedOnTime, r.MedianWorkingDaysToDecision!, r.InProgress, r.Completed, r.EvaluatedCompleted, r.EvaluatedPartly, r.EvaluatedNotCompleted, r.Protected, r.Encouraged];
        Assert.Equal([5, 5, 5, 1.0, 1, 4, 1, 1, 1, 1, 1], Figures(Row(k.A)));
        Assert.Equal([4, 4, 3, 1.5, 0, 2, 1, 0, 1, 2, 0], Figures(Row(k.B))); // decided after 1, 1, 2 and 8 working days
        Assert.Equal([1, 1, 1, 1.0, 1, 0, 0, 0, 0, 0, 0], Figures(Row(k.D)));
        Assert.Equal(75.0, Row(k.B).OnTimePercent);
        var c = Row(k.C);
        Assert.Equal((0, 0, (double?)null, (double?)null), (c.Received, c.Decided, c.MedianWorkingDaysToDecision, c.OnTimePercent));
        Assert.Equal([10, 10, 9, 1.0, 2, 6, 2, 1, 2, 3, 1], Figures(card.Total));
        Assert.Equal(90.0, card.Total.OnTimePercent);

        var overview = (await Review<ComplianceOverview>(k.Officer, c => c.OverviewAsync(null, 2026, null))).Value!;
        Assert.Equal(10, overview.Charts.ByState.Sum(x => x.Count));
        Assert.Equal(2, overview.Charts.ByState.Single(x => x.State == ProposalState.InProgress).Count);
        Assert.Equal(10, Assert.Single(overview.Charts.ByField).Value);
        Assert.Equal([0, 0, 0, 0, 10, 0, 0, 0], overview.Charts.ByQuarter.Select(q => q.Value).ToArray());
    }

    [ServiceFact]
    public async Task An_interior_officer_sees_only_the_subtree_their_office_monitors()
    {
        var k = await KnownSetAsync("K3");

        var overview = (await Review<ComplianceOverview>(k.CommuneOfficer, c => c.OverviewAsync(null, 2026, null))).Value!;
        Assert.Equal(k.A.Unit.Id, overview.Scope.UnitId);
        Assert.Equal(5, overview.Scorecard.Total.Received);
        Assert.DoesNotContain(overview.Scope.Options, o => o.Id == k.B.Unit.Id);
        Assert.All(overview.Flags.SelectMany(f => f.Examples), e => Assert.Equal(k.A.Unit.Name, e.UnitName));
        Assert.Equal(0, overview.Flags.Single(f => f.Key == ComplianceFlags.LateDecision).Count);

        Assert.Equal(OperationStatus.NotFound, (await Review<Scorecard>(k.CommuneOfficer, c => c.ScorecardAsync(k.B.Unit.Id, 2026, null))).Status);
        Assert.Equal(OperationStatus.NotFound, (await Review<Scorecard>(k.CommuneOfficer, c => c.ScorecardAsync(k.Province.Id, 2026, null))).Status);
        Assert.Equal(OperationStatus.Forbidden, (await Review<Scorecard>(k.A.Proposer, c => c.ScorecardAsync(null, 2026, null))).Status);
        Assert.Equal(OperationStatus.Forbidden, (await Review<Scorecard>(k.A.Head, c => c.ScorecardAsync(k.A.Unit.Id, 2026, null))).Status);
        Assert.Equal(OperationStatus.NotFound, (await Review<(ComplianceScope, CompliancePeriod, ComplianceFlag)>(k.Officer, c => c.FlagAsync("no-such-flag", null, 2026, null))).Status);

        // The provincial officer may narrow the review to one commune.
        var b = (await Review<Scorecard>(k.Officer, c => c.ScorecardAsync(k.B.Unit.Id, 2026, null))).Value!;
        Assert.Equal([k.B.Unit.Id], b.Rows.Select(r => r.UnitId).ToArray());
        Assert.Equal(4, b.Total.Received);
    }

    [ServiceFact]
    public async Task Decision_times_count_from_the_Vietnam_date_of_receipt_and_each_proposal_weighs_in_the_median()
    {
        var province = await host.AddUnitAsync("DT1", kind: UnitKind.Province);
        var officer = await s.InteriorOfficerAsync("DT1-SNV", province, province, UnitKind.ProvincialDepartment);
        var h = await s.AgencyAsync("DT1-H", province);
        async Task DecideAsync(int id, DateTimeOffset at)
        {
            await s.PartyOpinionAsync(h, id, at);
            await s.VoteAsync(h, id, at);
        }

        // Received at 01:00 on Tuesday 3/3 in Vietnam (18:00 UTC on Monday 2/3), decided on Thursday 5/3: 2 working days, not 3.
        var night = await s.SubmitAsync(h, "Nhận lúc 1 giờ sáng", new DateTimeOffset(2026, 3, 2, 18, 0, 0, TimeSpan.Zero));
        await DecideAsync(night, At(3, 5));
        // Two received and decided on the same days (1 working day each), one after 4 working days.
        foreach (var title in new[] { "Cùng ngày nhận thứ nhất", "Cùng ngày nhận thứ hai" })
        {
            var id = await s.SubmitAsync(h, title, At(3, 4));
            await DecideAsync(id, At(3, 5));
        }

        var slow = await s.SubmitAsync(h, "Quyết định sau 4 ngày làm việc", At(3, 2));
        await DecideAsync(slow, At(3, 6));
        host.Time.Now = At(5, 20);

        var card = (await Review<Scorecard>(officer, c => c.ScorecardAsync(h.Unit.Id, 2026, null))).Value!;

        var row = Assert.Single(card.Rows);
        // 1, 1, 2, 4 working days: the median is 1.5 (2.0 if the night receipt counted from its UTC date, or if the two
        // proposals of the same dates counted once).
        Assert.Equal((4, 4, 4, (double?)1.5), (row.Decided, row.DecidedOnTime, row.Received, row.MedianWorkingDaysToDecision));
        Assert.Equal((4, (double?)1.5), (card.Total.Decided, card.Total.MedianWorkingDaysToDecision));
    }

    private Task<(DateTime? LastAction, DateTime Newest)> LastActionAsync(int id) =>
        host.InScopeAsync(sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            return db.Proposals.AsNoTracking().Where(p => p.Id == id)
                .Select(p => new ValueTuple<DateTime?, DateTime>(
                    p.LastActionAtUtc, db.AuditEntries.Where(a => a.ProposalId == id).Max(a => a.OccurredAtUtc)))
                .SingleAsync();
        });

    [ServiceFact]
    public async Task The_latest_action_is_stamped_with_each_audit_entry_including_actions_on_rows_only()
    {
        var province = await host.AddUnitAsync("LA1", kind: UnitKind.Province);
        var h = await s.AgencyAsync("LA1-H", province);
        var id = await s.SubmitAsync(h, "Dấu thời điểm thao tác cuối", At(3, 2));
        var submitted = await LastActionAsync(id);
        Assert.Equal(At(3, 2).UtcDateTime, submitted.LastAction);
        Assert.Equal(submitted.Newest, submitted.LastAction);

        await s.ApproveAsync(h, id, At(3, 3));
        var approved = await LastActionAsync(id);
        Assert.Equal(At(3, 3).UtcDateTime, approved.LastAction);

        // A progress report adds a row of the proposal and writes its trail: the stamp follows it.
        await s.ReportProgressAsync(h, id, At(3, 10));
        var reported = await LastActionAsync(id);
        Assert.Equal(At(3, 10).UtcDateTime, reported.LastAction);
        Assert.Equal(reported.Newest, reported.LastAction);
    }

    [ServiceFact]
    public async Task Overdue_at_risk_and_stalled_steps_count_working_days_across_Tet()
    {
        var province = await host.AddUnitAsync("T1", kind: UnitKind.Province);
        var officer = await s.InteriorOfficerAsync("T1-SNV", province, province, UnitKind.ProvincialDepartment);
        var h = await s.AgencyAsync("T1-H", province);
        var late = await s.SubmitAsync(h, "Nhận 2/2, hạn 11/2", At(2, 2));
        var soon = await s.SubmitAsync(h, "Nhận 9/2, hạn 25/2 (qua Tết)", At(2, 9));
        var busy = await s.SubmitAsync(h, "Đang thực hiện, có báo cáo tiến độ", At(2, 2));
        await s.ApproveAsync(h, busy, At(2, 2));
        await s.ReportProgressAsync(h, busy, At(2, 12));
        host.Time.Now = At(2, 23); // Monday after Tết (16–20/2 off)

        var o = (await Review<ComplianceOverview>(officer, c => c.OverviewAsync(h.Unit.Id, 2026, null))).Value!;

        var overdue = Assert.Single(o.Overdue);
        Assert.Equal((late, h.HeadId, -3, 10), (overdue.ProposalId, overdue.ResponsibleOfficerId!.Value, overdue.WorkingDaysLeft!.Value, overdue.WorkingDaysHeld));
        var atRisk = Assert.Single(o.AtRisk);
        Assert.Equal((soon, new DateOnly(2026, 2, 25), 2), (atRisk.ProposalId, atRisk.DueOn!.Value, atRisk.WorkingDaysLeft!.Value));
        var stalled = Assert.Single(o.Stalled);
        Assert.Equal((late, 10), (stalled.ProposalId, stalled.WorkingDaysIdle));
        Assert.Equal((1, 1, 1), (o.OverdueCount, o.AtRiskCount, o.StalledCount));
        Assert.Equal(new HolderLoad(h.Unit.Id, h.Unit.Name, 1, 1, 3), Assert.Single(o.ByUnit));
        var person = Assert.Single(o.ByPerson);
        Assert.Equal((h.HeadId, 1, 1, 3), (person.Id, person.Overdue, person.AtRisk, person.MostOverdueWorkingDays));

        // One working day later the at-risk step is still on time; the first is one more day overdue.
        host.Time.Now = At(2, 24);
        o = (await Review<ComplianceOverview>(officer, c => c.OverviewAsync(h.Unit.Id, 2026, null))).Value!;
        Assert.Equal(-4, Assert.Single(o.Overdue).WorkingDaysLeft);
        Assert.Equal(1, Assert.Single(o.AtRisk).WorkingDaysLeft);
    }
}

public sealed class ComplianceServiceTests_Sqlite(SqliteServiceHost host) : ComplianceServiceTests(host), IClassFixture<SqliteServiceHost>;

[RequiresPostgres]
public sealed class ComplianceServiceTests_PostgreSql(PostgresServiceHost host) : ComplianceServiceTests(host), IClassFixture<PostgresServiceHost>;
