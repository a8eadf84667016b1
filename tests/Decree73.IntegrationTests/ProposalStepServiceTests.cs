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

/// <summary>One person accountable at every step (domain.md §5), "my tasks" and the list filters, on a real database.</summary>
public abstract class ProposalStepServiceTests(ServiceHost host)
{
    private sealed record People(OrganisationUnit Commune, string Proposer, int ProposerId, string Head, int HeadId, int DeputyId);

    private async Task<People> PeopleAsync(string code)
    {
        var province = await host.AddUnitAsync(code, kind: UnitKind.Province);
        var commune = await host.AddUnitAsync(code + "-XA", province);
        var office = await host.AddUnitAsync(code + "-XA-KT", commune, UnitKind.CommuneOffice);
        var (proposer, proposerId) = await host.AddOfficerAsync($"tp.{code}@test.vn", office, PostKind.Manager, (AppRole.Proposer, commune));
        var (head, headId) = await host.AddOfficerAsync($"ct.{code}@test.vn", commune, PostKind.Head, (AppRole.UnitHead, commune));
        var (_, deputyId) = await host.AddOfficerAsync($"pct.{code}@test.vn", commune, PostKind.Deputy, (AppRole.LeadershipMember, commune));
        return new People(commune, proposer, proposerId, head, headId, deputyId);
    }

