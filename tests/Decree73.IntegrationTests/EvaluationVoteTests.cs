using Decree73.Application.Audit;
using Decree73.Application.Common;
using Decree73.Application.Proposals;
using Decree73.Application.Resources;
using Decree73.Domain.Access;
using Decree73.Domain.Organisation;
using Decree73.Domain.People;
using Decree73.Domain.Proposals;
using Decree73.Infrastructure.Persistence;
using Decree73.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;
using static Decree73.TestSupport.ProposalInputs;

namespace Decree73.IntegrationTests;

/// <summary>
/// The evaluation meeting of Art. 9(2) on a real database (the same roster, share and tie rule as the approval vote of
/// Art. 8(1)), and the members' own positions given before a meeting ("Chờ biểu quyết").
/// </summary>
public abstract class EvaluationVoteTests(ServiceHost host)
{
    private static readonly EvaluationFindings Findings = new(true, true, true, false, null);
    private static readonly DecisionDocument Evaluation = new("20/QĐ-UBND", new DateOnly(2026, 10, 6), "Chủ tịch UBND");

    private sealed record People(
        OrganisationUnit Commune, string Proposer, string Head, int HeadId, string Deputy, int DeputyId, string Deputy2, int Deputy2Id,
        string Interior, string OtherDeputy);

    /// <summary>A commune whose leadership is a head and two deputies, its Interior officer, and a deputy of another commune.</summary>
    private async Task<People> PeopleAsync(string code)
    {
        var commune = await host.AddUnitAsync(code);
        var office = await host.AddUnitAsync(code + "-KT", commune, UnitKind.CommuneOffice);
        var other = await host.AddUnitAsync(code + "-KHAC");
        var lower = code.ToLowerInvariant();
        var (proposer, _) = await host.AddOfficerAsync($"tp.{lower}@test.vn", office, PostKind.Manager, (AppRole.Proposer, commune));
        var (head, headId) = await host.AddOfficerAsync($"ct.{lower}@test.vn", commune, PostKind.Head, (AppRole.UnitHead, commune));
        var (deputy, deputyId) = await host.AddOfficerAsync($"pct.{lower}@test.vn", commune, PostKind.Deputy, (AppRole.LeadershipMember, commune));
        var (deputy2, deputy2Id) = await host.AddOfficerAsync($"pct2.{lower}@test.vn", commune, PostKind.Deputy, (AppRole.LeadershipMember, commune));
        var (interior, _) = await host.AddOfficerAsync($"nv.{lower}@test.vn", office, PostKind.Manager, (AppRole.InteriorOfficer, commune));
        var (otherDeputy, _) = await host.AddOfficerAsync($"pct.khac.{lower}@test.vn", other, PostKind.Deputy, (AppRole.LeadershipMember, other));
        return new People(commune, proposer, head, headId, deputy, deputyId, deputy2, deputy2Id, interior, otherDeputy);
    }

