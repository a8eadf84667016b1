using Decree73.Application.Common;
using Decree73.Application.Proposals;
using Decree73.Domain.Access;
using Decree73.Domain.Organisation;
using Decree73.Domain.People;
using Decree73.Domain.Proposals;
using Decree73.Infrastructure.Persistence;
using Decree73.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Decree73.IntegrationTests;

/// <summary>A user of the protection tests: account and officer.</summary>
public sealed record Person(string UserId, int OfficerId);

/// <summary>
/// A commune with its proposer, head, deputy, an implementer and its Interior office (which monitors it); a second
/// commune with its own head, proposer and Interior office; an administrator of the province. Proposals are brought to
/// their evaluation through the real services and entity transitions.
/// </summary>
public sealed class ProtectionWorld
{
    public static readonly DecisionDocument Implementation = new("15/QĐ-UBND", new DateOnly(2025, 6, 30), "Chủ tịch");
    public static readonly DecisionDocument Evaluation = new("20/QĐ-UBND", new DateOnly(2026, 3, 5), "Chủ tịch");

    private readonly ServiceHost host;

    private ProtectionWorld(ServiceHost host) => this.host = host;

    public OrganisationUnit Commune { get; private set; } = null!;
    public OrganisationUnit OtherCommune { get; private set; } = null!;
    public Person Proposer { get; private set; } = null!;
    public Person Head { get; private set; } = null!;
    public Person Deputy { get; private set; } = null!;
    public Person Implementer { get; private set; } = null!;
    public Person Monitor { get; private set; } = null!;
    public Person OtherHead { get; private set; } = null!;
    public Person OtherProposer { get; private set; } = null!;
    public Person OutsideMonitor { get; private set; } = null!;
    public Person Administrator { get; private set; } = null!;

    public static async Task<ProtectionWorld> CreateAsync(ServiceHost host, string code)
    {
        var world = new ProtectionWorld(host);
        var province = await host.AddUnitAsync(code, kind: UnitKind.Province);
        world.Commune = await host.AddUnitAsync(code + "-XA", province);
        var office = await host.AddUnitAsync(code + "-XA-KT", world.Commune, UnitKind.CommuneOffice);
        var culture = await host.AddUnitAsync(code + "-XA-VH", world.Commune, UnitKind.CommuneOffice);
        world.OtherCommune = await host.AddUnitAsync(code + "-XB", province);
        var otherOffice = await host.AddUnitAsync(code + "-XB-VP", world.OtherCommune, UnitKind.CommuneOffice);
        var otherCulture = await host.AddUnitAsync(code + "-XB-VH", world.OtherCommune, UnitKind.CommuneOffice);
        await MonitorAsync(host, culture.Id, world.Commune.Id);
        await MonitorAsync(host, otherCulture.Id, world.OtherCommune.Id);

        var c = code.ToLowerInvariant();
        world.Proposer = await Add(host, $"tp.{c}@test.vn", office, PostKind.Manager, CivilServiceCategory.CivilServant, (AppRole.Proposer, world.Commune));
        world.Head = await Add(host, $"ct.{c}@test.vn", world.Commune, PostKind.Head, CivilServiceCategory.Cadre, (AppRole.UnitHead, world.Commune));
        world.Deputy = await Add(host, $"pct.{c}@test.vn", world.Commune, PostKind.Deputy, CivilServiceCategory.Cadre, (AppRole.LeadershipMember, world.Commune));
        world.Implementer = await Add(host, $"cv.{c}@test.vn", office, PostKind.None, CivilServiceCategory.PublicEmployee);
        world.Monitor = await Add(host, $"nv.{c}@test.vn", culture, PostKind.Manager, CivilServiceCategory.CivilServant, (AppRole.InteriorOfficer, culture));
        world.OtherHead = await Add(host, $"ct2.{c}@test.vn", world.OtherCommune, PostKind.Head, CivilServiceCategory.Cadre, (AppRole.UnitHead, world.OtherCommune));
        world.OtherProposer = await Add(host, $"tp2.{c}@test.vn", otherOffice, PostKind.Manager, CivilServiceCategory.CivilServant, (AppRole.Proposer, world.OtherCommune));
        world.OutsideMonitor = await Add(host, $"nv2.{c}@test.vn", otherCulture, PostKind.Manager, CivilServiceCategory.CivilServant, (AppRole.InteriorOfficer, otherCulture));
        world.Administrator = await Add(host, $"qt.{c}@test.vn", province, PostKind.None, CivilServiceCategory.CivilServant, (AppRole.Administrator, province));
        return world;
    }