    private Task<Proposal> Load(int id) => host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Proposals.AsNoTracking().SingleAsync(p => p.Id == id));

    [ServiceFact]
    public async Task The_responsible_person_and_the_deadline_follow_the_proposal_through_its_steps()
    {
        var people = await PeopleAsync("R1");
        var document = new DecisionDocument("5/QĐ-UBND", new DateOnly(2026, 3, 3), "Chủ tịch");
        host.Time.Now = new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero); // Monday 09:00 in Hà Nội

        var draft = await host.As<OperationResult<int>, ProposalService>(people.Proposer, s => s.CreateDraftAsync(Complete("Theo dõi trách nhiệm")));
        Assert.Equal(people.ProposerId, (await Load(draft.Value)).ResponsibleOfficerId);

        await host.As<OperationResult, ProposalService>(people.Proposer, s => s.SubmitAsync(draft.Value, Complete("Theo dõi trách nhiệm"), 1));
        var submitted = await Load(draft.Value);
        Assert.Equal(people.HeadId, submitted.ResponsibleOfficerId);
        Assert.Equal(new DateOnly(2026, 3, 11), submitted.StepDueOn);
        Assert.Equal(host.Time.Now.UtcDateTime, submitted.StepSinceUtc);

        // Recording the Party opinion is work within the step: the head still holds it, since the same day.
        host.Time.Now = host.Time.Now.AddDays(1);
        await host.StepAsync(people.Head, draft.Value, (w, v) => w.RecordPartyOpinionAsync(draft.Value, v));
        Assert.Equal(submitted.StepSinceUtc, (await Load(draft.Value)).StepSinceUtc);

        await host.StepAsync(people.Head, draft.Value, (w, v) => w.RecordConditionsAsync(draft.Value, v, TestConditions.AllMet));
        await host.StepAsync(people.Head, draft.Value, (w, v) => w.RecordVoteAsync(draft.Value, v, [new Vote(people.HeadId, true), new Vote(people.DeputyId, true)]));
        var approved = await Load(draft.Value);
        Assert.Equal((ProposalState.Approved, people.HeadId, new DateOnly(2026, 3, 11)), (approved.State, approved.ResponsibleOfficerId, approved.StepDueOn));

        await host.StepAsync(people.Head, draft.Value, (w, v) => w.IssueImplementationDecisionAsync(draft.Value, v, document));
        var inProgress = await Load(draft.Value);
        Assert.Equal(people.ProposerId, inProgress.ResponsibleOfficerId);
        Assert.Equal(new DateOnly(2026, 10, 7), inProgress.StepDueOn); // 30/9 + 5 working days: 1, 2, 5, 6, 7 October

        host.Time.Now = new DateTimeOffset(2026, 10, 1, 2, 0, 0, TimeSpan.Zero);
        var version = (await Load(draft.Value)).Version;
        var report = await host.As<OperationResult, ProgressService>(people.Proposer, p => p.ReportCompletionAsync(
            draft.Value, version, "Đã hoàn thành toàn bộ nội dung kế hoạch, số hóa 100% hồ sơ một cửa như cam kết."));
        Assert.True(report.Succeeded, string.Join("; ", report.Errors.Select(e => e.Message)));
        var reported = await Load(draft.Value);
        Assert.Equal((people.HeadId, new DateOnly(2026, 10, 12)), (reported.ResponsibleOfficerId, reported.StepDueOn)); // 2, 5, 6, 7, 8, 9, 12
    }

    [ServiceFact]
    public async Task A_rejected_proposal_has_nobody_responsible_and_leaves_the_heads_tasks()
    {
        var people = await PeopleAsync("R2");
        host.Time.Now = new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);
        var id = await host.SubmittedAsync(people.Proposer, Complete("Sẽ bị từ chối"));
        Assert.Contains(await host.As<IReadOnlyList<TaskItem>, ProposalService>(people.Head, s => s.MyTasksAsync()), t => t.ProposalId == id);

        // Art. 8(1): rejection only after the leadership vote did not pass.
        await host.StepAsync(people.Head, id, (w, v) => w.RecordPartyOpinionAsync(id, v));
        await host.StepAsync(people.Head, id, (w, v) => w.RecordVoteAsync(id, v, [new Vote(people.HeadId, false), new Vote(people.DeputyId, false)]));
        await host.StepAsync(people.Head, id, (w, v) => w.RejectAsync(id, v, "Không đáp ứng Điều 5"));

        var rejected = await Load(id);
        Assert.Null(rejected.ResponsibleOfficerId);
        Assert.Null(rejected.StepDueOn);
        Assert.DoesNotContain(await host.As<IReadOnlyList<TaskItem>, ProposalService>(people.Head, s => s.MyTasksAsync()), t => t.ProposalId == id);
    }

    [ServiceFact]
    public async Task My_tasks_put_the_overdue_first_then_by_deadline_with_working_days_left()
    {
        var people = await PeopleAsync("R3");
        host.Time.Now = new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);
        var older = await host.SubmittedAsync(people.Proposer, Complete("Nhận thứ hai tuần trước"));      // due 11/3
        host.Time.Now = new DateTimeOffset(2026, 3, 4, 2, 0, 0, TimeSpan.Zero);
        var newer = await host.SubmittedAsync(people.Proposer, Complete("Nhận thứ tư"));                   // due 13/3
        host.Time.Now = new DateTimeOffset(2026, 3, 12, 2, 0, 0, TimeSpan.Zero);  // Thursday 12/3

        var tasks = await host.As<IReadOnlyList<TaskItem>, ProposalService>(people.Head, s => s.MyTasksAsync());

        Assert.Equal([older, newer], tasks.Select(t => t.ProposalId).ToArray());
        Assert.Equal([-1, 1], tasks.Select(t => t.DaysLeft!.Value).ToArray());
        Assert.Empty(await host.As<IReadOnlyList<TaskItem>, ProposalService>(people.Proposer, s => s.MyTasksAsync()));
    }

    [ServiceFact]
    public async Task The_list_filters_by_overdue_responsible_person_unit_field_and_year()
    {
        var people = await PeopleAsync("R4");
        var other = await PeopleAsync("R4B");
        host.Time.Now = new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);
        var late = await host.SubmittedAsync(people.Proposer, Complete("Sẽ quá hạn"));
        host.Time.Now = new DateTimeOffset(2026, 3, 11, 2, 0, 0, TimeSpan.Zero);
        var onTime = await host.SubmittedAsync(people.Proposer, Complete("Còn hạn"));
        var elsewhere = await host.SubmittedAsync(other.Proposer, Complete("Đơn vị khác"));
        host.Time.Now = new DateTimeOffset(2026, 3, 12, 2, 0, 0, TimeSpan.Zero);

        async Task<int[]> List(string userId, ProposalFilter filter) =>
            (await host.As<KeysetPage<ProposalListItem>, ProposalService>(userId, s => s.ListAsync(filter))).Items.Select(i => i.Id).ToArray();

        Assert.Equal([late], await List(people.Head, new ProposalFilter(Overdue: true)));
        Assert.Equal([onTime, late], await List(people.Head, new ProposalFilter(ResponsibleOfficerId: people.HeadId)));
        Assert.Empty(await List(people.Head, new ProposalFilter(ResponsibleOfficerId: other.HeadId)));
        Assert.Equal([onTime, late], await List(people.Head, new ProposalFilter(UnitId: people.Commune.Id)));
        Assert.Empty(await List(people.Head, new ProposalFilter(UnitId: other.Commune.Id)));
        Assert.Equal([onTime, late], await List(people.Head, new ProposalFilter(FieldId: 2)));
        Assert.Empty(await List(people.Head, new ProposalFilter(FieldId: 3)));
        Assert.Equal([onTime, late], await List(people.Head, new ProposalFilter(Year: 2026)));
        Assert.Empty(await List(people.Head, new ProposalFilter(Year: 2025)));
        Assert.Equal([elsewhere], await List(other.Head, new ProposalFilter()));
        var item = (await host.As<KeysetPage<ProposalListItem>, ProposalService>(people.Head, s => s.ListAsync(new ProposalFilter(Overdue: true)))).Items.Single();
        Assert.Equal("Cán bộ ct.R4", item.ResponsibleName);
    }
}

public sealed class ProposalStepServiceTests_Sqlite(SqliteServiceHost host) : ProposalStepServiceTests(host), IClassFixture<SqliteServiceHost>;

[RequiresPostgres]
public sealed class ProposalStepServiceTests_PostgreSql(PostgresServiceHost host) : ProposalStepServiceTests(host), IClassFixture<PostgresServiceHost>;
