using Decree73.Application.Audit;
using Decree73.Application.Common;
using Decree73.Application.Compliance;
using Decree73.Application.Proposals;
using Decree73.Application.Reports;
using Decree73.Application.Resources;
using Decree73.Domain.Access;
using Decree73.Domain.Notifications;
using Decree73.Domain.Organisation;
using Decree73.Domain.People;
using Decree73.Domain.Proposals;
using Decree73.Domain.Reports;
using Decree73.Infrastructure.Persistence;
using Decree73.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static Decree73.TestSupport.ProposalInputs;

namespace Decree73.IntegrationTests;

/// <summary>
/// The decision of Decree 73 Art. 7–8 on a real database: no rejection before the leadership vote, the whole roster
/// in the minutes, and escalation that reaches the competent unit's head (domain.md §5 rows 3–5).
/// </summary>
public abstract class DecisionProcedureTests(ServiceHost host)
{
    private sealed record People(
        OrganisationUnit Province, OrganisationUnit Commune, string Proposer, string Head, int HeadId, int DeputyId, int Deputy2Id,
        string ProvinceHead, int ProvinceHeadId, string Interior);

    /// <summary>A province (head, Interior officer) over a commune whose leadership is a head and two deputies.</summary>
    private async Task<People> PeopleAsync(string code)
    {
        var province = await host.AddUnitAsync(code, kind: UnitKind.Province);
        var department = await host.AddUnitAsync(code + "-SNV", province, UnitKind.ProvincialDepartment);
        await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            Assert.True((await db.Units.FindAsync(department.Id))!.Monitor(await db.Units.FindAsync(province.Id)).IsSuccess);
            await db.SaveChangesAsync();
        });
        var commune = await host.AddUnitAsync(code + "-XA", province);
        var office = await host.AddUnitAsync(code + "-XA-KT", commune, UnitKind.CommuneOffice);
        var (proposer, _) = await host.AddOfficerAsync($"tp.{code}@test.vn".ToLowerInvariant(), office, PostKind.Manager, (AppRole.Proposer, commune));
        var (head, headId) = await host.AddOfficerAsync($"ct.{code}@test.vn".ToLowerInvariant(), commune, PostKind.Head, (AppRole.UnitHead, commune));
        var (_, deputyId) = await host.AddOfficerAsync($"pct.{code}@test.vn".ToLowerInvariant(), commune, PostKind.Deputy, (AppRole.LeadershipMember, commune));
        var (_, deputy2Id) = await host.AddOfficerAsync($"pct2.{code}@test.vn".ToLowerInvariant(), commune, PostKind.Deputy, (AppRole.LeadershipMember, commune));
        var (provinceHead, provinceHeadId) = await host.AddOfficerAsync($"ct.tinh.{code}@test.vn".ToLowerInvariant(), province, PostKind.Head, (AppRole.UnitHead, province));
        var (interior, _) = await host.AddOfficerAsync($"snv.{code}@test.vn".ToLowerInvariant(), department, PostKind.Manager, (AppRole.InteriorOfficer, department));
        return new People(province, commune, proposer, head, headId, deputyId, deputy2Id, provinceHead, provinceHeadId, interior);
    }

    private Task<Proposal> Load(int id) => host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Proposals
        .Include(p => p.Votes).Include(p => p.Decisions).AsNoTracking().SingleAsync(p => p.Id == id));

    [ServiceFact]
    public async Task Before_the_vote_the_head_cannot_reject_only_return_and_after_a_failed_vote_rejects()
    {
        var people = await PeopleAsync("DP1");
        host.Time.Now = new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);
        var id = await host.SubmittedAsync(people.Proposer, Complete("Từ chối trước biểu quyết"));

        var early = await host.TryStepAsync(people.Head, id, (w, v) => w.RejectAsync(id, v, "Không phù hợp"));

        Assert.False(early.Succeeded);
        Assert.Contains(early.Errors, e => e.Message == ValidationMessages.Proposal_RejectBeforeVote);
        var unchanged = await Load(id);
        Assert.Equal(ProposalState.Submitted, unchanged.State);
        Assert.Empty(unchanged.Decisions);

        await host.StepAsync(people.Head, id, (w, v) => w.RecordPartyOpinionAsync(id, v));
        host.Time.Now = new DateTimeOffset(2026, 3, 3, 2, 0, 0, TimeSpan.Zero);
        await host.StepAsync(people.Head, id, (w, v) => w.RecordVoteAsync(id, v,
            [new Vote(people.HeadId, false), new Vote(people.DeputyId, false), new Vote(people.Deputy2Id, true)], new DateOnly(2026, 3, 3)));
        Assert.Equal(ProposalState.NotPassed, (await Load(id)).State);
        await host.StepAsync(people.Head, id, (w, v) => w.RejectAsync(id, v, "Tập thể lãnh đạo không thông qua"));

        var rejected = await Load(id);
        Assert.Equal(ProposalState.Rejected, rejected.State);
        Assert.Equal("Tập thể lãnh đạo không thông qua", Assert.Single(rejected.Decisions).Reason);
    }

    [ServiceFact]
    public async Task The_vote_is_refused_until_the_whole_roster_is_recorded_and_the_minutes_are_kept_in_the_history()
    {
        var people = await PeopleAsync("DP2");
        host.Time.Now = new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);
        var id = await host.SubmittedAsync(people.Proposer, Complete("Biểu quyết đủ thành viên"));
        await host.StepAsync(people.Head, id, (w, v) => w.RecordPartyOpinionAsync(id, v));
        host.Time.Now = new DateTimeOffset(2026, 3, 4, 2, 0, 0, TimeSpan.Zero);

        // The head alone, or the head and one deputy: not the leadership's vote.
        var headOnly = await host.TryStepAsync(people.Head, id, (w, v) => w.RecordVoteAsync(id, v, [new Vote(people.HeadId, true)], new DateOnly(2026, 3, 3)));
        var missingOne = await host.TryStepAsync(people.Head, id, (w, v) => w.RecordVoteAsync(id, v,
            [new Vote(people.HeadId, true), new Vote(people.DeputyId, true)], new DateOnly(2026, 3, 3)));
        var noDate = await host.TryStepAsync(people.Head, id, (w, v) => w.RecordVoteAsync(id, v,
            [new Vote(people.HeadId, true), new Vote(people.DeputyId, true), new Vote(people.Deputy2Id, VoteChoice.Absent)], null));

        Assert.Contains(headOnly.Errors, e => e.Message == ValidationMessages.Proposal_RosterIncomplete);
        Assert.Contains(missingOne.Errors, e => e.Message == ValidationMessages.Proposal_RosterIncomplete);
        Assert.Contains(noDate.Errors, e => e.Message == ValidationMessages.Proposal_MeetingDateRequired);
        Assert.Equal(ProposalState.Submitted, (await Load(id)).State);
        Assert.Empty((await Load(id)).Votes);

        await host.StepAsync(people.Head, id, (w, v) => w.RecordConditionsAsync(id, v, TestConditions.AllMet));
        await host.StepAsync(people.Head, id, (w, v) => w.RecordVoteAsync(id, v,
            [new Vote(people.HeadId, true), new Vote(people.DeputyId, false), new Vote(people.Deputy2Id, VoteChoice.Absent)], new DateOnly(2026, 3, 3)));

        var voted = await Load(id);
        // 1 for, 1 against, 1 absent: a tie of the votes expressed, the head's side wins.
        Assert.Equal(ProposalState.Approved, voted.State);
        Assert.Equal(3, voted.Votes.Count);
        Assert.All(voted.Votes, v => Assert.Equal(new DateOnly(2026, 3, 3), v.MeetingOn));
        Assert.Equal(VoteChoice.Absent, voted.Votes.Single(v => v.OfficerId == people.Deputy2Id).Choice);
        Assert.Equal(VoteChoice.Against, voted.Votes.Single(v => v.OfficerId == people.DeputyId).Choice);

        var history = await host.InScopeAsync(sp => sp.GetRequiredService<ProposalHistory>().OfAsync(id));
        var votes = history.Where(h => h.Action == "ProposalVoteAdded").ToList();
        Assert.Equal(3, votes.Count);
        Assert.Contains(votes, h => h.Changes.Any(c => c.Field == "Absent" && c.After == "true"));
        Assert.All(votes, h => Assert.Contains(h.Changes, c => c.Field == "MeetingOn" && c.After == "2026-03-03"));
    }

    [ServiceFact]
    public async Task From_the_page_with_more_than_one_competent_unit_above_an_escalation_is_refused_until_one_is_chosen()
    {
        var people = await PeopleAsync("DP5");
        // A unit under the commune: the commune and the province are both above it.
        var hamlet = await host.AddUnitAsync("DP5-XA-TH", people.Commune);
        var (proposer, _) = await host.AddOfficerAsync("tp.dp5-th@test.vn", hamlet, PostKind.Manager, (AppRole.Proposer, hamlet));
        var (head, _) = await host.AddOfficerAsync("ct.dp5-th@test.vn", hamlet, PostKind.Head, (AppRole.UnitHead, hamlet));
        host.Time.Now = new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);
        var id = await host.SubmittedAsync(proposer, Complete("Hai cấp có thẩm quyền phía trên"));

        var unchosen = await host.TryStepAsync(head, id, (w, v) => w.EscalateAsync(id, v, "Vượt thẩm quyền", null, default, mustChoose: true));

        Assert.Equal(OperationStatus.Invalid, unchosen.Status);
        Assert.Contains(unchosen.Errors, e => e.Field == "EscalateTo" && e.Message == ValidationMessages.Proposal_EscalationTargetRequired);
        Assert.Equal(ProposalState.Submitted, (await Load(id)).State);

        await host.StepAsync(head, id, (w, v) => w.EscalateAsync(id, v, "Thuộc thẩm quyền của tỉnh", people.Province.Id, default, mustChoose: true));
        Assert.Equal((ProposalState.Escalated, people.Province.Id), ((await Load(id)).State, (await Load(id)).EscalatedToUnitId));
    }

    [ServiceFact]
    public async Task The_list_of_a_unit_holds_what_it_made_or_decides_once_each_newest_first_page_by_page()
    {
        var people = await PeopleAsync("DP6");
        host.Time.Now = new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);
        var first = await host.SubmittedAsync(people.Proposer, Complete("Xã quyết định, thứ nhất"));
        var escalated = await host.SubmittedAsync(people.Proposer, Complete("Vượt thẩm quyền của xã"));
        await host.StepAsync(people.Head, escalated, (w, v) => w.EscalateAsync(escalated, v, "Thuộc thẩm quyền của tỉnh"));
        var received = await host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Proposals.AsNoTracking()
            .Where(p => p.EscalatedFromProposalId == escalated).Select(p => p.Id).SingleAsync());
        var last = await host.SubmittedAsync(people.Proposer, Complete("Xã quyết định, sau cùng"));

        async Task<int[]> All(ProposalFilter filter)
        {
            var ids = new List<int>();
            string? after = null;
            do
            {
                var page = await host.As<KeysetPage<ProposalListItem>, ProposalService>(people.Interior, s => s.ListAsync(filter with { After = after }));
                Assert.True(page.Items.Count <= filter.PageSize);
                ids.AddRange(page.Items.Select(i => i.Id));
                after = page.NextAfter;
            }
            while (after is not null);

            return [.. ids];
        }

        // The commune made all four (the receipt at the province keeps the proposer's unit) and decides three of them,
        // each listed once; the province decides only the receipt. Two per page: the pages follow each other.
        Assert.Equal([last, received, escalated, first], await All(new ProposalFilter(UnitId: people.Commune.Id, PageSize: 2)));
        Assert.Equal([last, received, escalated, first], await All(new ProposalFilter(UnitId: people.Commune.Id, PageSize: 3)));
        Assert.Equal([received], await All(new ProposalFilter(UnitId: people.Province.Id, PageSize: 2)));
        Assert.Equal([received], await All(new ProposalFilter(UnitId: people.Province.Id, State: ProposalState.Submitted, Search: "vuot tham quyen")));
    }

    [ServiceFact]
    public async Task An_escalated_proposal_is_received_by_the_superior_in_its_heads_tasks_with_its_deadline_and_is_decided_there()
    {
        var people = await PeopleAsync("DP3");
        host.Time.Now = new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);
        var id = await host.SubmittedAsync(people.Proposer, Complete("Vượt thẩm quyền của xã"));

        // Not a unit above the commune: refused, nothing written.
        var sideways = await host.TryStepAsync(people.Head, id, (w, v) => w.EscalateAsync(id, v, "Vượt thẩm quyền", people.Commune.Id));
        Assert.Contains(sideways.Errors, e => e.Message == ValidationMessages.Proposal_EscalationTargetNotAbove);
        Assert.Equal(ProposalState.Submitted, (await Load(id)).State);

        host.Time.Now = new DateTimeOffset(2026, 3, 3, 2, 0, 0, TimeSpan.Zero);
        // No unit chosen: the parent unit, the province.
        await host.StepAsync(people.Head, id, (w, v) => w.EscalateAsync(id, v, "Thuộc thẩm quyền của tỉnh"));

        var original = await Load(id);
        Assert.Equal((ProposalState.Escalated, people.Province.Id, (int?)null), (original.State, original.EscalatedToUnitId, original.ResponsibleOfficerId));
        var received = await host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Proposals.AsNoTracking()
            .SingleAsync(p => p.EscalatedFromProposalId == id));
        Assert.Equal(ProposalState.Submitted, received.State);
        Assert.Equal(people.Province.Id, received.DecidingUnitId);
        Assert.Equal($"1/2026/ĐX-{people.Province.Code}", received.ReceiptNumber);
        Assert.NotEqual(original.ReceiptNumber, received.ReceiptNumber);
        Assert.Equal(people.ProvinceHeadId, received.ResponsibleOfficerId);
        // Received Tuesday 3/3/2026: 7 working days, 4, 5, 6, 9, 10, 11, 12 March.
        Assert.Equal(new DateOnly(2026, 3, 12), received.DecisionDueOn);
        Assert.Equal(received.DecisionDueOn, received.StepDueOn);

        var tasks = await host.As<IReadOnlyList<TaskItem>, ProposalService>(people.ProvinceHead, s => s.MyTasksAsync());
        var task = Assert.Single(tasks, t => t.ProposalId == received.Id);
        Assert.Equal(new DateOnly(2026, 3, 12), task.DueOn);
        var notified = await host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Notifications.AsNoTracking()
            .Where(n => n.ProposalId == received.Id).ToListAsync());
        Assert.Contains(notified, n => n.RecipientOfficerId == people.ProvinceHeadId && n.Kind == NotificationKind.Assigned);
        // The commune head no longer holds anything on it.
        Assert.DoesNotContain(await host.As<IReadOnlyList<TaskItem>, ProposalService>(people.Head, s => s.MyTasksAsync()), t => t.ProposalId == id);

        // Both ends are linked; the figures count it out of the commune and in at the province.
        var link = await host.As<Proposal?, ProposalWorkflowService>(people.Head, w => w.EscalationReceiptAsync(id));
        Assert.Equal(received.Id, link!.Id);
        var period = new ReportPeriod(ReportPeriodKind.Quarter, 2026, 1);
        var commune = await host.InScopeAsync(sp => sp.GetRequiredService<ReportFiguresBuilder>().LiveAsync(people.Commune.Id, period));
        var province = await host.InScopeAsync(sp => sp.GetRequiredService<ReportFiguresBuilder>().LiveAsync(people.Province.Id, period));
        Assert.Equal((1, 0), (commune.Escalated, commune.EscalatedReceived));
        Assert.Equal((1, 1), (province.Escalated, province.EscalatedReceived));

        // Nobody picks it up: past its deadline it is a late decision on the compliance review.
        host.Time.Now = new DateTimeOffset(2026, 3, 16, 2, 0, 0, TimeSpan.Zero);
        var flag = await host.As<OperationResult<(ComplianceScope, CompliancePeriod, ComplianceFlag)>, ComplianceService>(people.Interior, c =>
        {
            c.ClearCache();
            return c.FlagAsync(ComplianceFlags.LateDecision, null, 2026, null);
        });
        Assert.Contains(flag.Value.Item3.Examples, e => e.ProposalId == received.Id);

        // Re-entered at step 1 at the province: its own leadership decides it.
        await host.StepAsync(people.ProvinceHead, received.Id, (w, v) => w.RecordPartyOpinionAsync(received.Id, v));
        await host.StepAsync(people.ProvinceHead, received.Id, (w, v) => w.RecordConditionsAsync(received.Id, v, TestConditions.AllMet));
        await host.StepAsync(people.ProvinceHead, received.Id, (w, v) => w.RecordVoteAsync(received.Id, v, [new Vote(people.ProvinceHeadId, true)], new DateOnly(2026, 3, 16)));
        Assert.Equal(ProposalState.Approved, (await Load(received.Id)).State);
    }
}

public sealed class DecisionProcedureTests_Sqlite(SqliteServiceHost host) : DecisionProcedureTests(host), IClassFixture<SqliteServiceHost>;

[RequiresPostgres]
public sealed class DecisionProcedureTests_PostgreSql(PostgresServiceHost host) : DecisionProcedureTests(host), IClassFixture<PostgresServiceHost>;
