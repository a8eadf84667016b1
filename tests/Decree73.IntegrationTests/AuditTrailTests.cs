using Decree73.Application.Audit;
using Decree73.Application.Common;
using Decree73.Application.Proposals;
using Decree73.Domain.Access;
using Decree73.Domain.Audit;
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

public abstract class AuditTrailTests(ServiceHost host)
{
    private sealed record Setup(OrganisationUnit Commune, string Proposer, int ProposerOfficer, string Head, int HeadOfficer);

    private async Task<Setup> PeopleAsync(string code)
    {
        var province = await host.AddUnitAsync(code, kind: UnitKind.Province);
        var commune = await host.AddUnitAsync(code + "-XA", province);
        var office = await host.AddUnitAsync(code + "-XA-KT", commune, UnitKind.CommuneOffice);
        var (proposer, proposerOfficer) = await host.AddOfficerAsync($"tp.{code}@test.vn".ToLowerInvariant(), office, PostKind.Manager, (AppRole.Proposer, commune));
        var (head, headOfficer) = await host.AddOfficerAsync($"ct.{code}@test.vn".ToLowerInvariant(), commune, PostKind.Head, (AppRole.UnitHead, commune));
        return new Setup(commune, proposer, proposerOfficer, head, headOfficer);
    }

    private Task<List<AuditEntry>> EntriesAsync(int proposalId) =>
        host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking()
            .Where(a => a.ProposalId == proposalId).OrderBy(a => a.Sequence).ToListAsync());

    private Task<AuditVerification> VerifyAsync() =>
        host.InScopeAsync(sp => sp.GetRequiredService<AuditVerifier>().VerifyAsync());

    private Task<int> VersionAsync(int id) =>
        host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Proposals.Where(p => p.Id == id).Select(p => p.Version).SingleAsync());

    [ServiceFact]
    public async Task Creating_and_submitting_a_proposal_writes_a_chained_entry_for_each_with_who_when_what_and_from_where()
    {
        var people = await PeopleAsync("AU1");
        host.CurrentUser.ClientIp = "203.0.113.7";
        host.Time.Now = new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);

        var id = await host.SubmittedAsync(people.Proposer, Complete("Số hóa hồ sơ một cửa"));
        host.CurrentUser.ClientIp = null;

        var entries = await EntriesAsync(id);
        Assert.Equal([AuditActions.Created, "Submitted"], entries.Select(e => e.Action).ToArray());
        Assert.All(entries, e => Assert.Equal(id, e.ProposalId));
        Assert.All(entries, e => Assert.Equal(people.Proposer, e.UserId));
        Assert.All(entries, e => Assert.Equal(people.ProposerOfficer, e.OfficerId));
        Assert.All(entries, e => Assert.Equal("203.0.113.7", e.ClientIp));
        Assert.All(entries, e => Assert.Equal(new DateTime(2026, 3, 2, 2, 0, 0, DateTimeKind.Utc), e.OccurredAtUtc));
        Assert.Equal([1, 2], entries.Select(e => e.Sequence).ToArray());
        Assert.Null(entries[0].Before);
        Assert.Contains("\"Title\":\"Số hóa hồ sơ một cửa\"", entries[0].After);
        Assert.Equal(id, entries[0].EntityId);
        Assert.Null(entries[0].PreviousHash);
        Assert.Equal(entries[0].Hash, entries[1].PreviousHash);
        Assert.Contains("\"State\":\"Draft\"", entries[1].Before);
        Assert.Contains("\"State\":\"Submitted\"", entries[1].After);
        Assert.Contains("\"ReceiptNumber\":", entries[1].After);
        // Only what changed: the title was saved again unchanged, so it is not in the submission's entry.
        Assert.DoesNotContain("Title", entries[1].After);
        Assert.DoesNotContain("Version", entries[1].After);
        Assert.DoesNotContain((await VerifyAsync()).Breaks, b => b.ProposalId == id);
    }

    [ServiceFact]
    public async Task A_transition_audits_the_proposal_and_its_new_decision_and_the_chain_verifies()
    {
        var people = await PeopleAsync("AU2");
        var id = await host.SubmittedAsync(people.Proposer, Complete("Tiếp nhận hồ sơ trực tuyến"));

        // Before the vote the head may only return the proposal (Art. 8(1)); that is the transition audited here.
        var rejected = await host.As<OperationResult, ProposalWorkflowService>(people.Head, w => w.ReturnForRevisionAsync(id, 2, "Không khả thi"));

        Assert.True(rejected.Succeeded, string.Join("; ", rejected.Errors.Select(e => e.Message)));
        var entries = await EntriesAsync(id);
        Assert.Equal([AuditActions.Created, "Submitted", "ReturnedForRevision", "ProposalDecisionAdded"], entries.Select(e => e.Action).ToArray());
        var decision = entries[3];
        Assert.Equal(people.HeadOfficer, decision.OfficerId);
        Assert.Contains("\"Kind\":\"ReturnForRevision\"", decision.After);
        Assert.Contains("\"Reason\":\"Không khả thi\"", decision.After);
        Assert.NotNull(decision.EntityId);
        Assert.Equal(entries[2].Hash, decision.PreviousHash);
        var check = await VerifyAsync();
        Assert.DoesNotContain(check.Breaks, b => b.ProposalId == id);
        Assert.True(check.EntriesChecked >= 4);
    }

    [ServiceFact]
    public async Task A_save_lost_to_a_concurrent_one_leaves_no_audit_entry()
    {
        var people = await PeopleAsync("AU3");
        host.CurrentUser.UserId = people.Proposer;
        var draft = await host.As<OperationResult<int>, ProposalService>(people.Proposer, s => s.CreateDraftAsync(Complete("Bản nháp tranh chấp")));

        OperationResult? late = null;
        await host.InScopeAsync(async slow =>
        {
            var slowDb = slow.GetRequiredService<AppDbContext>();
            var stale = await slowDb.Proposals.SingleAsync(p => p.Id == draft.Value);

            var first = await host.As<OperationResult, ProposalService>(people.Proposer, s => s.UpdateDraftAsync(draft.Value, Complete("Bản nháp của người thứ nhất"), 1));
            Assert.True(first.Succeeded);

            stale.Title = "Bản nháp của người thứ hai";
            late = await slowDb.SaveVersionedAsync(stale, 1, CancellationToken.None);

            // The context is still usable: its transaction was rolled back, not left open.
            Assert.Null(slowDb.Database.CurrentTransaction);
            Assert.Equal("Bản nháp của người thứ nhất", (await slowDb.Proposals.AsNoTracking().SingleAsync(p => p.Id == draft.Value)).Title);
        });

        Assert.Equal(OperationStatus.Conflict, late!.Status);
        var entries = await EntriesAsync(draft.Value);
        Assert.Equal([AuditActions.Created, AuditActions.DraftEdited], entries.Select(e => e.Action).ToArray());
        Assert.Contains("người thứ nhất", entries[1].After);
        Assert.DoesNotContain(entries, e => e.After?.Contains("người thứ hai") == true);
    }

    [ServiceFact]
    public async Task Editing_a_stored_entry_with_sql_is_reported_at_that_entry()
    {
        var people = await PeopleAsync("AU4");
        var id = await host.SubmittedAsync(people.Proposer, Complete("Chữ ký số cho văn bản"));
        var entries = await EntriesAsync(id);
        var target = entries[1];

        await host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Database
            .ExecuteSqlAsync($"UPDATE \"AuditEntries\" SET \"After\" = {target.After!.Replace("Submitted", "Approved")} WHERE \"Id\" = {target.Id}"));

        var check = await VerifyAsync();
        var broken = Assert.Single(check.Breaks, b => b.ProposalId == id);
        Assert.Equal(new AuditBreak(id, target.Id, 2, AuditBreakKind.ContentChanged), broken);
    }

    [ServiceFact]
    public async Task Deleting_an_entry_in_the_middle_is_reported_at_the_next_one()
    {
        var people = await PeopleAsync("AU5");
        var id = await host.SubmittedAsync(people.Proposer, Complete("Lưu trữ điện tử"));
        await host.As<OperationResult, ProposalWorkflowService>(people.Head, w => w.RecordPartyOpinionAsync(id, 2));
        var entries = await EntriesAsync(id);
        Assert.Equal(3, entries.Count);
        Assert.Equal(AuditActions.PartyOpinionRecorded, entries[2].Action);

        await host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Database
            .ExecuteSqlAsync($"DELETE FROM \"AuditEntries\" WHERE \"Id\" = {entries[1].Id}"));

        var broken = Assert.Single((await VerifyAsync()).Breaks, b => b.ProposalId == id);
        Assert.Equal(new AuditBreak(id, entries[2].Id, 3, AuditBreakKind.EntriesMissing), broken);
    }

    [ServiceFact]
    public async Task Rewriting_an_entry_and_its_hash_is_reported_at_the_entry_after_it()
    {
        var people = await PeopleAsync("AU6");
        var id = await host.SubmittedAsync(people.Proposer, Complete("Thanh toán không dùng tiền mặt"));
        await host.As<OperationResult, ProposalWorkflowService>(people.Head, w => w.RecordPartyOpinionAsync(id, 2));
        var entries = await EntriesAsync(id);
        var forged = new AuditEntry(id, 2, entries[1].OccurredAtUtc, entries[1].UserId, entries[1].OfficerId, entries[1].Action, entries[1].Entity,
            entries[1].EntityId, entries[1].Before, "{\"State\":\"Approved\"}", entries[1].ClientIp, entries[1].PreviousHash);

        await host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Database
            .ExecuteSqlAsync($"UPDATE \"AuditEntries\" SET \"After\" = {forged.After}, \"Hash\" = {forged.Hash} WHERE \"Id\" = {entries[1].Id}"));

        var broken = Assert.Single((await VerifyAsync()).Breaks, b => b.ProposalId == id);
        Assert.Equal(new AuditBreak(id, entries[2].Id, 3, AuditBreakKind.ChainBroken), broken);
    }

    [ServiceFact]
    public async Task Updating_or_deleting_an_entry_through_the_context_is_refused()
    {
        var people = await PeopleAsync("AU7");
        host.CurrentUser.UserId = people.Proposer;
        var draft = await host.As<OperationResult<int>, ProposalService>(people.Proposer, s => s.CreateDraftAsync(Complete("Không được sửa nhật ký")));

        await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var entry = await db.AuditEntries.SingleAsync(a => a.ProposalId == draft.Value);
            db.Entry(entry).Property(a => a.After).CurrentValue = "{}";
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        });
        await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            db.AuditEntries.Remove(await db.AuditEntries.SingleAsync(a => a.ProposalId == draft.Value));
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        });

        var stored = Assert.Single(await EntriesAsync(draft.Value));
        Assert.NotEqual("{}", stored.After);
        Assert.DoesNotContain((await VerifyAsync()).Breaks, b => b.ProposalId == draft.Value);
    }

    [ServiceFact]
    public async Task The_history_names_the_people_and_lists_each_change()
    {
        var people = await PeopleAsync("AU8");
        var id = await host.SubmittedAsync(people.Proposer, Complete("Một cửa liên thông"));
        await host.As<OperationResult, ProposalWorkflowService>(people.Head, w => w.ReturnForRevisionAsync(id, 2, "Trùng lặp"));

        var history = await host.InScopeAsync(sp => sp.GetRequiredService<ProposalHistory>().OfAsync(id));

        Assert.Equal(4, history.Count);
        Assert.Equal("Cán bộ tp.au8", history[0].ByName);
        var submitted = history[1];
        Assert.Contains(submitted.Changes, c => c is { Field: "State", Before: "Draft", After: "Submitted" });
        var decision = history[3];
        Assert.Equal("Cán bộ ct.au8", decision.ByName);
        Assert.Contains(decision.Changes, c => c is { Field: "DecidedByOfficerId", Before: null, After: "Cán bộ ct.au8" });
    }
}

public sealed class AuditTrailTests_Sqlite(SqliteServiceHost host) : AuditTrailTests(host), IClassFixture<SqliteServiceHost>;

[RequiresPostgres]
public sealed class AuditTrailTests_PostgreSql(PostgresServiceHost host) : AuditTrailTests(host), IClassFixture<PostgresServiceHost>;