    private Task<Proposal> Load(int id) => host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Proposals
        .Include(p => p.Votes).Include(p => p.VotePositions).Include(p => p.Decisions).AsNoTracking().SingleAsync(p => p.Id == id));

    /// <summary>Received 2/3, approved 3/3 by the whole roster, implemented, completion reported 5/10, Party opinion given.</summary>
    private async Task<int> ReadyToEvaluateAsync(People people, string title)
    {
        host.Time.Now = new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);
        var id = await host.SubmittedAsync(people.Proposer, Complete(title));
        await host.StepAsync(people.Head, id, (w, v) => w.RecordPartyOpinionAsync(id, v));
        await host.StepAsync(people.Head, id, (w, v) => w.RecordConditionsAsync(id, v, TestConditions.AllMet));
        host.Time.Now = new DateTimeOffset(2026, 3, 3, 2, 0, 0, TimeSpan.Zero);
        await host.StepAsync(people.Head, id, (w, v) => w.RecordVoteAsync(id, v,
            [new Vote(people.HeadId, true), new Vote(people.DeputyId, true), new Vote(people.Deputy2Id, true)], new DateOnly(2026, 3, 3)));
        await host.StepAsync(people.Head, id, (w, v) => w.IssueImplementationDecisionAsync(id, v, new DecisionDocument("15/QĐ-UBND", new DateOnly(2026, 3, 4), "Chủ tịch UBND")));
        host.Time.Now = new DateTimeOffset(2026, 10, 5, 2, 0, 0, TimeSpan.Zero);
        var version = (await Load(id)).Version;
        var report = await host.As<OperationResult, ProgressService>(people.Proposer, p => p.ReportCompletionAsync(
            id, version, "Đã hoàn thành toàn bộ nội dung kế hoạch, số hóa 100% hồ sơ một cửa như cam kết ban đầu."));
        Assert.True(report.Succeeded, string.Join("; ", report.Errors.Select(e => e.Message)));
        await host.StepAsync(people.Head, id, (w, v) => w.RecordPartyOpinionAsync(id, v));
        host.Time.Now = new DateTimeOffset(2026, 10, 7, 2, 0, 0, TimeSpan.Zero);
        return id;
    }

    [ServiceFact]
    public async Task The_evaluation_needs_the_whole_roster_and_a_conclusion_not_adopted_is_not_recorded_until_a_new_meeting_adopts_it()
    {
        var people = await PeopleAsync("EV1");
        var id = await ReadyToEvaluateAsync(people, "Đánh giá theo biểu quyết");
        Task<OperationResult> Evaluate(Vote[] minutes, DateOnly? meetingOn) =>
            host.TryStepAsync(people.Head, id, (w, v) => w.EvaluateAsync(id, v, minutes, EvaluationOutcome.Completed, Findings, Evaluation, meetingOn));

        // The head alone, a member left out, no date, a meeting before the completion report: refused, nothing written.
        var headOnly = await Evaluate([new Vote(people.HeadId, true)], new DateOnly(2026, 10, 6));
        var missingOne = await Evaluate([new Vote(people.HeadId, true), new Vote(people.DeputyId, true)], new DateOnly(2026, 10, 6));
        Vote[] whole = [new Vote(people.HeadId, true), new Vote(people.DeputyId, true), new Vote(people.Deputy2Id, VoteChoice.Absent)];
        var noDate = await Evaluate(whole, null);
        var beforeReport = await Evaluate(whole, new DateOnly(2026, 10, 2));
        Assert.Contains(headOnly.Errors, e => e.Message == ValidationMessages.Proposal_RosterIncomplete);
        Assert.Contains(missingOne.Errors, e => e.Message == ValidationMessages.Proposal_RosterIncomplete);
        Assert.Contains(noDate.Errors, e => e.Message == ValidationMessages.Proposal_MeetingDateRequired);
        Assert.Contains(beforeReport.Errors, e => e.Message == ValidationMessages.Proposal_MeetingDateInvalid);

        // The collective does not adopt the head's conclusion (1 for, 2 against): the evaluation is not recorded.
        var rejected = await Evaluate([new Vote(people.HeadId, true), new Vote(people.DeputyId, false), new Vote(people.Deputy2Id, false)], new DateOnly(2026, 10, 6));
        Assert.Contains(rejected.Errors, e => e.Message == ValidationMessages.Proposal_EvaluationNotAdopted);
        var pending = await Load(id);
        Assert.Equal(ProposalState.CompletionReported, pending.State);
        Assert.Null(pending.Outcome);
        Assert.DoesNotContain(pending.Votes, v => v.Stage == VoteStage.Evaluation);
        Assert.DoesNotContain(pending.Decisions, d => d.Kind == DecisionKind.EvaluationResult);

        // The head revises the conclusion; a new meeting adopts it: 1 for, 1 against, 1 absent is a tie the head's side wins.
        await host.StepAsync(people.Head, id, (w, v) => w.EvaluateAsync(id, v,
            [new Vote(people.HeadId, true), new Vote(people.DeputyId, false), new Vote(people.Deputy2Id, VoteChoice.Absent)],
            EvaluationOutcome.PartlyCompleted, Findings with { ObjectiveCauses = "Thiếu kinh phí", SubjectiveCauses = "Chậm triển khai" },
            Evaluation, new DateOnly(2026, 10, 7)));
        var evaluated = await Load(id);
        Assert.Equal(ProposalState.Evaluated, evaluated.State);
        Assert.Equal(EvaluationOutcome.PartlyCompleted, evaluated.Outcome);
        var minutes = evaluated.Votes.Where(v => v.Stage == VoteStage.Evaluation).ToList();
        Assert.Equal(3, minutes.Count);
        Assert.All(minutes, v => Assert.Equal(new DateOnly(2026, 10, 7), v.MeetingOn));
        Assert.Equal(VoteChoice.Absent, minutes.Single(v => v.OfficerId == people.Deputy2Id).Choice);

        // The minutes are in the proposal's history.
        var history = await host.InScopeAsync(sp => sp.GetRequiredService<ProposalHistory>().OfAsync(id));
        var evaluationVotes = history.Where(h => h.Action == "ProposalVoteAdded" && h.Changes.Any(c => c.Field == "Stage" && c.After == "Evaluation")).ToList();
        Assert.Equal(3, evaluationVotes.Count);
        Assert.All(evaluationVotes, h => Assert.Contains(h.Changes, c => c.Field == "MeetingOn" && c.After == "2026-10-07"));
    }

    [ServiceFact]
    public async Task The_share_of_the_evaluation_vote_follows_the_vote_base_setting()
    {
        var people = await PeopleAsync("EV2");
        var id = await ReadyToEvaluateAsync(people, "Đánh giá trên toàn bộ thành viên");
        Vote[] minutes = [new Vote(people.HeadId, true), new Vote(people.DeputyId, false), new Vote(people.Deputy2Id, VoteChoice.Absent)];
        var options = host.Services.GetRequiredService<IOptions<ProposalOptions>>().Value;
        var before = options.VoteBase;
        options.VoteBase = VoteBase.AllMembers;
        try
        {
            // Of all three members only one is for: not more than half, not a tie.
            var refused = await host.TryStepAsync(people.Head, id, (w, v) => w.EvaluateAsync(id, v, minutes, EvaluationOutcome.Completed, Findings, Evaluation, new DateOnly(2026, 10, 6)));
            Assert.Contains(refused.Errors, e => e.Message == ValidationMessages.Proposal_EvaluationNotAdopted);
        }
        finally
        {
            options.VoteBase = before;
        }

        // Of the votes expressed (the default), one for and one against: a tie, the head's side wins.
        await host.StepAsync(people.Head, id, (w, v) => w.EvaluateAsync(id, v, minutes, EvaluationOutcome.Completed, Findings, Evaluation, new DateOnly(2026, 10, 6)));
        Assert.Equal(ProposalState.Evaluated, (await Load(id)).State);
    }

    [ServiceFact]
    public async Task A_deputy_gives_their_own_position_before_the_meeting_until_the_head_records_the_minutes()
    {
        var people = await PeopleAsync("EV3");
        // A deputy who proposes: not in the roster of their own proposal (Art. 8(1)).
        var (deputyProposer, deputyProposerId) = await host.AddOfficerAsync("pct3.ev3@test.vn", people.Commune, PostKind.Deputy,
            (AppRole.LeadershipMember, people.Commune), (AppRole.Proposer, people.Commune));
        host.Time.Now = new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);
        var id = await host.SubmittedAsync(people.Proposer, Complete("Ý kiến trước cuộc họp"));
        var own = await host.SubmittedAsync(deputyProposer, Complete("Đề xuất của phó chủ tịch"));
        Task<OperationResult> Position(string userId, int proposalId, bool inFavour, string? note = null) =>
            host.TryStepAsync(userId, proposalId, (w, v) => w.RecordPositionAsync(proposalId, v, inFavour, note));

        // Both proposals wait for the deputy's vote; the deputy-proposer sees only the other one.
        var pending = await host.As<IReadOnlyList<PendingVoteItem>, PendingVoteQueries>(people.Deputy, q => q.MineAsync());
        Assert.Equal([id, own], pending.Select(p => p.ProposalId).Order().ToArray());
        Assert.All(pending, p => Assert.Null(p.MyPosition));
        var theirs = await host.As<IReadOnlyList<PendingVoteItem>, PendingVoteQueries>(deputyProposer, q => q.MineAsync());
        Assert.Equal(id, Assert.Single(theirs).ProposalId);
        Assert.Empty(await host.As<IReadOnlyList<PendingVoteItem>, PendingVoteQueries>(people.Head, q => q.MineAsync()));

        // The deputy gives a position and changes it; the second deputy adds a note.
        Assert.True((await Position(people.Deputy, id, true)).Succeeded);
        Assert.True((await Position(people.Deputy, id, false, "Cần bổ sung kinh phí")).Succeeded);
        Assert.True((await Position(people.Deputy2, id, true, "  Đồng ý  ")).Succeeded);
        var recorded = (await Load(id)).VotePositions;
        Assert.Equal(2, recorded.Count);
        var first = recorded.Single(p => p.OfficerId == people.DeputyId);
        Assert.False(first.InFavour);
        Assert.Equal("Cần bổ sung kinh phí", first.Note);
        Assert.Equal(VoteStage.Approval, first.Stage);
        Assert.Equal("Đồng ý", recorded.Single(p => p.OfficerId == people.Deputy2Id).Note);
        Assert.False((await host.As<IReadOnlyList<PendingVoteItem>, PendingVoteQueries>(people.Deputy, q => q.MineAsync())).Single(p => p.ProposalId == id).MyPosition);

        // Not for the proposer, the deputy-proposer on their own proposal, the Interior officer (who read it: refused,
        // ProposalAccess.MayRecordPositionAsync), or a deputy elsewhere (who may not read it: not found).
        Assert.Equal(OperationStatus.Forbidden, (await Position(people.Proposer, id, true)).Status);
        Assert.Equal(OperationStatus.Forbidden, (await Position(deputyProposer, own, true)).Status);
        Assert.Equal(OperationStatus.Forbidden, (await Position(people.Interior, id, true)).Status);
        Assert.Equal(OperationStatus.NotFound, (await Position(people.OtherDeputy, id, true)).Status);
        Assert.DoesNotContain((await Load(own)).VotePositions, p => p.OfficerId == deputyProposerId);

        // The head records the minutes (the deputy-proposer is in the roster of this proposal): the round ends, the
        // positions are cleared and can no longer be given.
        await host.StepAsync(people.Head, id, (w, v) => w.RecordPartyOpinionAsync(id, v));
        await host.StepAsync(people.Head, id, (w, v) => w.RecordConditionsAsync(id, v, TestConditions.AllMet));
        await host.StepAsync(people.Head, id, (w, v) => w.RecordVoteAsync(id, v,
            [new Vote(people.HeadId, true), new Vote(people.DeputyId, false), new Vote(people.Deputy2Id, true), new Vote(deputyProposerId, VoteChoice.Absent)],
            new DateOnly(2026, 3, 2)));
        var approved = await Load(id);
        Assert.Equal(ProposalState.Approved, approved.State);
        Assert.Empty(approved.VotePositions);
        Assert.Equal(OperationStatus.Forbidden, (await Position(people.Deputy, id, true)).Status);
        Assert.DoesNotContain(await host.As<IReadOnlyList<PendingVoteItem>, PendingVoteQueries>(people.Deputy, q => q.MineAsync()), p => p.ProposalId == id);
    }
}

public sealed class EvaluationVoteTests_Sqlite(SqliteServiceHost host) : EvaluationVoteTests(host), IClassFixture<SqliteServiceHost>;

[RequiresPostgres]
public sealed class EvaluationVoteTests_PostgreSql(PostgresServiceHost host) : EvaluationVoteTests(host), IClassFixture<PostgresServiceHost>;
