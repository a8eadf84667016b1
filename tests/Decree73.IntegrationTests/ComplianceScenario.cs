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
using Microsoft.Extensions.Options;
using Xunit;

namespace Decree73.IntegrationTests;

/// <summary>An employing agency with its proposer, head and deputy (a leadership member).</summary>
public sealed record Agency(OrganisationUnit Unit, string Proposer, int ProposerId, string Head, int HeadId, string Deputy, int DeputyId);

/// <summary>Drives proposals through the real services at chosen times (09:00 in Hà Nội on the given day of 2026).</summary>
public sealed class ComplianceScenario(ServiceHost host)
{
    public static readonly EvaluationFindings AllMet = new(true, true, true, false, null, "Thiếu kinh phí", "Chậm triển khai");
    private static readonly DecisionDocument Document = new("12/QĐ-UBND", new DateOnly(2026, 3, 3), "Chủ tịch");

    public static DateTimeOffset At(int month, int day) => new(2026, month, day, 2, 0, 0, TimeSpan.Zero);

    public async Task<Agency> AgencyAsync(string code, OrganisationUnit parent, UnitKind kind = UnitKind.Commune, OrganisationUnit? headOfficerUnit = null)
    {
        var unit = await host.AddUnitAsync(code, parent, kind);
        var (proposer, proposerId) = await host.AddOfficerAsync($"tp.{code}@test.vn", unit, PostKind.Manager, (AppRole.Proposer, unit));
        var (head, headId) = await host.AddOfficerAsync($"ct.{code}@test.vn", headOfficerUnit ?? unit, PostKind.Head, (AppRole.UnitHead, unit));
        var (deputy, deputyId) = await host.AddOfficerAsync($"pct.{code}@test.vn", unit, PostKind.Deputy, (AppRole.LeadershipMember, unit));
        return new Agency(unit, proposer, proposerId, head, headId, deputy, deputyId);
    }

