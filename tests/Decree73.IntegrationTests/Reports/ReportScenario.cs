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

namespace Decree73.IntegrationTests.Reports;

/// <summary>
/// A province with its Sở Nội vụ and two communes, each with an economic office and a culture-society office that
/// monitors the commune; proposals driven through the real services in the third quarter of 2026 (see the figures
/// expected in <see cref="PeriodicReportTests"/>).
/// </summary>
public sealed class ReportScenario(ServiceHost host, string code)
{
    public OrganisationUnit Province { get; private set; } = null!;
    public OrganisationUnit Department { get; private set; } = null!;
    public Commune A { get; private set; } = null!;
    public Commune B { get; private set; } = null!;
    public string DepartmentOfficer { get; private set; } = "";
    public int ProposalA1 { get; private set; }

    public sealed record Commune(
        OrganisationUnit Unit, OrganisationUnit Office, OrganisationUnit Culture, string Head, int HeadId, int DeputyId, string Interior,
        Dictionary<string, (string User, int Id)> Proposers);

    private static readonly DecisionDocument Document = new("12/QĐ-UBND", new DateOnly(2026, 7, 1), "Chủ tịch UBND");

    public static DateTimeOffset On(int month, int day) => new(2026, month, day, 2, 0, 0, TimeSpan.Zero); // 09:00 in Hà Nội

    public async Task BuildAsync()
    {
        host.Time.Now = On(5, 4);
        Province = await host.AddUnitAsync(code, kind: UnitKind.Province);
        Department = await host.AddUnitAsync(code + "-SNV", Province, UnitKind.ProvincialDepartment);
        await MonitorAsync(Department, Province);
        (DepartmentOfficer, _) = await host.AddOfficerAsync($"snv.{code}@test.vn", Department, PostKind.Manager, (AppRole.InteriorOfficer, Department));
        A = await CommuneAsync("A");
        B = await CommuneAsync("B");
        await PersonAsync(A.Proposers["a1"].Id, Sex.Male, new DateOnly(1990, 1, 1), EducationLevel.University, "Kinh", PostKind.Manager);
        await PersonAsync(A.Proposers["a2"].Id, Sex.Female, new DateOnly(1980, 3, 3), EducationLevel.Master, "Tày", PostKind.Deputy);
        // 40 on 30/9/2026 exactly: counts as 40 and over.
        await PersonAsync(B.Proposers["b1"].Id, Sex.Female, new DateOnly(1986, 9, 30), EducationLevel.College, "Kinh", PostKind.Manager);

        // Commune A. A1: received in June, approved in July, still in progress.
        host.Time.Now = On(6, 10);
        ProposalA1 = await SubmitAsync(A, "a1", "A1 nhận tháng 6", fieldId: 1);
        host.Time.Now = On(7, 2);
        await ApproveByVoteAsync(A, ProposalA1);
        // Art. 10(2): the implementation decision allocates funds and staff (the report's resourced proposals and funds).
        await host.StepAsync(A.Head, ProposalA1, (w, v) => w.IssueImplementationDecisionAsync(ProposalA1, v, Document,
            resources: new ImplementationResources(null, "02 chuyên viên", 150_000_000m)));

        // A2: received and rejected in July.
        host.Time.Now = On(7, 10);
        var a2 = await SubmitAsync(A, "a1", "A2 bị từ chối", fieldId: 1);
        host.Time.Now = On(7, 15);
        // Art. 8(1): the vote first; rejected once it did not pass.
        await host.StepAsync(A.Head, a2, (w, v) => w.RecordPartyOpinionAsync(a2, v));
        await host.StepAsync(A.Head, a2, (w, v) => w.RecordVoteAsync(a2, v,
            [new Vote(A.HeadId, false), new Vote(A.DeputyId, false), new Vote(ExtraDeputy(A), VoteChoice.Absent)]));
        await host.StepAsync(A.Head, a2, (w, v) => w.RejectAsync(a2, v, "Không thuộc phạm vi"));

        // A3: vote fails, the head overrides, completed, evaluated completed; encouraged twice, protected.
        host.Time.Now = On(8, 3);
        var a3 = await SubmitAsync(A, "a2", "A3 phê duyệt vượt quyền", fieldId: 2);
        await host.StepAsync(A.Head, a3, (w, v) => w.RecordPartyOpinionAsync(a3, v));
        await host.StepAsync(A.Head, a3, (w, v) => w.RecordConditionsAsync(a3, v, TestConditions.AllMet));
        await host.StepAsync(A.Head, a3, (w, v) => w.RecordVoteAsync(a3, v, [new Vote(A.HeadId, true), new Vote(A.DeputyId, false), new Vote(ExtraDeputy(A), false)]));
        host.Time.Now = On(8, 5);
        await host.StepAsync(A.Head, a3, (w, v) => w.OverrideAsync(a3, v, "Chịu trách nhiệm cá nhân", Document));
        await host.StepAsync(A.Head, a3, (w, v) => w.IssueImplementationDecisionAsync(a3, v, Document));
        host.Time.Now = On(9, 1);
        var a3Version = await host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Proposals.Where(p => p.Id == a3).Select(p => p.Version).SingleAsync());
        var completion = await host.As<OperationResult, ProgressService>(A.Proposers["a2"].User, s => s.ReportCompletionAsync(
            a3, a3Version, "Đã hoàn thành toàn bộ nội dung kế hoạch, số hóa toàn bộ hồ sơ một cửa như đã cam kết."));
        Assert.True(completion.Succeeded, string.Join("; ", completion.Errors.Select(e => e.Message)));
        await EvaluateAsync(A, a3, EvaluationOutcome.Completed, On(9, 10));
        await EncourageAsync(a3, A.Proposers["a2"].Id, EncouragementMeasure.Commendation, new DateOnly(2026, 9, 15), A);
        await EncourageAsync(a3, A.Proposers["a2"].Id, EncouragementMeasure.PlanningAndAppointmentPriority, new DateOnly(2026, 9, 15), A);
        await ProtectAsync(a3, A.Proposers["a2"].Id, ProtectionType.NotHeldLiable, new DateOnly(2026, 9, 20), A);

