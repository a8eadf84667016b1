using Decree73.Application.Common;
using Decree73.Application.Proposals;
using Decree73.Domain.Access;
using Decree73.Domain.Encouragement;
using Decree73.Domain.Organisation;
using Decree73.Domain.People;
using Decree73.Domain.Proposals;
using Decree73.Domain.Protection;
using Decree73.Infrastructure.Persistence;
using Decree73.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Decree73.IntegrationTests;

/// <summary>
/// A province with an Interior department monitoring it, commune A (with an economy office that has its own head)
/// and commune B (with an office monitoring B only), the people around them, and proposals of A's proposer driven
/// through the real workflow to an evaluation signed on a chosen day.
/// </summary>
public sealed class AppraisalScenario(ServiceHost host, string code)
{
    public OrganisationUnit Province = null!, CommuneA = null!, OfficeA = null!, CommuneB = null!, MonitorB = null!;
    public (string User, int Officer) Proposer, Implementer, HeadA, DeputyA, OfficeHeadA, HeadB, ProposerB, MonitorOfB, ProvinceMonitor;

    public static async Task<AppraisalScenario> CreateAsync(ServiceHost host, string code)
    {
        var s = new AppraisalScenario(host, code);
        await s.BuildAsync();
        return s;
    }

    private async Task BuildAsync()
    {
        Province = await host.AddUnitAsync(code, kind: UnitKind.Province);
        var department = await host.AddUnitAsync(code + "-SNV", Province, UnitKind.ProvincialDepartment);
        CommuneA = await host.AddUnitAsync(code + "-A", Province);
        OfficeA = await host.AddUnitAsync(code + "-A-KT", CommuneA, UnitKind.CommuneOffice);
        CommuneB = await host.AddUnitAsync(code + "-B", Province);
        MonitorB = await host.AddUnitAsync(code + "-B-VH", CommuneB, UnitKind.CommuneOffice);
        await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            (await db.Units.FindAsync(department.Id))!.Monitor(await db.Units.FindAsync(Province.Id));
            (await db.Units.FindAsync(MonitorB.Id))!.Monitor(await db.Units.FindAsync(CommuneB.Id));
            await db.SaveChangesAsync();
        });

        var c = code.ToLowerInvariant();
        Proposer = await host.AddOfficerAsync($"tp.{c}@test.vn", OfficeA, PostKind.Manager, (AppRole.Proposer, CommuneA));
        Implementer = await host.AddOfficerAsync($"cv.{c}@test.vn", OfficeA, PostKind.None);
        HeadA = await host.AddOfficerAsync($"ct.{c}@test.vn", CommuneA, PostKind.Head, (AppRole.UnitHead, CommuneA));
        DeputyA = await host.AddOfficerAsync($"pct.{c}@test.vn", CommuneA, PostKind.Deputy, (AppRole.LeadershipMember, CommuneA));
        OfficeHeadA = await host.AddOfficerAsync($"tpkt.{c}@test.vn", OfficeA, PostKind.Manager, (AppRole.UnitHead, OfficeA));
        HeadB = await host.AddOfficerAsync($"ctb.{c}@test.vn", CommuneB, PostKind.Head, (AppRole.UnitHead, CommuneB));
        ProposerB = await host.AddOfficerAsync($"tpb.{c}@test.vn", CommuneB, PostKind.Manager, (AppRole.Proposer, CommuneB));
        MonitorOfB = await host.AddOfficerAsync($"vhb.{c}@test.vn", MonitorB, PostKind.Manager, (AppRole.InteriorOfficer, MonitorB));
        ProvinceMonitor = await host.AddOfficerAsync($"snv.{c}@test.vn", department, PostKind.Manager, (AppRole.InteriorOfficer, department));
    }

    /// <summary>The complete plan with the purpose, content and results the officer pages show.</summary>
    private static ProposalInput Plan(string title) => ProposalInputs.Complete(title, change: p =>
    {
        p.Plan = p.Plan with
        {
            Purpose = "Giải quyết hồ sơ trong ngày", Content = "Tiếp nhận trực tuyến", ExpectedResults = "90% hồ sơ trong ngày",
        };
    });

    public Task<Proposal> LoadAsync(int id) =>
        host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Proposals.AsNoTracking().Include(p => p.Decisions).SingleAsync(p => p.Id == id));

    /// <summary>A proposal of the commune A proposer, implemented with <see cref="Implementer"/>, evaluated with the given result signed on <paramref name="evaluatedOn"/>.</summary>
    public async Task<int> EvaluatedAsync(string title, DateOnly evaluatedOn, EvaluationOutcome outcome = EvaluationOutcome.Completed, bool damage = false)
    {
        host.Time.Now = new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);
        var id = await host.SubmittedAsync(Proposer.User, Plan(title));
        var document = new DecisionDocument("5/QĐ-UBND", new DateOnly(2026, 3, 3), "Chủ tịch");
        await host.StepAsync(HeadA.User, id, (w, v) => w.RecordPartyOpinionAsync(id, v));
        await host.StepAsync(HeadA.User, id, (w, v) => w.RecordConditionsAsync(id, v, TestConditions.AllMet));
        await host.StepAsync(HeadA.User, id, (w, v) => w.RecordVoteAsync(id, v, [new Vote(HeadA.Officer, true), new Vote(DeputyA.Officer, true)]));
        await host.StepAsync(HeadA.User, id, (w, v) => w.IssueImplementationDecisionAsync(id, v, document, [Implementer.Officer]));
        host.Time.Now = new DateTimeOffset(2026, 9, 30, 2, 0, 0, TimeSpan.Zero);
        var version = (await LoadAsync(id)).Version;
        var report = await host.As<OperationResult, ProgressService>(Proposer.User, p => p.ReportCompletionAsync(
            id, version, "Đã hoàn thành toàn bộ nội dung kế hoạch, số hóa 100% hồ sơ một cửa như cam kết ban đầu."));
        Assert.True(report.Succeeded, string.Join("; ", report.Errors.Select(e => e.Message)));
        await host.StepAsync(HeadA.User, id, (w, v) => w.RecordPartyOpinionAsync(id, v));
        var findings = new EvaluationFindings(true, true, true, damage, damage ? "Chậm tiến độ gây chi phí" : null, "Thiếu kinh phí", "Chậm triển khai");
        await host.StepAsync(HeadA.User, id, (w, v) => w.EvaluateAsync(
            id, v, [new Vote(HeadA.Officer, true), new Vote(DeputyA.Officer, true)], outcome, findings,
            new DecisionDocument("20/QĐ-UBND", evaluatedOn, "Chủ tịch")));
        host.Time.Now = new DateTimeOffset(2026, 11, 20, 2, 0, 0, TimeSpan.Zero);
        return id;
    }

    /// <summary>A protection record for <paramref name="officerId"/> on the evaluated proposal, written as the head of A would.</summary>
    public Task<int> ProtectAsync(int proposalId, int officerId, ProtectionType type, DateOnly signedOn) =>
        host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var proposal = await db.Proposals.Include(p => p.Decisions).SingleAsync(p => p.Id == proposalId);
            var officer = await db.Officers.SingleAsync(o => o.Id == officerId);
            var evaluation = proposal.Decisions.Single(d => d.Kind == DecisionKind.EvaluationResult);
            var (decision, error) = ProtectionDecision.Create(
                proposal, evaluation.Id, officer, type, new DateOnly(2026, 5, 1), HeadA.Officer,
                new DecisionDocument("30/QĐ-UBND", signedOn, "Chủ tịch"), null, null);
            Assert.Null(error);
            db.ProtectionDecisions.Add(decision!);
            await db.SaveChangesAsync();
            return decision!.Id;
        });

    public Task EncourageAsync(int proposalId, int officerId, DateOnly signedOn) =>
        host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var proposal = await db.Proposals.SingleAsync(p => p.Id == proposalId);
            var (record, error) = EncouragementRecord.Create(
                proposal, officerId, BeneficiaryRole.Implementer, EncouragementMeasure.Commendation, null,
                new DecisionDocument("40/QĐ-UBND", signedOn, "Chủ tịch"), CommuneA.Id, HeadA.Officer, null);
            Assert.Null(error);
            db.EncouragementRecords.Add(record!);
            await db.SaveChangesAsync();
        });

    /// <summary>Officers without accounts in <paramref name="unit"/>, for the quota.</summary>
    public Task<int[]> StaffAsync(OrganisationUnit unit, int count) =>
        host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var officers = Enumerable.Range(1, count).Select(i => new Officer
            {
                FullName = $"Công chức {unit.Code} {i:00}", UnitId = unit.Id, PostKind = PostKind.None, DateOfBirth = new DateOnly(1990, 1, 1),
            }).ToList();
            db.Officers.AddRange(officers);
            await db.SaveChangesAsync();
            return officers.Select(o => o.Id).ToArray();
        });
}