    /// <summary>An office that monitors <paramref name="monitored"/>, and an Interior officer working in it.</summary>
    public async Task<string> InteriorOfficerAsync(string code, OrganisationUnit parent, OrganisationUnit monitored, UnitKind kind)
    {
        var office = await host.AddUnitAsync(code, parent, kind);
        await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            (await db.Units.FindAsync(office.Id))!.Monitor(await db.Units.FindAsync(monitored.Id));
            await db.SaveChangesAsync();
        });
        return (await host.AddOfficerAsync($"nv.{code}@test.vn", office, PostKind.Manager, (AppRole.InteriorOfficer, office))).UserId;
    }

    public async Task<int> SubmitAsync(Agency a, string title, DateTimeOffset at, DateOnly? endOn = null)
    {
        host.Time.Now = at;
        return await host.SubmittedAsync(a.Proposer, ProposalInputs.Complete(title, startOn: new DateOnly(2026, 1, 5), endOn: endOn));
    }

    public Task PartyOpinionAsync(Agency a, int id, DateTimeOffset at) =>
        StepAsync(a.Head, id, at, (w, v) => w.RecordPartyOpinionAsync(id, v));

    public async Task VoteAsync(Agency a, int id, DateTimeOffset at, bool inFavour = true)
    {
        await StepAsync(a.Head, id, at, (w, v) => w.RecordConditionsAsync(id, v, TestConditions.AllMet));
        await StepAsync(a.Head, id, at, (w, v) => w.RecordVoteAsync(id, v, [new Vote(a.HeadId, inFavour), new Vote(a.DeputyId, inFavour)]));
    }

    /// <summary>The vote without the Party opinion, as a province that had turned the requirement off would allow.</summary>
    public async Task VoteWithoutPartyOpinionAsync(Agency a, int id, DateTimeOffset at)
    {
        var options = host.Services.GetRequiredService<IOptions<ProposalOptions>>().Value;
        options.PartyOpinionRequiredBeforeVote = false;
        try
        {
            await VoteAsync(a, id, at);
        }
        finally
        {
            options.PartyOpinionRequiredBeforeVote = true;
        }
    }

    public Task ImplementAsync(Agency a, int id, DateTimeOffset at) =>
        StepAsync(a.Head, id, at, (w, v) => w.IssueImplementationDecisionAsync(id, v, Document));

    /// <summary>Party opinion, a passing vote and the implementation decision, all on the same day.</summary>
    public async Task ApproveAsync(Agency a, int id, DateTimeOffset at)
    {
        await PartyOpinionAsync(a, id, at);
        await VoteAsync(a, id, at);
        await ImplementAsync(a, id, at);
    }

    public Task ReportCompletionAsync(Agency a, int id, DateTimeOffset at) =>
        StepAsync(a.Proposer, id, at, null, (p, v) => p.ReportCompletionAsync(id, v, "Đã hoàn thành toàn bộ nội dung kế hoạch, số hóa 100% hồ sơ một cửa như cam kết."));

    public Task ReportProgressAsync(Agency a, int id, DateTimeOffset at) =>
        StepAsync(a.Proposer, id, at, null, (p, v) => p.ReportProgressAsync(id, v, 40, "Đã số hóa một phần", null));

    public async Task EvaluateAsync(Agency a, int id, DateTimeOffset at, EvaluationOutcome outcome, EvaluationFindings? findings = null)
    {
        await PartyOpinionAsync(a, id, at);
        await StepAsync(a.Head, id, at, (w, v) => w.EvaluateAsync(id, v, [new Vote(a.HeadId, true), new Vote(a.DeputyId, true)], outcome, findings ?? AllMet,
            new DecisionDocument("20/QĐ-UBND", DateOnly.FromDateTime(at.UtcDateTime), "Chủ tịch")));
    }

    /// <summary>A full lifecycle: submitted, approved the next day, reported and evaluated on the given days.</summary>
    public async Task<int> EvaluatedAsync(Agency a, string title, EvaluationOutcome outcome, DateTimeOffset reportAt, DateTimeOffset evaluateAt, EvaluationFindings? findings = null)
    {
        var id = await SubmitAsync(a, title, At(3, 2), new DateOnly(2026, 3, 31));
        await ApproveAsync(a, id, At(3, 3));
        await ReportCompletionAsync(a, id, reportAt);
        await EvaluateAsync(a, id, evaluateAt, outcome, findings);
        return id;
    }

    public Task<int> ProtectAsync(Agency a, int id, int officerId, ProtectionType type) =>
        host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var proposal = await db.Proposals.AsNoTracking().SingleAsync(p => p.Id == id);
            var evaluation = await db.ProposalDecisions.Where(d => d.ProposalId == id && d.Kind == DecisionKind.EvaluationResult).Select(d => d.Id).SingleAsync();
            var officer = await db.Officers.SingleAsync(o => o.Id == officerId);
            var (decision, error) = ProtectionDecision.Create(proposal, evaluation, officer, type, new DateOnly(2026, 3, 10), a.HeadId,
                new DecisionDocument("30/QĐ-UBND", new DateOnly(2026, 4, 20), "Chủ tịch"), null, null);
            Assert.Null(error);
            db.ProtectionDecisions.Add(decision!);
            await db.SaveChangesAsync();
            return decision!.Id;
        });

    public Task EncourageAsync(Agency a, int id, EncouragementMeasure measure) =>
        host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var proposal = await db.Proposals.AsNoTracking().SingleAsync(p => p.Id == id);
            var (record, error) = EncouragementRecord.Create(proposal, a.ProposerId, BeneficiaryRole.Proposer, measure, null,
                new DecisionDocument("40/QĐ-UBND", new DateOnly(2026, 4, 21), "Chủ tịch"), a.Unit.Id, a.HeadId, null);
            Assert.Null(error);
            db.EncouragementRecords.Add(record!);
            await db.SaveChangesAsync();
        });

    /// <summary>One workflow step at the proposal's current version, returning the result instead of asserting it.</summary>
    public async Task<OperationResult> TryAsync(string userId, int id, DateTimeOffset at, Func<ProposalWorkflowService, int, Task<OperationResult>> step)
    {
        host.Time.Now = at;
        return await host.TryStepAsync(userId, id, step);
    }

    private Task StepAsync(string userId, int id, DateTimeOffset at, Func<ProposalWorkflowService, int, Task<OperationResult>> step) =>
        StepAsync(userId, id, at, step, null);

    private async Task StepAsync(
        string userId, int id, DateTimeOffset at, Func<ProposalWorkflowService, int, Task<OperationResult>>? step,
        Func<ProgressService, int, Task<OperationResult>>? progress)
    {
        host.Time.Now = at;
        var version = await host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Proposals.Where(p => p.Id == id).Select(p => p.Version).SingleAsync());
        var result = step is not null
            ? await host.As<OperationResult, ProposalWorkflowService>(userId, w => step(w, version))
            : await host.As<OperationResult, ProgressService>(userId, p => progress!(p, version));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
    }
}
