using Decree73.Application.Common;
using Decree73.Application.Reports;
using Decree73.Domain.Access;
using Decree73.Domain.Organisation;
using Decree73.Domain.People;
using Decree73.Domain.Proposals;
using Decree73.Domain.Reports;
using Decree73.Infrastructure.Persistence;
using Decree73.Infrastructure.Persistence.Interceptors;
using Decree73.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Decree73.IntegrationTests.Reports;

/// <summary>
/// Every figure of domain.md §9 on a known set of proposals (<see cref="ReportScenario"/>), consolidation of
/// submitted reports, and freezing, on real databases.
/// </summary>
public abstract class PeriodicReportTests(ServiceHost host)
{
    private static readonly ReportPeriod Q3 = new(ReportPeriodKind.Quarter, 2026, 3);

    private Task<ReportFigures> LiveAsync(int unitId) =>
        host.InScopeAsync(sp => sp.GetRequiredService<ReportFiguresBuilder>().LiveAsync(unitId, Q3));

    private static void Rows(IReadOnlyList<FigureRow> rows, params (string Key, int Count)[] expected) =>
        Assert.Equal(expected, rows.Select(r => (r.Key, r.Count)).ToArray());

    private static (string, int) F(int fieldId, int count) => (fieldId.ToString(System.Globalization.CultureInfo.InvariantCulture), count);