        // A4: received and escalated in August.
        host.Time.Now = On(8, 10);
        var a4 = await SubmitAsync(A, "a1", "A4 vượt thẩm quyền", fieldId: 2);
        host.Time.Now = On(8, 12);
        await host.StepAsync(A.Head, a4, (w, v) => w.EscalateAsync(a4, v, "Thuộc thẩm quyền tỉnh"));

        // A5: received in September, approved, suspended.
        host.Time.Now = On(9, 1);
        var a5 = await SubmitAsync(A, "a1", "A5 tạm dừng", fieldId: 1);
        host.Time.Now = On(9, 3);
        await ApproveByVoteAsync(A, a5);
        // Equipment only: a resourced proposal with no funds.
        await host.StepAsync(A.Head, a5, (w, v) => w.IssueImplementationDecisionAsync(a5, v, Document,
            resources: new ImplementationResources("01 máy quét", null, null)));
        host.Time.Now = On(9, 10);
        await host.StepAsync(A.Head, a5, (w, v) => w.SuspendAsync(a5, v, "Chờ kinh phí", Document));

        // Commune B. B1: received in July, approved, stopped in August, evaluated not completed, protected (exclusion).
        host.Time.Now = On(7, 20);
        var b1 = await SubmitAsync(B, "b1", "B1 dừng thực hiện", fieldId: 3);
        host.Time.Now = On(7, 22);
        await ApproveByVoteAsync(B, b1);
        await host.StepAsync(B.Head, b1, (w, v) => w.IssueImplementationDecisionAsync(b1, v, Document));
        host.Time.Now = On(8, 20);
        await host.StepAsync(B.Head, b1, (w, v) => w.StopAsync(b1, v, "Không còn phù hợp", Document));
        await EvaluateAsync(B, b1, EvaluationOutcome.NotCompleted, On(8, 25));
        await ProtectAsync(b1, B.Proposers["b1"].Id, ProtectionType.Exclusion, new DateOnly(2026, 8, 28), B);