    private static Task MonitorAsync(ServiceHost host, int monitorId, int monitoredId) =>
        host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var monitor = await db.Units.SingleAsync(u => u.Id == monitorId);
            Assert.True(monitor.Monitor(await db.Units.SingleAsync(u => u.Id == monitoredId)).IsSuccess);
            await db.SaveChangesAsync();
        });

    private static async Task<Person> Add(
        ServiceHost host, string email, OrganisationUnit unit, PostKind post, CivilServiceCategory category, params (AppRole, OrganisationUnit)[] grants)
    {
        var (userId, officerId) = await host.AddOfficerAsync(email, unit, post, grants);
        await host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Officers.Where(o => o.Id == officerId)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Category, category)));
        return new Person(userId, officerId);
    }

    /// <summary>
    /// A proposal of <see cref="Proposer"/> implemented by <see cref="Implementer"/>, evaluated with the outcome and
    /// findings given (after being stopped when <paramref name="stopped"/>); with a null outcome it stays in progress.
    /// </summary>
    public async Task<int> ProposalAsync(string title, EvaluationOutcome? outcome, EvaluationFindings? findings = null, bool stopped = false)
    {
        var id = await host.SubmittedAsync(Proposer.UserId, ProposalInputs.Complete(title, startOn: new DateOnly(2025, 7, 1), endOn: new DateOnly(2026, 1, 31)));
        var head = new ProposalActor(Head.OfficerId, IsDecidingHead: true);
        Vote[] votes = [new(Head.OfficerId, true)];

        async Task Step(Func<Proposal, Domain.Common.Result> transition) =>
            await host.InScopeAsync(async sp =>
            {
                var db = sp.GetRequiredService<AppDbContext>();
                var tracked = await db.Proposals.Include(p => p.Decisions).Include(p => p.Votes).Include(p => p.AssignedImplementers).SingleAsync(p => p.Id == id);
                var result = transition(tracked);
                Assert.True(result.IsSuccess, result.Error?.Code);
                await db.SaveChangesAsync();
            });

        await Step(p => p.RecordPartyOpinion(head));
        await Step(p => p.RecordConditions(head, TestConditions.AllMet, DateTime.UtcNow));
        // The meeting on the day of receipt, the head being the whole roster of this agency.
        await Step(p => p.RecordVote(head, votes, partyOpinionRequired: true,
            new VoteMeeting(DateOnly.FromDateTime(p.ReceivedAtUtc!.Value.AddHours(7)), votes.Select(v => v.OfficerId).ToList(), VoteBase.VotesCast, DateOnly.MaxValue)));
        await Step(p => p.IssueImplementationDecision(head, Implementation, [Implementer.OfficerId]));
        if (outcome is null)
        {
            return id;
        }

        await Step(p => stopped
            ? p.Stop(head, "Dừng theo chỉ đạo", Implementation with { Number = "18/QĐ-UBND" })
            : p.ReportCompletion(new ProposalActor(Proposer.OfficerId), "Đã thực hiện toàn bộ nội dung kế hoạch và báo cáo đầy đủ kết quả đạt được.", DateTime.UtcNow));
        await Step(p => p.RecordPartyOpinion(head));
        await Step(p => p.Evaluate(head, votes, outcome.Value, findings ?? new EvaluationFindings(true, true, true, false, null, "Thiếu kinh phí", "Chậm triển khai"), Evaluation,
            new VoteMeeting(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)), votes.Select(v => v.OfficerId).ToList(), VoteBase.VotesCast, DateOnly.MaxValue)));
        return id;
    }
}