    private static (string, int) U(OrganisationUnit unit, int count) => (unit.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), count);

    [ServiceFact]
    public async Task Every_figure_of_a_commune_report_counts_what_docs_reports_md_says()
    {
        var s = new ReportScenario(host, "RP1");
        await s.BuildAsync();

        var a = await LiveAsync(s.A.Unit.Id);

        Assert.Equal(
            (4, 3, 1, 1, 1, 1, 1, 0, 1, 1, 0, 0),
            (a.Received, a.Approved, a.ApprovedByOverride, a.Rejected, a.Escalated, a.InProgress, a.Suspended, a.Stopped, a.Completed,
                a.EvaluatedCompleted, a.EvaluatedPartly, a.EvaluatedNotCompleted));
        // A1's funds and staff, A5's equipment (Art. 10(2)); A3's implementation allocated nothing.
        Assert.Equal((2, 150_000_000L), (a.ResourcedProposals, a.AllocatedFundsVnd));
        Assert.Equal(1, a.EncouragedOfficers);
        Rows(a.EncouragedByMeasure, ("Commendation", 1), ("PlanningAndAppointmentPriority", 1), ("RankPromotionAchievement", 0), ("EarlySalaryRaise", 0));
        Assert.Equal(1, a.ProtectedOfficers);
        Rows(a.ProtectedByType, ("NotHeldLiable", 1), ("Exclusion", 0), ("Exemption", 0), ("Mitigation", 0));
        Rows(a.ReceivedByField, F(1, 2), F(2, 2), F(3, 0), F(4, 0));
        Rows(a.ReceivedByUnit, U(s.A.Unit, 4));

        var p = a.Proposers;
        Assert.Equal(2, p.Total);
        Rows(p.ByPost, ("None", 0), ("Head", 0), ("Deputy", 1), ("Manager", 1), ("StateCapitalRepresentative", 0));
        Rows(p.BySex, ("Male", 1), ("Female", 1));
        Rows(p.ByAgeGroup, (AgeGroups.Under40, 1), (AgeGroups.From40, 1));
        Rows(p.ByEducation, ("Doctorate", 0), ("Master", 1), ("University", 1), ("College", 0), ("Intermediate", 0), ("Other", 0));
        Rows(p.ByEthnicGroup, (EthnicGroups.Kinh, 1), (EthnicGroups.Other, 1));
        Rows(p.ByEthnicity, ("Kinh", 1), ("Tày", 1));

        var e = a.Encouraged;
        Assert.Equal(1, e.Total);
        Rows(e.BySex, ("Male", 0), ("Female", 1));
        Rows(e.ByAgeGroup, (AgeGroups.Under40, 0), (AgeGroups.From40, 1));
        Rows(e.ByPost, ("None", 0), ("Head", 0), ("Deputy", 1), ("Manager", 0), ("StateCapitalRepresentative", 0));
        Rows(e.ByEducation, ("Doctorate", 0), ("Master", 1), ("University", 0), ("College", 0), ("Intermediate", 0), ("Other", 0));
        Rows(e.ByEthnicGroup, (EthnicGroups.Kinh, 0), (EthnicGroups.Other, 1));
        Rows(e.ByEthnicity, ("Tày", 1));

        var b = await LiveAsync(s.B.Unit.Id);
        Assert.Equal(
            (2, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1),
            (b.Received, b.Approved, b.ApprovedByOverride, b.Rejected, b.Escalated, b.InProgress, b.Suspended, b.Stopped, b.Completed,
                b.EvaluatedCompleted, b.EvaluatedPartly, b.EvaluatedNotCompleted));
        Assert.Equal((0, 0L), (b.ResourcedProposals, b.AllocatedFundsVnd));
        Rows(b.ProtectedByType, ("NotHeldLiable", 0), ("Exclusion", 1), ("Exemption", 0), ("Mitigation", 0));
        Rows(b.ReceivedByField, F(1, 0), F(2, 0), F(3, 2), F(4, 0)); // B3 came in October
        // Born 30/9/1986: forty on the quarter's last day.
        Rows(b.Proposers.ByAgeGroup, (AgeGroups.Under40, 0), (AgeGroups.From40, 1));
        Assert.Equal(0, b.Encouraged.Total);
    }

    [ServiceFact]
    public async Task The_province_report_counts_its_whole_subtree_and_names_its_sources()
    {
        var s = new ReportScenario(host, "RP2");
        await s.BuildAsync();

        var p = await LiveAsync(s.Province.Id);

        // A4, escalated by commune A in August, was received by the province itself (domain.md §5 row 5): escalated
        // out of A, received from below at the province, and one more receipt of the subtree.
        Assert.Equal(
            (7, 4, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1),
            (p.Received, p.Approved, p.ApprovedByOverride, p.Rejected, p.Escalated, p.InProgress, p.Suspended, p.Stopped, p.Completed,
                p.EvaluatedCompleted, p.EvaluatedPartly, p.EvaluatedNotCompleted));
        Assert.Equal(1, p.EscalatedReceived);
        Assert.Equal((1, 2), (p.EncouragedOfficers, p.ProtectedOfficers));
        Rows(p.ProtectedByType, ("NotHeldLiable", 1), ("Exclusion", 1), ("Exemption", 0), ("Mitigation", 0));
        Rows(p.ReceivedByField, F(1, 2), F(2, 3), F(3, 2), F(4, 0));
        Assert.Equal(
            new[] { (s.A.Unit.Id.ToString(), 4), (s.B.Unit.Id.ToString(), 2), (s.Province.Id.ToString(), 1) }.OrderBy(r => r.Item1, StringComparer.Ordinal).ToArray(),
            p.ReceivedByUnit.Select(r => (r.Key, r.Count)).OrderBy(r => r.Key, StringComparer.Ordinal).ToArray());
        Assert.Equal(3, p.Proposers.Total);
        Rows(p.Proposers.BySex, ("Male", 1), ("Female", 2));
        Rows(p.Proposers.ByAgeGroup, (AgeGroups.Under40, 1), (AgeGroups.From40, 2));
        Rows(p.Proposers.ByEducation, ("Doctorate", 0), ("Master", 1), ("University", 1), ("College", 1), ("Intermediate", 0), ("Other", 0));
        Rows(p.Proposers.ByEthnicGroup, (EthnicGroups.Kinh, 2), (EthnicGroups.Other, 1));
        Rows(p.Proposers.ByEthnicity, ("Kinh", 2), ("Tày", 1));
        Assert.Equal(s.Province.Id, Assert.Single(p.Sources).UnitId);
    }

    [ServiceFact]
    public async Task A_consolidated_report_adds_submitted_reports_to_live_figures_of_units_that_have_not_submitted()
    {
        var s = new ReportScenario(host, "RP3");
        await s.BuildAsync();
        var reportA = await CreateAsync(s.A.Interior, s.A.Unit.Id, consolidates: false);
        await SubmitAsync(s.A.Interior, reportA);

        // A late entry in commune A after its report was frozen: a proposal received in September, a suspension.
        host.Time.Now = ReportScenario.On(9, 29);
        await s.SubmitAsync(s.A, "a2", "A6 nhập muộn", fieldId: 4);
        host.Time.Now = ReportScenario.On(10, 6);
        await host.StepAsync(s.A.Head, s.ProposalA1, (w, v) => w.SuspendAsync(s.ProposalA1, v, "Chờ hướng dẫn",
            new DecisionDocument("50/QĐ-UBND", new DateOnly(2026, 10, 6), "Chủ tịch UBND")));

        var province = await host.InScopeAsync(sp => sp.GetRequiredService<ReportFiguresBuilder>().ConsolidatedAsync(s.Province.Id, Q3));

        // A's frozen figures (4 received, 1 in progress, 1 suspended) plus B live (2 received) plus the province's own
        // receipt of A4, escalated to it.
        Assert.Equal((7, 1, 1, 4), (province.Received, province.InProgress, province.Suspended, province.Approved));
        Rows(province.ReceivedByField, F(1, 2), F(2, 3), F(3, 2), F(4, 0));
        Assert.Contains(province.Sources, x => x.UnitId == s.A.Unit.Id && x.Frozen && x.ReportId == reportA);
        Assert.Contains(province.Sources, x => x.UnitId == s.B.Unit.Id && !x.Frozen);
        Assert.Contains(province.Sources, x => x.UnitId == s.Department.Id && !x.Frozen);

        // Counting the whole subtree live instead sees the late entry.
        var live = await LiveAsync(s.Province.Id);
        Assert.Equal((8, 0, 2), (live.Received, live.InProgress, live.Suspended));
    }

    [ServiceFact]
    public async Task A_submitted_report_keeps_its_figures_while_live_figures_move_on_and_refuses_every_change()
    {
        var s = new ReportScenario(host, "RP4");
        await s.BuildAsync();
        var id = await CreateAsync(s.A.Interior, s.A.Unit.Id, consolidates: false);
        var edit = await host.As<OperationResult, PeriodicReportService>(s.A.Interior, r => r.EditAsync(id, new ReportEditInput
        {
            ImplementationWork = "UBND xã đã quán triệt Nghị định 73.", DocumentNumber = "15/BC-UBND", Place = "Trạm Lộ",
            ReportDate = new DateOnly(2026, 10, 5), SignerName = "Đỗ Thị Vân",
        }, 1));
        Assert.True(edit.Succeeded);
        var stale = await host.As<OperationResult, PeriodicReportService>(s.A.Interior, r => r.EditAsync(id, new ReportEditInput(), 1));
        Assert.Equal(OperationStatus.Conflict, stale.Status);
        await SubmitAsync(s.A.Interior, id);

        host.Time.Now = ReportScenario.On(9, 29);
        await s.SubmitAsync(s.A, "a2", "A6 nhập muộn", fieldId: 4);
        host.Time.Now = ReportScenario.On(10, 6);
        await host.StepAsync(s.A.Head, s.ProposalA1, (w, v) => w.SuspendAsync(s.ProposalA1, v, "Chờ hướng dẫn",
            new DecisionDocument("50/QĐ-UBND", new DateOnly(2026, 10, 6), "Chủ tịch UBND")));

        var view = (await host.As<ReportView?, PeriodicReportService>(s.A.Interior, r => r.GetAsync(id)))!;
        Assert.Equal((4, 1, 1), (view.Frozen!.Received, view.Frozen.InProgress, view.Frozen.Suspended));
        Assert.Equal((5, 0, 2), (view.Live!.Received, view.Live.InProgress, view.Live.Suspended));
        Assert.Same(view.Frozen, view.Stated);
        Assert.True(view.LiveDiffers);
        Assert.False(view.MayEdit);
        Assert.Equal("UBND xã đã quán triệt Nghị định 73.", view.Report.ImplementationWork);

        var version = view.Report.Version;
        var editFrozen = await host.As<OperationResult, PeriodicReportService>(s.A.Interior, r => r.EditAsync(id, new ReportEditInput { Strengths = "Sửa sau" }, version));
        var submitAgain = await host.As<OperationResult, PeriodicReportService>(s.A.Interior, r => r.SubmitAsync(id, version));
        Assert.Equal(ErrorMessages.For(ReportErrors.Frozen), Assert.Single(editFrozen.Errors).Message);
        Assert.Equal(ErrorMessages.For(ReportErrors.Frozen), Assert.Single(submitAgain.Errors).Message);

        // Below the service: the context itself refuses to modify or delete a submitted report.
        await Assert.ThrowsAsync<FrozenReportException>(() => host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var report = await db.PeriodicReports.SingleAsync(r => r.Id == id);
            db.Entry(report).Property(r => r.FrozenFiguresJson).CurrentValue = "{}";
            await db.SaveChangesAsync();
        }));
        await Assert.ThrowsAsync<FrozenReportException>(() => host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            db.PeriodicReports.Remove(await db.PeriodicReports.SingleAsync(r => r.Id == id));
            await db.SaveChangesAsync();
        }));
        var stored = await host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().PeriodicReports.AsNoTracking().SingleAsync(r => r.Id == id));
        Assert.Equal(4, ReportFigures.FromJson(stored.FrozenFiguresJson!).Received);
        Assert.Null(stored.Strengths);
    }

    [ServiceFact]
    public async Task A_draft_can_still_be_changed_directly_and_is_not_submitted_before_the_period_ends()
    {
        var s = new ReportScenario(host, "RP5");
        await s.BuildAsync();
        var q4 = await host.As<OperationResult<int>, PeriodicReportService>(s.A.Interior, r => r.CreateAsync(new ReportCreateInput
        {
            UnitId = s.A.Unit.Id, PeriodKind = ReportPeriodKind.Quarter, Year = 2026, PeriodNumber = 4,
        }));
        Assert.True(q4.Succeeded);

        var early = await host.As<OperationResult, PeriodicReportService>(s.A.Interior, r => r.SubmitAsync(q4.Value, 1));
        Assert.Equal(ErrorMessages.For(ReportErrors.PeriodNotOver), Assert.Single(early.Errors).Message);

        await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var report = await db.PeriodicReports.SingleAsync(r => r.Id == q4.Value);
            db.Entry(report).Property(r => r.SignerName).CurrentValue = "Sửa trực tiếp";
            await db.SaveChangesAsync();
        });
        var duplicate = await host.As<OperationResult<int>, PeriodicReportService>(s.A.Interior, r => r.CreateAsync(new ReportCreateInput
        {
            UnitId = s.A.Unit.Id, PeriodKind = ReportPeriodKind.Quarter, Year = 2026, PeriodNumber = 4,
        }));
        Assert.Equal(nameof(ReportCreateInput.PeriodNumber), Assert.Single(duplicate.Errors).Field);
    }

    [ServiceFact]
    public async Task Only_the_units_writers_create_and_the_superior_sees_submitted_reports_in_its_inbox()
    {
        var s = new ReportScenario(host, "RP6");
        await s.BuildAsync();
        var proposer = s.A.Proposers["a1"].User;

        var byProposer = await host.As<OperationResult<int>, PeriodicReportService>(proposer, r => r.CreateAsync(new ReportCreateInput
        {
            UnitId = s.A.Unit.Id, PeriodKind = ReportPeriodKind.Quarter, Year = 2026, PeriodNumber = 3,
        }));
        var byOtherCommune = await host.As<OperationResult<int>, PeriodicReportService>(s.B.Interior, r => r.CreateAsync(new ReportCreateInput
        {
            UnitId = s.A.Unit.Id, PeriodKind = ReportPeriodKind.Quarter, Year = 2026, PeriodNumber = 3,
        }));
        Assert.Equal(OperationStatus.NotFound, byProposer.Status);
        Assert.Equal(OperationStatus.NotFound, byOtherCommune.Status);

        var id = await CreateAsync(s.A.Head, s.A.Unit.Id, consolidates: false);
        Assert.Empty(await host.As<IReadOnlyList<ReportListItem>, PeriodicReportService>(s.DepartmentOfficer, r => r.InboxAsync()));
        Assert.Null(await host.As<ReportView?, PeriodicReportService>(s.DepartmentOfficer, r => r.GetAsync(id)));
        await SubmitAsync(s.A.Interior, id);

        Assert.Equal(id, Assert.Single(await host.As<IReadOnlyList<ReportListItem>, PeriodicReportService>(s.DepartmentOfficer, r => r.InboxAsync())).Id);
        Assert.NotNull(await host.As<ReportView?, PeriodicReportService>(s.DepartmentOfficer, r => r.GetAsync(id)));
        Assert.Empty(await host.As<IReadOnlyList<ReportListItem>, PeriodicReportService>(s.B.Interior, r => r.InboxAsync()));
        Assert.Null(await host.As<ReportView?, PeriodicReportService>(s.B.Interior, r => r.GetAsync(id)));
        Assert.Null(await host.As<ReportView?, PeriodicReportService>(proposer, r => r.GetAsync(id)));
        Assert.Contains(await host.As<IReadOnlyList<ReportListItem>, PeriodicReportService>(s.A.Head, r => r.MyReportsAsync()), r => r.Id == id);
        Assert.Equal(OperationStatus.Forbidden,
            (await host.As<OperationResult, PeriodicReportService>(s.DepartmentOfficer, r => r.EditAsync(id, new ReportEditInput(), 3))).Status);
    }

    private async Task<int> CreateAsync(string userId, int unitId, bool consolidates)
    {
        var created = await host.As<OperationResult<int>, PeriodicReportService>(userId, r => r.CreateAsync(new ReportCreateInput
        {
            UnitId = unitId, PeriodKind = ReportPeriodKind.Quarter, Year = 2026, PeriodNumber = 3, ConsolidatesSubordinateReports = consolidates,
        }));
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Message)));
        return created.Value;
    }

    /// <summary>Completes the Decree 30 frame where blank (submission requires it), keeping what was written, then submits.</summary>
    private async Task SubmitAsync(string userId, int id)
    {
        var report = await host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().PeriodicReports.AsNoTracking().SingleAsync(r => r.Id == id));
        var frame = ReportEditInput.From(report);
        frame.DocumentNumber ??= "15/BC-UBND";
        frame.Place ??= "Trạm Lộ";
        frame.ReportDate ??= new DateOnly(2026, 10, 5);
        frame.SignerCapacity ??= "CHỦ TỊCH";
        frame.SignerName ??= "Đỗ Thị Vân";
        var completed = await host.As<OperationResult, PeriodicReportService>(userId, r => r.EditAsync(id, frame, report.Version));
        Assert.True(completed.Succeeded, string.Join("; ", completed.Errors.Select(e => e.Message)));
        var version = await host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().PeriodicReports.Where(r => r.Id == id).Select(r => r.Version).SingleAsync());
        var submitted = await host.As<OperationResult, PeriodicReportService>(userId, r => r.SubmitAsync(id, version));
        Assert.True(submitted.Succeeded, string.Join("; ", submitted.Errors.Select(e => e.Message)));
    }
}

public sealed class PeriodicReportTests_Sqlite(SqliteServiceHost host) : PeriodicReportTests(host), IClassFixture<SqliteServiceHost>;

[RequiresPostgres]
public sealed class PeriodicReportTests_PostgreSql(PostgresServiceHost host) : PeriodicReportTests(host), IClassFixture<PostgresServiceHost>;