        // B2: received at the end of September, not decided yet; B3: received in October (outside the quarter).
        host.Time.Now = On(9, 25);
        await SubmitAsync(B, "b1", "B2 chờ xem xét", fieldId: 3);
        host.Time.Now = On(10, 2);
        await SubmitAsync(B, "b1", "B3 nhận quý 4", fieldId: 1);
        host.Time.Now = On(10, 5);
    }

    private readonly Dictionary<int, int> extraDeputies = [];

    private int ExtraDeputy(Commune commune) => extraDeputies[commune.Unit.Id];

    private async Task<Commune> CommuneAsync(string letter)
    {
        var unit = await host.AddUnitAsync($"{code}-{letter}", Province);
        var office = await host.AddUnitAsync($"{code}-{letter}-KT", unit, UnitKind.CommuneOffice);
        var culture = await host.AddUnitAsync($"{code}-{letter}-VHXH", unit, UnitKind.CommuneOffice);
        await MonitorAsync(culture, unit);
        var l = letter.ToLowerInvariant();
        var (head, headId) = await host.AddOfficerAsync($"ct.{code}{l}@test.vn", unit, PostKind.Head, (AppRole.UnitHead, unit));
        var (_, deputyId) = await host.AddOfficerAsync($"pct.{code}{l}@test.vn", unit, PostKind.Deputy, (AppRole.LeadershipMember, unit));
        var (_, deputy2) = await host.AddOfficerAsync($"pct2.{code}{l}@test.vn", unit, PostKind.Deputy, (AppRole.LeadershipMember, unit));
        extraDeputies[unit.Id] = deputy2;
        var (interior, _) = await host.AddOfficerAsync($"vhxh.{code}{l}@test.vn", culture, PostKind.Manager, (AppRole.InteriorOfficer, culture));
        var proposers = new Dictionary<string, (string, int)>();
        foreach (var name in letter == "A" ? new[] { "a1", "a2" } : ["b1"])
        {
            proposers[name] = await host.AddOfficerAsync($"{name}.{code}@test.vn", office, PostKind.Manager, (AppRole.Proposer, unit));
        }

        return new Commune(unit, office, culture, head, headId, deputyId, interior, proposers);
    }

    private Task MonitorAsync(OrganisationUnit office, OrganisationUnit monitored) =>
        host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            Assert.True((await db.Units.FindAsync(office.Id))!.Monitor(await db.Units.FindAsync(monitored.Id)).IsSuccess);
            await db.SaveChangesAsync();
        });

    private Task PersonAsync(int officerId, Sex sex, DateOnly born, EducationLevel education, string ethnicity, PostKind post) =>
        host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var officer = (await db.Officers.FindAsync(officerId))!;
            (officer.Sex, officer.DateOfBirth, officer.EducationLevel, officer.Ethnicity, officer.PostKind) = (sex, born, education, ethnicity, post);
            await db.SaveChangesAsync();
        });

    public async Task<int> SubmitAsync(Commune commune, string proposer, string title, int fieldId)
    {
        var user = commune.Proposers[proposer].User;
        return await host.SubmittedAsync(user, ProposalInputs.Complete(
            title, startOn: new DateOnly(2026, 6, 1), endOn: new DateOnly(2026, 12, 31), fieldId: fieldId, kindId: 1));
    }

    private async Task ApproveByVoteAsync(Commune c, int id)
    {
        await host.StepAsync(c.Head, id, (w, v) => w.RecordPartyOpinionAsync(id, v));
        await host.StepAsync(c.Head, id, (w, v) => w.RecordConditionsAsync(id, v, TestConditions.AllMet));
        // The whole roster (Art. 8(1)): the second deputy was not at the meeting.
        await host.StepAsync(c.Head, id, (w, v) => w.RecordVoteAsync(id, v,
            [new Vote(c.HeadId, true), new Vote(c.DeputyId, true), new Vote(ExtraDeputy(c), VoteChoice.Absent)]));
    }

    private async Task EvaluateAsync(Commune c, int id, EvaluationOutcome outcome, DateTimeOffset at)
    {
        host.Time.Now = at;
        await host.StepAsync(c.Head, id, (w, v) => w.RecordPartyOpinionAsync(id, v));
        // The whole roster again (Art. 9(2), the rule of Art. 8(1)): the second deputy was not at the meeting.
        await host.StepAsync(c.Head, id, (w, v) => w.EvaluateAsync(id, v,
            [new Vote(c.HeadId, true), new Vote(c.DeputyId, true), new Vote(ExtraDeputy(c), VoteChoice.Absent)], outcome,
            new EvaluationFindings(true, true, true, false, null, "Thiếu kinh phí", "Chậm triển khai"), new DecisionDocument("20/QĐ-UBND", DateOnly.FromDateTime(at.UtcDateTime), "Chủ tịch UBND")));
    }

    public Task EncourageAsync(int proposalId, int officerId, EncouragementMeasure measure, DateOnly signedOn, Commune granting) =>
        host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var proposal = await db.Proposals.SingleAsync(p => p.Id == proposalId);
            var (record, error) = EncouragementRecord.Create(proposal, officerId, BeneficiaryRole.Proposer, measure, null,
                new DecisionDocument("30/QĐ-UBND", signedOn, "Chủ tịch UBND"), granting.Unit.Id, granting.HeadId, null);
            Assert.Null(error);
            db.EncouragementRecords.Add(record!);
            await db.SaveChangesAsync();
        });

    public Task ProtectAsync(int proposalId, int officerId, ProtectionType type, DateOnly signedOn, Commune deciding) =>
        host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var proposal = await db.Proposals.Include(p => p.Decisions).SingleAsync(p => p.Id == proposalId);
            var evaluation = proposal.Decisions.Single(d => d.Kind == DecisionKind.EvaluationResult);
            var officer = await db.Officers.SingleAsync(o => o.Id == officerId);
            var (decision, error) = ProtectionDecision.Create(proposal, evaluation.Id, officer, type, signedOn, deciding.HeadId,
                new DecisionDocument("40/QĐ-UBND", signedOn, "Chủ tịch UBND"), null, null);
            Assert.Null(error);
            db.ProtectionDecisions.Add(decision!);
            await db.SaveChangesAsync();
        });

}
