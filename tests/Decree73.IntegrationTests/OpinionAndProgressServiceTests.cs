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

/// <summary>Opinions, implementers, milestones, progress and the completion report through the services, on a real database.</summary>
public abstract class OpinionAndProgressServiceTests(ServiceHost host)
{
    private const string Report = "Đã số hóa toàn bộ hồ sơ một cửa của phường; thời gian xử lý giảm 40% so với trước khi áp dụng.";

    private sealed record Cast(
        int ProposalId, string Proposer, string Head, int HeadId, int DeputyId, string Deputy, string Clerk, int ClerkId, string Outsider, int OutsiderId);

    private Task<Proposal> Load(int id) =>
        host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Proposals.AsNoTracking()
            .Include(p => p.OpinionRequests).Include(p => p.Milestones).Include(p => p.ProgressUpdates).Include(p => p.AssignedImplementers)
            .AsSplitQuery().SingleAsync(p => p.Id == id));

    private async Task<int> VersionOf(int id) => (await Load(id)).Version;

    /// <summary>A submitted proposal with a milestone, in a ward whose office has a clerk; another ward has an outsider.</summary>
    private async Task<Cast> SubmittedAsync(string code)
    {
        var province = await host.AddUnitAsync(code, kind: UnitKind.Province);
        var ward = await host.AddUnitAsync(code + "-XA", province);
        var office = await host.AddUnitAsync(code + "-XA-VP", ward, UnitKind.CommuneOffice);
        var otherWard = await host.AddUnitAsync(code + "-XB", province);
        var (proposer, _) = await host.AddOfficerAsync($"tp.{code}@test.vn", office, PostKind.Manager, (AppRole.Proposer, ward));
        var (head, headId) = await host.AddOfficerAsync($"ct.{code}@test.vn", ward, PostKind.Head, (AppRole.UnitHead, ward));
        var (deputy, deputyId) = await host.AddOfficerAsync($"pct.{code}@test.vn", ward, PostKind.Deputy, (AppRole.LeadershipMember, ward));
        var (clerk, clerkId) = await host.AddOfficerAsync($"cv.{code}@test.vn", office, PostKind.None);
        var (outsider, outsiderId) = await host.AddOfficerAsync($"cv2.{code}@test.vn", otherWard, PostKind.None);

        var draft = await host.As<OperationResult<int>, ProposalService>(proposer, s => s.CreateDraftAsync(Complete("Một cửa số " + code, endOn: new DateOnly(2026, 12, 31))));
        var added = await host.As<OperationResult, ProgressService>(proposer, s => s.AddMilestoneAsync(draft.Value!, 1, "Số hóa 50% hồ sơ", new DateOnly(2026, 6, 30)));
        Assert.True(added.Succeeded, string.Join("; ", added.Errors.Select(e => e.Message)));
        var submitted = await host.As<OperationResult, ProposalService>(proposer, s => s.SubmitAsync(draft.Value!, Complete("Một cửa số " + code, endOn: new DateOnly(2026, 12, 31)), 2));
        Assert.True(submitted.Succeeded, string.Join("; ", submitted.Errors.Select(e => e.Message)));
        return new Cast(draft.Value!, proposer, head, headId, deputyId, deputy, clerk, clerkId, outsider, outsiderId);
    }

    private async Task ApprovedAndDecidedAsync(Cast c, params int[] implementers)
    {
        var id = c.ProposalId;
        var ask = await host.As<OperationResult, OpinionService>(c.Head, s => s.RequestAsync(id, 3, OpinionKind.PartyCommittee, "Đảng ủy phường", null));
        Assert.True(ask.Succeeded);
        var requestId = (await Load(id)).OpinionRequests.Single().Id;
        Assert.True((await host.As<OperationResult, OpinionService>(c.Head, s => s.RecordResponseAsync(id, 4, requestId, "Nhất trí"))).Succeeded);
        Vote[] votes = [new(c.HeadId, true), new(c.DeputyId, true)];
        Assert.True((await host.As<OperationResult, ProposalWorkflowService>(c.Head, s => s.RecordConditionsAsync(id, 5, TestConditions.AllMet))).Succeeded);
        Assert.True((await host.As<OperationResult, ProposalWorkflowService>(c.Head, s => s.RecordVoteAsync(id, 6, votes))).Succeeded);
        var document = new DecisionDocument("12/QĐ-UBND", new DateOnly(2026, 11, 20), "Chủ tịch");
        var decided = await host.As<OperationResult, ProposalWorkflowService>(c.Head, s => s.IssueImplementationDecisionAsync(id, 7, document, implementers));
        Assert.True(decided.Succeeded, string.Join("; ", decided.Errors.Select(e => e.Message)));
    }

    [ServiceFact]
    public async Task A_party_request_is_due_in_working_days_and_its_answer_opens_the_vote()
    {
        var c = await SubmittedAsync("O1");
        var id = c.ProposalId;
        Vote[] votes = [new(c.HeadId, true), new(c.DeputyId, true)];

        var ask = await host.As<OperationResult, OpinionService>(c.Head, s => s.RequestAsync(id, 3, OpinionKind.PartyCommittee, " Đảng ủy phường ", null));
        var early = await host.As<OperationResult, ProposalWorkflowService>(c.Head, s => s.RecordVoteAsync(id, 4, votes));

        Assert.True(ask.Succeeded);
        Assert.Equal(OperationStatus.Invalid, early.Status);
        var asked = await Load(id);
        var request = Assert.Single(asked.OpinionRequests);
        Assert.Equal(ProposalState.OpinionsRequested, asked.State);
        Assert.Equal("Đảng ủy phường", request.Addressee);
        Assert.Equal(new DateOnly(2026, 11, 27), request.DueOn); // Friday 20/11/2026 + 5 working days

        var answer = await host.As<OperationResult, OpinionService>(c.Head, s => s.RecordResponseAsync(id, 4, request.Id, "Nhất trí với đề xuất"));
        Assert.True((await host.As<OperationResult, ProposalWorkflowService>(c.Head, s => s.RecordConditionsAsync(id, 5, TestConditions.AllMet))).Succeeded);
        var vote = await host.As<OperationResult, ProposalWorkflowService>(c.Head, s => s.RecordVoteAsync(id, 6, votes));

        Assert.True(answer.Succeeded);
        Assert.True(vote.Succeeded);
        var stored = await Load(id);
        Assert.Equal(ProposalState.Approved, stored.State);
        Assert.Equal("Nhất trí với đề xuất", stored.OpinionRequests.Single().Response);
        Assert.Equal(c.HeadId, stored.OpinionRequests.Single().RecordedByOfficerId);
    }

    [ServiceFact]
    public async Task Opinions_are_refused_to_others_and_to_stale_pages()
    {
        var c = await SubmittedAsync("O2");
        var id = c.ProposalId;

        var byDeputy = await host.As<OperationResult, OpinionService>(c.Deputy, s => s.RequestAsync(id, 3, OpinionKind.Expert, "Chuyên gia", new DateOnly(2026, 12, 1)));
        var byClerk = await host.As<OperationResult, OpinionService>(c.Clerk, s => s.RequestAsync(id, 3, OpinionKind.Expert, "Chuyên gia", new DateOnly(2026, 12, 1)));
        var pastDue = await host.As<OperationResult, OpinionService>(c.Head, s => s.RequestAsync(id, 3, OpinionKind.Expert, "Chuyên gia", new DateOnly(2026, 11, 19)));
        var ok = await host.As<OperationResult, OpinionService>(c.Head, s => s.RequestAsync(id, 3, OpinionKind.Expert, "Chuyên gia", new DateOnly(2026, 11, 20)));
        var requestId = (await Load(id)).OpinionRequests.Single().Id;
        var first = await host.As<OperationResult, OpinionService>(c.Head, s => s.RecordResponseAsync(id, 4, requestId, "Ý kiến một"));
        var stale = await host.As<OperationResult, OpinionService>(c.Head, s => s.RecordResponseAsync(id, 4, requestId, "Ý kiến hai"));

        Assert.Equal(OperationStatus.Invalid, byDeputy.Status);
        Assert.Equal(OperationStatus.NotFound, byClerk.Status); // the clerk may not read it at all
        Assert.Contains(pastDue.Errors, e => e.Field == "DueOn");
        Assert.True(ok.Succeeded);
        Assert.True(first.Succeeded);
        Assert.Equal(OperationStatus.Conflict, stale.Status);
        Assert.Equal("Ý kiến một", (await Load(id)).OpinionRequests.Single().Response);
    }

    [ServiceFact]
    public async Task An_unanswered_request_past_its_due_date_is_overdue()
    {
        var c = await SubmittedAsync("O3");
        await host.As<OperationResult, OpinionService>(c.Head, s => s.RequestAsync(c.ProposalId, 3, OpinionKind.Expert, "TS. An", new DateOnly(2026, 11, 23)));
        var request = (await Load(c.ProposalId)).OpinionRequests.Single();

        Assert.False(request.IsOverdue(new DateOnly(2026, 11, 23)));
        Assert.True(request.IsOverdue(new DateOnly(2026, 11, 24)));
    }

    [ServiceFact]
    public async Task Implementers_are_assigned_from_the_agency_subtree_only()
    {
        var c = await SubmittedAsync("O4");
        var id = c.ProposalId;
        await host.As<OperationResult, OpinionService>(c.Head, s => s.RequestAsync(id, 3, OpinionKind.PartyCommittee, "Đảng ủy", null));
        var requestId = (await Load(id)).OpinionRequests.Single().Id;
        await host.As<OperationResult, OpinionService>(c.Head, s => s.RecordResponseAsync(id, 4, requestId, "Nhất trí"));
        Assert.True((await host.As<OperationResult, ProposalWorkflowService>(c.Head, s => s.RecordConditionsAsync(id, 5, TestConditions.AllMet))).Succeeded);
        await host.As<OperationResult, ProposalWorkflowService>(c.Head, s => s.RecordVoteAsync(id, 6, [new(c.HeadId, true), new(c.DeputyId, true)]));
        var document = new DecisionDocument("12/QĐ-UBND", new DateOnly(2026, 11, 20), "Chủ tịch");

        var candidates = await host.As<IReadOnlyList<ImplementerOption>, ImplementerQueries>(c.Head, async q => await q.CandidatesAsync(await Load(id)));
        var outside = await host.As<OperationResult, ProposalWorkflowService>(c.Head, s => s.IssueImplementationDecisionAsync(id, 7, document, [c.ClerkId, c.OutsiderId]));
        var inside = await host.As<OperationResult, ProposalWorkflowService>(c.Head, s => s.IssueImplementationDecisionAsync(id, 7, document, [c.ClerkId]));

        Assert.Contains(candidates, o => o.OfficerId == c.ClerkId);
        Assert.DoesNotContain(candidates, o => o.OfficerId == c.OutsiderId);
        Assert.Contains(outside.Errors, e => e.Field == "Implementers");
        Assert.True(inside.Succeeded);
        var stored = await Load(id);
        Assert.Equal(ProposalState.InProgress, stored.State);
        Assert.Equal([c.ClerkId], stored.AssignedImplementers.Select(i => i.OfficerId).ToArray());
    }

    [ServiceFact]
    public async Task An_assigned_implementer_reads_the_proposal_reports_progress_and_completion()
    {
        var c = await SubmittedAsync("O5");
        var id = c.ProposalId;
        await ApprovedAndDecidedAsync(c, c.ClerkId);
        var milestoneId = (await Load(id)).Milestones.Single().Id;

        var canRead = await host.As<bool, ProposalAccess>(c.Clerk, async a => await a.CanReadAsync(await Load(id)));
        var update = await host.As<OperationResult, ProgressService>(c.Clerk, s => s.ReportProgressAsync(id, 8, 60, "Đã số hóa 600 hồ sơ", milestoneId));
        var down = await host.As<OperationResult, ProgressService>(c.Clerk, s => s.ReportProgressAsync(id, 9, 50, null, null));
        var tooShort = await host.As<OperationResult, ProgressService>(c.Clerk, s => s.ReportCompletionAsync(id, 9, "Xong."));
        var completed = await host.As<OperationResult, ProgressService>(c.Clerk, s => s.ReportCompletionAsync(id, 9, Report));

        Assert.True(canRead);
        var listed = await host.As<Application.Common.KeysetPage<ProposalListItem>, ProposalService>(c.Clerk, s => s.ListAsync(new ProposalFilter()));
        Assert.Contains(listed.Items, i => i.Id == id);
        Assert.True(update.Succeeded);
        Assert.Contains(down.Errors, e => e.Field == "Text");
        Assert.Contains(tooShort.Errors, e => e.Field == "Report");
        Assert.True(completed.Succeeded);
        var stored = await Load(id);
        Assert.Equal(60, stored.CurrentPercent);
        Assert.Equal(new DateOnly(2026, 11, 20), stored.Milestones.Single().DoneOn);
        Assert.Equal(c.ClerkId, stored.ProgressUpdates.Single().ReportedByOfficerId);
        Assert.Equal(ProposalState.CompletionReported, stored.State);
        Assert.Equal(Report, stored.CompletionReport);
        Assert.Equal(c.ClerkId, stored.CompletionReportedByOfficerId);
        Assert.Equal(host.Time.GetUtcNow().UtcDateTime, stored.CompletionReportedAtUtc);
    }

    [ServiceFact]
    public async Task Officers_not_assigned_cannot_report_progress()
    {
        var c = await SubmittedAsync("O6");
        var id = c.ProposalId;
        await ApprovedAndDecidedAsync(c);

        var deputy = await host.As<OperationResult, ProgressService>(c.Deputy, s => s.ReportProgressAsync(id, 8, 10, "x", null));
        var clerk = await host.As<OperationResult, ProgressService>(c.Clerk, s => s.ReportProgressAsync(id, 8, 10, "x", null));
        var outOfRange = await host.As<OperationResult, ProgressService>(c.Proposer, s => s.ReportProgressAsync(id, 8, 120, "x", null));

        Assert.Equal(OperationStatus.Invalid, deputy.Status); // reads it as leadership, but does not implement it
        Assert.Equal(OperationStatus.NotFound, clerk.Status);
        Assert.Contains(outOfRange.Errors, e => e.Field == "Percent");
        Assert.Empty((await Load(id)).ProgressUpdates);
    }

    [ServiceFact]
    public async Task Submitting_with_edited_milestone_rows_is_one_call_and_a_refused_row_saves_the_text_but_stops_the_submission()
    {
        var province = await host.AddUnitAsync("O7", kind: UnitKind.Province);
        var ward = await host.AddUnitAsync("O7-XA", province);
        var (proposer, _) = await host.AddOfficerAsync("tp.O7@test.vn", ward, PostKind.Manager, (AppRole.Proposer, ward));
        var (outsider, _) = await host.AddOfficerAsync("cv.O7@test.vn", ward, PostKind.None);
        var endOn = new DateOnly(2026, 12, 31);
        var id = (await host.As<OperationResult<int>, ProposalService>(proposer, s => s.CreateDraftAsync(Complete("Một cửa số O7", endOn: endOn)))).Value;
        Assert.True((await host.As<OperationResult, ProgressService>(proposer, s => s.AddMilestoneAsync(id, 1, "Số hóa 50% hồ sơ", new DateOnly(2026, 6, 30)))).Succeeded);
        var milestoneId = (await Load(id)).Milestones.Single().Id;

        // A row outside the plan's dates: the edited title of the text is saved, the row named, the draft not submitted.
        var outside = new DraftEdit(Complete("Một cửa số O7 (sửa)", endOn: endOn), await VersionOf(id), [new DraftMilestoneRow(milestoneId, "Số hóa hồ sơ", new DateOnly(2030, 1, 1))]);
        var refused = await host.As<OperationResult<Submission>, ProposalService>(proposer, s => s.SubmitDraftAsync(id, outside));
        Assert.Equal(OperationStatus.Invalid, refused.Status);
        Assert.Contains(refused.Errors, e => e.Field == "Milestones[0].DueOn");
        var afterRefusal = await Load(id);
        Assert.Equal((ProposalState.Draft, "Một cửa số O7 (sửa)"), (afterRefusal.State, afterRefusal.Title));
        Assert.Equal(new DateOnly(2026, 6, 30), afterRefusal.Milestones.Single().DueOn);

        // Someone else's draft does not exist for them.
        var edit = outside with { ExpectedVersion = afterRefusal.Version, Milestones = [new DraftMilestoneRow(milestoneId, "Số hóa hồ sơ", new DateOnly(2026, 11, 30))] };
        Assert.Equal(OperationStatus.NotFound, (await host.As<OperationResult<Submission>, ProposalService>(outsider, s => s.SubmitDraftAsync(id, edit))).Status);

        // The edited row is saved with the submission.
        var submitted = await host.As<OperationResult<Submission>, ProposalService>(proposer, s => s.SubmitDraftAsync(id, edit));
        Assert.True(submitted.Succeeded, string.Join("; ", submitted.Errors.Select(e => e.Message)));
        Assert.False(submitted.Value!.AlreadySubmitted);
        var stored = await Load(id);
        Assert.Equal(ProposalState.Submitted, stored.State);
        Assert.Equal(("Số hóa hồ sơ", new DateOnly(2026, 11, 30)), (stored.Milestones.Single().Title, stored.Milestones.Single().DueOn));

        // Posted again (the Back button): no error, the earlier receipt.
        var again = await host.As<OperationResult<Submission>, ProposalService>(proposer, s => s.SubmitDraftAsync(id, edit));
        Assert.Equal((true, stored.ReceiptNumber), (again.Value!.AlreadySubmitted, again.Value.ReceiptNumber));
    }
}

public sealed class OpinionAndProgressServiceTests_Sqlite(SqliteServiceHost host) : OpinionAndProgressServiceTests(host), IClassFixture<SqliteServiceHost>;

[RequiresPostgres]
public sealed class OpinionAndProgressServiceTests_PostgreSql(PostgresServiceHost host)
    : OpinionAndProgressServiceTests(host), IClassFixture<PostgresServiceHost>;
