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
using static Decree73.TestSupport.ProposalInputs;

namespace Decree73.IntegrationTests;

public abstract class ProposalServiceTests(ServiceHost host)
{
    private async Task<(OrganisationUnit Province, OrganisationUnit Commune, OrganisationUnit Office)> TreeAsync(string code)
    {
        var province = await host.AddUnitAsync(code, kind: UnitKind.Province);
        var commune = await host.AddUnitAsync(code + "-XA", province);
        var office = await host.AddUnitAsync(code + "-XA-KT", commune, UnitKind.CommuneOffice);
        return (province, commune, office);
    }

    private Task<Proposal> Load(int id) =>
        host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Proposals.AsNoTracking()
            .Include(p => p.Decisions).Include(p => p.Votes).SingleAsync(p => p.Id == id));

    [ServiceFact]
    public async Task A_draft_is_saved_incomplete_and_refused_at_submission_with_a_message_per_missing_part()
    {
        var (_, commune, office) = await TreeAsync("S1");
        var (user, _) = await host.AddOfficerAsync("tp.s1@test.vn", office, PostKind.Manager, (AppRole.Proposer, commune));

        var created = await host.As(user, (ProposalService s) => s.CreateDraftAsync(new ProposalInput { Title = "Một cửa không giấy" }));
        var submit = await host.As(user, (ProposalService s) => s.SubmitAsync(created.Value, new ProposalInput { Title = "Một cửa không giấy", Plan = new ProposalPlan { Content = "Số hóa" } }, 1));

        Assert.True(created.Succeeded);
        Assert.Equal(OperationStatus.Invalid, submit.Status);
        Assert.Contains(submit.Errors, e => e.Field == "Plan." + nameof(ProposalPlan.Necessity));
        Assert.Contains(submit.Errors, e => e.Field == nameof(ProposalInput.FieldId));
        Assert.DoesNotContain(submit.Errors, e => e.Field == "Plan." + nameof(ProposalPlan.Content));
        var stored = await Load(created.Value);
        Assert.Equal(ProposalState.Draft, stored.State);
        Assert.Null(stored.ReceiptNumber);
    }

    [ServiceFact]
    public async Task Submission_numbers_the_receipt_per_agency_and_year_and_sets_the_deadline_across_tet()
    {
        var (_, commune, office) = await TreeAsync("S2");
        var (user, _) = await host.AddOfficerAsync("tp.s2@test.vn", office, PostKind.Manager, (AppRole.Proposer, commune));
        host.Time.Now = new DateTimeOffset(2026, 2, 11, 2, 0, 0, TimeSpan.Zero); // 09:00 in Hà Nội, Wednesday before Tết

        var first = await host.As(user, (ProposalService s) => s.CreateDraftAsync(Complete("Đề xuất một")));
        var second = await host.As(user, (ProposalService s) => s.CreateDraftAsync(Complete("Đề xuất hai")));
        var r1 = await host.As(user, (ProposalService s) => s.SubmitAsync(first.Value, Complete("Đề xuất một"), 1));
        var r2 = await host.As(user, (ProposalService s) => s.SubmitAsync(second.Value, Complete("Đề xuất hai"), 1));

        Assert.True(r1.Succeeded, string.Join("; ", r1.Errors.Select(e => e.Field + ": " + e.Message)));
        Assert.True(r2.Succeeded);
        var p1 = await Load(first.Value);
        var p2 = await Load(second.Value);
        Assert.Equal("1/2026/ĐX-S2-XA", p1.ReceiptNumber);
        Assert.Equal("2/2026/ĐX-S2-XA", p2.ReceiptNumber);
        Assert.Equal(ProposalState.Submitted, p1.State);
        Assert.Equal(new DateOnly(2026, 2, 27), p1.DecisionDueOn);
        Assert.Equal(commune.Id, p1.DecidingUnitId);
    }

    [ServiceFact]
    public async Task The_same_new_draft_form_posted_twice_creates_one_proposal_even_at_the_same_moment()
    {
        var (_, commune, office) = await TreeAsync("S7");
        var (user, _) = await host.AddOfficerAsync("tp.s7@test.vn", office, PostKind.Manager, (AppRole.Proposer, commune));
        var token = Guid.NewGuid();

        var first = await host.As(user, (ProposalService s) => s.CreateDraftAsync(Complete("Bấm hai lần"), token));
        var again = await host.As(user, (ProposalService s) => s.CreateDraftAsync(Complete("Bấm hai lần"), token));
        var racing = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => host.As(user, (ProposalService s) => s.CreateDraftAsync(Complete("Cùng lúc"), Guid.Empty))));
        var otherForm = await host.As(user, (ProposalService s) => s.CreateDraftAsync(Complete("Bấm hai lần"), Guid.NewGuid()));

        Assert.Equal(first.Value, again.Value);
        Assert.Single(racing.Select(r => r.Value).Distinct());
        Assert.NotEqual(first.Value, otherForm.Value);
        var titles = await host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Proposals
            .Where(p => p.Title == "Bấm hai lần" || p.Title == "Cùng lúc").Select(p => p.Title).ToListAsync());
        Assert.Equal(2, titles.Count(t => t == "Bấm hai lần"));
        Assert.Equal(1, titles.Count(t => t == "Cùng lúc"));
    }

    [ServiceFact]
    public async Task An_officer_without_a_leadership_post_cannot_submit()
    {
        var (_, commune, office) = await TreeAsync("S3");
        var (user, _) = await host.AddOfficerAsync("cv.s3@test.vn", office, PostKind.None, (AppRole.Proposer, commune));

        var draft = await host.As(user, (ProposalService s) => s.CreateDraftAsync(Complete("Ý tưởng của chuyên viên")));
        var submit = await host.As(user, (ProposalService s) => s.SubmitAsync(draft.Value, Complete("Ý tưởng của chuyên viên"), 1));

        Assert.Contains("Điều 2", Assert.Single(submit.Errors).Message);
        Assert.Equal(ProposalState.Draft, (await Load(draft.Value)).State);
    }

    [ServiceFact]
    public async Task A_heads_own_proposal_goes_to_the_superior_agency()
    {
        var (province, commune, _) = await TreeAsync("S4");
        var (user, _) = await host.AddOfficerAsync("ct.s4@test.vn", commune, PostKind.Head, (AppRole.Proposer, commune), (AppRole.UnitHead, commune));

        var draft = await host.As(user, (ProposalService s) => s.CreateDraftAsync(Complete("Đề xuất của Chủ tịch")));

        Assert.Equal(province.Id, (await Load(draft.Value)).DecidingUnitId);
    }

    [ServiceFact]
    public async Task Drafts_are_private_and_submitted_proposals_reach_the_deciding_agency_and_its_monitors_only()
    {
        var (province, commune, office) = await TreeAsync("S5");
        var other = await host.AddUnitAsync("S5-XB", province);
        var culture = await host.AddUnitAsync("S5-XA-VHXH", commune, UnitKind.CommuneOffice);
        await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            (await db.Units.FindAsync(culture.Id))!.Monitor(await db.Units.FindAsync(commune.Id));
            await db.SaveChangesAsync();
        });
        var (proposer, _) = await host.AddOfficerAsync("tp.s5@test.vn", office, PostKind.Manager, (AppRole.Proposer, commune));
        var (head, _) = await host.AddOfficerAsync("ct.s5@test.vn", commune, PostKind.Head, (AppRole.UnitHead, commune));
        var (otherHead, _) = await host.AddOfficerAsync("ct.s5b@test.vn", other, PostKind.Head, (AppRole.UnitHead, other));
        var (monitor, _) = await host.AddOfficerAsync("nv.s5@test.vn", culture, PostKind.Manager, (AppRole.InteriorOfficer, culture));
        host.Time.Now = new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);
        var draft = await host.As(proposer, (ProposalService s) => s.CreateDraftAsync(Complete("Đổi mới tiếp nhận hồ sơ")));

        async Task<int[]> Sees(string userId) =>
            (await host.As(userId, (ProposalService s) => s.ListAsync(new ProposalFilter()))).Items.Select(i => i.Id).ToArray();

        Assert.Equal([draft.Value], await Sees(proposer));
        Assert.Empty(await Sees(head));
        await host.As(proposer, (ProposalService s) => s.SubmitAsync(draft.Value, Complete("Đổi mới tiếp nhận hồ sơ"), 1));
        Assert.Equal([draft.Value], await Sees(head));
        Assert.Equal([draft.Value], await Sees(monitor));
        Assert.Empty(await Sees(otherHead));
        var found = await host.As(head, (ProposalService s) => s.ListAsync(new ProposalFilter(Search: "doi moi tiep")));
        Assert.Equal([draft.Value], found.Items.Select(i => i.Id).ToArray());
        Assert.Equal([draft.Value], (await host.As(head, (ProposalService s) => s.ListAsync(new ProposalFilter(Search: "TIẾP NHẬN ho")))).Items.Select(i => i.Id).ToArray());
        Assert.Empty((await host.As(head, (ProposalService s) => s.ListAsync(new ProposalFilter(Search: "tiep nhan giay")))).Items);
        Assert.Empty((await host.As(otherHead, (ProposalService s) => s.ListAsync(new ProposalFilter(Search: "tiep nhan")))).Items);
    }

    [ServiceFact]
    public async Task The_whole_lifecycle_is_stored_with_its_decisions_votes_and_findings()
    {
        var (_, commune, office) = await TreeAsync("S6");
        var (proposer, proposerId) = await host.AddOfficerAsync("tp.s6@test.vn", office, PostKind.Manager, (AppRole.Proposer, commune));
        var (_, headId) = await host.AddOfficerAsync("ct.s6@test.vn", commune, PostKind.Head, (AppRole.UnitHead, commune));
        var (_, deputyId) = await host.AddOfficerAsync("pct.s6@test.vn", commune, PostKind.Deputy, (AppRole.LeadershipMember, commune));
        var draft = await host.As(proposer, (ProposalService s) => s.CreateDraftAsync(Complete("Vòng đời đầy đủ")));
        await host.As(proposer, (ProposalService s) => s.SubmitAsync(draft.Value, Complete("Vòng đời đầy đủ"), 1));
        var head = new ProposalActor(headId, IsDecidingHead: true);
        var document = new DecisionDocument("12/QĐ-UBND", new DateOnly(2026, 3, 5), "Chủ tịch");
        Vote[] votes = [new(headId, true), new(deputyId, false)];

        async Task Step(Func<Proposal, Domain.Common.Result> transition)
        {
            await host.InScopeAsync(async sp =>
            {
                var db = sp.GetRequiredService<AppDbContext>();
                var tracked = await db.Proposals.Include(p => p.Decisions).Include(p => p.Votes).SingleAsync(p => p.Id == draft.Value);
                var result = transition(tracked);
                Assert.True(result.IsSuccess, result.Error?.Code);
                await db.SaveChangesAsync();
            });
        }

        await Step(p => p.RecordPartyOpinion(head));
        await Step(p => p.RecordConditions(head, TestConditions.AllMet, DateTime.UtcNow));
        // The meeting on the day of receipt, the head being the whole roster of this agency.
        await Step(p => p.RecordVote(head, votes, partyOpinionRequired: true,
            new VoteMeeting(DateOnly.FromDateTime(p.ReceivedAtUtc!.Value.AddHours(7)), votes.Select(v => v.OfficerId).ToList(), VoteBase.VotesCast, DateOnly.MaxValue)));
        await Step(p => p.IssueImplementationDecision(head, document));
        await Step(p => p.ReportCompletion(new ProposalActor(proposerId), "Đã hoàn thành toàn bộ nội dung của kế hoạch, kết quả đạt chỉ tiêu đề ra.", DateTime.UtcNow));
        await Step(p => p.RecordPartyOpinion(head));
        await Step(p => p.Evaluate(head, votes, EvaluationOutcome.PartlyCompleted, new EvaluationFindings(true, true, true, true, "Chậm 2 tháng", "Thiếu kinh phí", "Chậm triển khai"), document,
            new VoteMeeting(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)), votes.Select(v => v.OfficerId).ToList(), VoteBase.VotesCast, DateOnly.MaxValue)));

        var stored = await Load(draft.Value);
        Assert.Equal(ProposalState.Evaluated, stored.State);
        Assert.Equal(EvaluationOutcome.PartlyCompleted, stored.Outcome);
        Assert.Equal("Chậm 2 tháng", stored.Findings!.DamageDescription);
        Assert.Equal([DecisionKind.Implementation, DecisionKind.EvaluationResult], stored.Decisions.OrderBy(d => d.Id).Select(d => d.Kind).ToArray());
        Assert.Equal(4, stored.Votes.Count);
        Assert.Equal(2, stored.Votes.Count(v => v.Stage == VoteStage.Evaluation));
    }
}

public sealed class ProposalServiceTests_Sqlite(SqliteServiceHost host) : ProposalServiceTests(host), IClassFixture<SqliteServiceHost>;

[RequiresPostgres]
public sealed class ProposalServiceTests_PostgreSql(PostgresServiceHost host) : ProposalServiceTests(host), IClassFixture<PostgresServiceHost>;
