using System.Text;
using Decree73.Application.Common;
using Decree73.Application.Protection;
using Decree73.Domain.Proposals;
using Decree73.Domain.Protection;
using Decree73.Infrastructure.Persistence;
using Decree73.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Decree73.IntegrationTests;

/// <summary>Protection decisions through the service on a real database: the §7 table, who decides, one per officer, need-to-know.</summary>
public abstract class ProtectionServiceTests(ServiceHost host)
{
    private static ProtectionInput Input(ProtectionType type, string? damage = null) => new()
    {
        Type = type, ActOn = new DateOnly(2025, 6, 30), DamageDescription = damage, DamageAmountVnd = damage is null ? null : 15_000_000m,
        DecisionNumber = "30/QĐ-UBND", DecisionSignedOn = new DateOnly(2026, 3, 20), DecisionSigner = "Chủ tịch UBND",
    };

    private Task<OperationResult<int>> Create(ProtectionWorld w, Person who, int proposalId, Person officer, ProtectionInput input, SignedFileUpload? file = null) =>
        host.As<OperationResult<int>, ProtectionService>(who.UserId, s => s.CreateAsync(proposalId, officer.OfficerId, input, file));

    private Task<int> CountAsync(int proposalId) =>
        host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().ProtectionDecisions.CountAsync(r => r.ProposalId == proposalId));

    private static void Refused(OperationResult result, string field, string messageStart)
    {
        Assert.Equal(OperationStatus.Invalid, result.Status);
        var error = Assert.Single(result.Errors);
        Assert.Equal(field, error.Field);
        Assert.StartsWith(messageStart, error.Message, StringComparison.Ordinal);
    }

    [ServiceFact]
    public async Task A_completed_proposal_allows_only_not_held_liable()
    {
        var w = await ProtectionWorld.CreateAsync(host, "PT1");
        var id = await w.ProposalAsync("Hoàn thành", EvaluationOutcome.Completed);

        foreach (var refused in new[] { ProtectionType.Exclusion, ProtectionType.Exemption, ProtectionType.Mitigation })
        {
            Refused(await Create(w, w.Head, id, w.Proposer, Input(refused)), "Type", "Hình thức bảo vệ này không được áp dụng");
        }

        var created = await Create(w, w.Head, id, w.Proposer, Input(ProtectionType.NotHeldLiable));
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Message)));
        var details = await host.As<ProtectionDetails?, ProtectionService>(w.Head.UserId, s => s.DetailsAsync(created.Value));
        Assert.Equal(ProtectionType.NotHeldLiable, details!.Type);
        // A công chức's act on 30/6/2025, the day before Decree 172/2025 took effect.
        Assert.Equal("Điều 11 Nghị định số 73/2023/NĐ-CP; Nghị định số 112/2020/NĐ-CP", details.LegalBasis);
        Assert.Equal(1, await CountAsync(id));
    }

    [ServiceFact]
    public async Task Not_or_partly_completed_without_damage_allows_only_exclusion_also_after_a_stop()
    {
        var w = await ProtectionWorld.CreateAsync(host, "PT2");
        var partly = await w.ProposalAsync("Hoàn thành một phần", EvaluationOutcome.PartlyCompleted);
        var stopped = await w.ProposalAsync("Dừng rồi đánh giá", EvaluationOutcome.NotCompleted, stopped: true);

        foreach (var id in new[] { partly, stopped })
        {
            foreach (var refused in new[] { ProtectionType.NotHeldLiable, ProtectionType.Exemption, ProtectionType.Mitigation })
            {
                Refused(await Create(w, w.Head, id, w.Implementer, Input(refused)), "Type", "Hình thức bảo vệ này không được áp dụng");
            }

            Assert.True((await Create(w, w.Head, id, w.Implementer, Input(ProtectionType.Exclusion))).Succeeded);
        }

        var panel = await host.As<ProtectionPanel?, ProtectionService>(w.Head.UserId, s => s.PanelAsync(stopped));
        Assert.Equal([ProtectionType.Exclusion], panel!.AllowedTypes);
        Assert.Equal(new DateOnly(2025, 6, 30), panel.DefaultActOn);
        Assert.Equal([w.Proposer.OfficerId, w.Implementer.OfficerId, w.Head.OfficerId], panel.Candidates.Select(c => c.Officer.OfficerId).ToArray());
    }

    [ServiceFact]
    public async Task With_damage_the_decider_chooses_among_exclusion_exemption_and_mitigation_and_describes_the_damage()
    {
        var w = await ProtectionWorld.CreateAsync(host, "PT3");
        var id = await w.ProposalAsync("Có thiệt hại", EvaluationOutcome.NotCompleted, new EvaluationFindings(true, true, true, true, "Hỏng thiết bị", "Thiếu kinh phí", "Chậm triển khai"));

        Refused(await Create(w, w.Head, id, w.Proposer, Input(ProtectionType.NotHeldLiable, "Hỏng")), "Type", "Hình thức bảo vệ này không được áp dụng");
        Refused(await Create(w, w.Head, id, w.Proposer, Input(ProtectionType.Exemption)), "DamageDescription", "Kết quả đánh giá xác định có thiệt hại");
        var negative = Input(ProtectionType.Exemption, "Hỏng");
        negative.DamageAmountVnd = -1;
        Refused(await Create(w, w.Head, id, w.Proposer, negative), "DamageAmountVnd", "Giá trị thiệt hại");

        Assert.True((await Create(w, w.Head, id, w.Proposer, Input(ProtectionType.Exemption, "Hỏng máy chủ"))).Succeeded);
        Assert.True((await Create(w, w.Head, id, w.Implementer, Input(ProtectionType.Mitigation, "Hỏng máy chủ"))).Succeeded);
        var stored = await host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().ProtectionDecisions.AsNoTracking()
            .Where(r => r.ProposalId == id).OrderBy(r => r.Id).ToListAsync());
        Assert.Equal([ProtectionType.Exemption, ProtectionType.Mitigation], stored.Select(r => r.Type).ToArray());
        // The viên chức's act on 30/6/2025 falls under Decree 112/2020 (Decree 234/2026 starts on 1/7/2026).
        Assert.Equal("112/2020/NĐ-CP", stored[1].DisciplineDecreeNumber);
        Assert.Equal(15_000_000m, stored[0].DamageAmountVnd);
    }

    [ServiceFact]
    public async Task Findings_not_met_refuse_every_type_with_the_reason_and_an_unevaluated_proposal_is_refused()
    {
        var w = await ProtectionWorld.CreateAsync(host, "PT4");
        // Art. 11(1): a completed proposal is not held liable whatever the findings; the findings decide only the other cases.
        var selfish = await w.ProposalAsync("Vì lợi ích nhóm", EvaluationOutcome.NotCompleted, new EvaluationFindings(true, false, false, false, null, "Thiếu kinh phí", "Chậm triển khai"));
        var running = await w.ProposalAsync("Đang thực hiện", null);

        foreach (var type in Enum.GetValues<ProtectionType>())
        {
            Refused(await Create(w, w.Head, selfish, w.Proposer, Input(type, "x")), "Type",
                "Không thuộc trường hợp được bảo vệ theo Nghị định 73: động cơ không trong sáng; không vì lợi ích chung");
        }

        Refused(await Create(w, w.Head, running, w.Proposer, Input(ProtectionType.Exclusion)), "", "Đề xuất chưa được đánh giá");
        Assert.Equal(0, await CountAsync(selfish) + await CountAsync(running));
    }

    [ServiceFact]
    public async Task Only_the_deciding_head_records_and_only_once_per_officer()
    {
        var w = await ProtectionWorld.CreateAsync(host, "PT5");
        var id = await w.ProposalAsync("Chỉ người đứng đầu", EvaluationOutcome.PartlyCompleted);

        Assert.Equal(OperationStatus.Forbidden, (await Create(w, w.Monitor, id, w.Proposer, Input(ProtectionType.Exclusion))).Status);
        foreach (var outsider in new[] { w.Administrator, w.Deputy, w.Proposer, w.Implementer, w.OtherHead, w.OtherProposer, w.OutsideMonitor })
        {
            Assert.Equal(OperationStatus.NotFound, (await Create(w, outsider, id, w.Proposer, Input(ProtectionType.Exclusion))).Status);
        }

        Assert.Equal(OperationStatus.NotFound, (await Create(w, w.Head, id, w.Deputy, Input(ProtectionType.Exclusion))).Status); // not concerned
        Assert.True((await Create(w, w.Head, id, w.Proposer, Input(ProtectionType.Exclusion))).Succeeded);
        Refused(await Create(w, w.Head, id, w.Proposer, Input(ProtectionType.Exclusion)), "OfficerId", "Cán bộ này đã có quyết định bảo vệ");
        Assert.Equal(1, await CountAsync(id));
    }

    [ServiceFact]
    public async Task Editing_keeps_to_the_allowed_types_recomputes_the_legal_basis_and_checks_the_version()
    {
        var w = await ProtectionWorld.CreateAsync(host, "PT6");
        var id = await w.ProposalAsync("Sửa quyết định", EvaluationOutcome.NotCompleted, new EvaluationFindings(true, true, true, true, "Hỏng", "Thiếu kinh phí", "Chậm triển khai"));
        var recordId = (await Create(w, w.Head, id, w.Proposer, Input(ProtectionType.Exclusion, "Hỏng"))).Value;
        var edit = Input(ProtectionType.Mitigation, "Hỏng máy");
        edit.ActOn = new DateOnly(2025, 7, 1);

        Refused(await host.As<OperationResult, ProtectionService>(w.Head.UserId, s => s.UpdateAsync(recordId, 1, Input(ProtectionType.NotHeldLiable, "x"))),
            "Type", "Hình thức bảo vệ này không được áp dụng");
        Assert.Equal(OperationStatus.Forbidden, (await host.As<OperationResult, ProtectionService>(w.Monitor.UserId, s => s.UpdateAsync(recordId, 1, edit))).Status);
        Assert.Equal(OperationStatus.NotFound, (await host.As<OperationResult, ProtectionService>(w.Deputy.UserId, s => s.UpdateAsync(recordId, 1, edit))).Status);
        Assert.True((await host.As<OperationResult, ProtectionService>(w.Head.UserId, s => s.UpdateAsync(recordId, 1, edit))).Succeeded);
        Assert.Equal(OperationStatus.Conflict, (await host.As<OperationResult, ProtectionService>(w.Head.UserId, s => s.UpdateAsync(recordId, 1, edit))).Status);

        var details = await host.As<ProtectionDetails?, ProtectionService>(w.Proposer.UserId, s => s.DetailsAsync(recordId));
        Assert.Equal((ProtectionType.Mitigation, "172/2025/NĐ-CP"), (details!.Type, details.DisciplineDecreeNumber));
    }

    [ServiceFact]
    public async Task The_signed_file_is_checked_by_content_and_kept_out_of_the_proposal_and_its_history()
    {
        var w = await ProtectionWorld.CreateAsync(host, "PT7");
        var id = await w.ProposalAsync("Tệp quyết định", EvaluationOutcome.Completed);
        var history = await host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.CountAsync(a => a.ProposalId == id));

        var xlsx = await Create(w, w.Head, id, w.Proposer, Input(ProtectionType.NotHeldLiable), Upload("bang.xlsx", SampleFiles.Xlsx()));
        Refused(xlsx, ProtectionService.FileField, "Chỉ chấp nhận quyết định đã ký dạng PDF");
        var fake = await Create(w, w.Head, id, w.Proposer, Input(ProtectionType.NotHeldLiable), Upload("qd.pdf", Encoding.UTF8.GetBytes("not a pdf")));
        Refused(fake, ProtectionService.FileField, "Chỉ chấp nhận");
        Assert.Equal(0, await CountAsync(id));

        var created = await Create(w, w.Head, id, w.Proposer, Input(ProtectionType.NotHeldLiable), Upload("Quyết định 30.pdf", SampleFiles.Pdf()));
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Message)));
        var download = await host.As<OperationResult<Application.Attachments.AttachmentDownload>, ProtectionService>(w.Proposer.UserId, s => s.OpenSignedFileAsync(created.Value));
        await using (var content = download.Value!.Content)
        {
            Assert.Equal(("Quyết định 30.pdf", "application/pdf"), (download.Value.FileName, download.Value.ContentType));
            using var copy = new MemoryStream();
            await content.CopyToAsync(copy);
            Assert.Equal(SampleFiles.Pdf(), copy.ToArray());
        }

        Assert.Equal(OperationStatus.NotFound, (await host.As<OperationResult<Application.Attachments.AttachmentDownload>, ProtectionService>(
            w.Deputy.UserId, s => s.OpenSignedFileAsync(created.Value))).Status);
        await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            Assert.Equal(0, await db.ProposalAttachments.CountAsync(a => a.ProposalId == id));
            Assert.Equal(history, await db.AuditEntries.CountAsync(a => a.ProposalId == id));
        });
    }

    [ServiceFact]
    public async Task Only_the_officer_concerned_the_deciding_head_and_the_monitoring_interior_officer_see_a_record_not_the_administrator()
    {
        var w = await ProtectionWorld.CreateAsync(host, "PT8");
        var id = await w.ProposalAsync("Cần biết", EvaluationOutcome.PartlyCompleted);
        var recordId = (await Create(w, w.Head, id, w.Proposer, Input(ProtectionType.Exclusion))).Value;

        foreach (var (person, sees) in new[]
                 {
                     (w.Proposer, true), (w.Head, true), (w.Monitor, true), (w.Administrator, false),
                     (w.OtherProposer, false), (w.OtherHead, false), (w.Deputy, false), (w.OutsideMonitor, false), (w.Implementer, false),
                 })
        {
            var visible = await host.As<List<int>, ProtectionAccess>(person.UserId, async a => await (await a.VisibleAsync()).Select(r => r.Id).ToListAsync());
            var canSee = await host.As<bool, ProtectionAccess>(person.UserId, async a =>
                await a.CanSeeAsync(await host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().ProtectionDecisions.AsNoTracking().SingleAsync(r => r.Id == recordId))));
            var details = await host.As<ProtectionDetails?, ProtectionService>(person.UserId, s => s.DetailsAsync(recordId));
            var listed = await host.As<KeysetPage<ProtectionListItem>, ProtectionService>(person.UserId, s => s.ListAsync(new ProtectionFilter()));
            var panel = await host.As<ProtectionPanel?, ProtectionService>(person.UserId, s => s.PanelAsync(id));

            Assert.True(sees == visible.Contains(recordId), $"VisibleAsync for officer {person.OfficerId}");
            Assert.True(sees == canSee, $"CanSeeAsync for officer {person.OfficerId}");
            Assert.True(sees == details is not null, $"DetailsAsync for officer {person.OfficerId}");
            Assert.True(sees == listed.Items.Any(i => i.Id == recordId), $"ListAsync for officer {person.OfficerId}");
            Assert.True(sees == panel is not null, $"PanelAsync for officer {person.OfficerId}");
        }

        // The officer concerned sees their own row only, not the other officers of the proposal.
        var own = await host.As<ProtectionPanel?, ProtectionService>(w.Proposer.UserId, s => s.PanelAsync(id));
        Assert.Equal([w.Proposer.OfficerId], own!.Candidates.Select(c => c.Officer.OfficerId).ToArray());
        Assert.False(own.MayDecide);
    }

    [ServiceFact]
    public async Task The_list_filters_by_unit_and_year_newest_first_in_pages()
    {
        var w = await ProtectionWorld.CreateAsync(host, "PT9");
        var first = await w.ProposalAsync("Đề xuất một", EvaluationOutcome.PartlyCompleted);
        var second = await w.ProposalAsync("Đề xuất hai", EvaluationOutcome.PartlyCompleted);
        // A decision signed in 2025 cannot predate its evaluation: this one was evaluated at the start of December.
        await host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().ProposalDecisions
            .Where(d => d.ProposalId == first && d.Kind == DecisionKind.EvaluationResult)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.SignedOn, new DateOnly(2025, 12, 1))));
        var a = (await Create(w, w.Head, first, w.Proposer, Input(ProtectionType.Exclusion))).Value;
        var lastYear = Input(ProtectionType.Exclusion);
        lastYear.DecisionSignedOn = new DateOnly(2025, 12, 31);
        var b = (await Create(w, w.Head, first, w.Implementer, lastYear)).Value;
        var c = (await Create(w, w.Head, second, w.Proposer, Input(ProtectionType.Exclusion))).Value;

        var page1 = await host.As<KeysetPage<ProtectionListItem>, ProtectionService>(w.Monitor.UserId, s => s.ListAsync(new ProtectionFilter(PageSize: 2)));
        var page2 = await host.As<KeysetPage<ProtectionListItem>, ProtectionService>(w.Monitor.UserId, s => s.ListAsync(new ProtectionFilter(After: page1.NextAfter, PageSize: 2)));
        Assert.Equal([c, b], page1.Items.Select(i => i.Id).ToArray());
        Assert.Equal([a], page2.Items.Select(i => i.Id).ToArray());
        Assert.Null(page2.NextAfter);
        var in2026 = await host.As<KeysetPage<ProtectionListItem>, ProtectionService>(w.Monitor.UserId, s => s.ListAsync(new ProtectionFilter(w.Commune.Id, 2026)));
        Assert.Equal([c, a], in2026.Items.Select(i => i.Id).ToArray());
        Assert.Empty((await host.As<KeysetPage<ProtectionListItem>, ProtectionService>(w.Monitor.UserId, s => s.ListAsync(new ProtectionFilter(w.OtherCommune.Id)))).Items);
    }

    [ServiceFact]
    public async Task A_head_account_without_an_officer_a_missing_evaluation_decision_and_a_proposal_no_longer_evaluated_are_refused_not_crashed()
    {
        var w = await ProtectionWorld.CreateAsync(host, "PTA");
        var id = await w.ProposalAsync("Không có cán bộ", EvaluationOutcome.Completed);

        // A UnitHead grant on an account with no officer record behind it.
        var bare = new Person(await host.AddAccountAsync("ct-khong-cb.pta@test.vn", Domain.Access.AppRole.UnitHead, w.Commune), 0);
        Refused(await Create(w, bare, id, w.Proposer, Input(ProtectionType.NotHeldLiable)), "", "Tài khoản của bạn chưa gắn với hồ sơ cán bộ");
        var form = await host.As<OperationResult<ProtectionFormContext>, ProtectionService>(bare.UserId, s => s.NewFormAsync(id, w.Proposer.OfficerId));
        Refused(form, "", "Tài khoản của bạn chưa gắn với hồ sơ cán bộ");
        Assert.False((await host.As<ProtectionPanel?, ProtectionService>(bare.UserId, s => s.PanelAsync(id)))!.MayDecide);

        // An outcome on a proposal whose state moved on is not an evaluated proposal.
        var moved = await w.ProposalAsync("Trạng thái đã đổi", EvaluationOutcome.Completed);
        await host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Proposals.Where(p => p.Id == moved)
            .ExecuteUpdateAsync(u => u.SetProperty(p => p.State, ProposalState.CompletionReported)));
        Refused(await Create(w, w.Head, moved, w.Proposer, Input(ProtectionType.NotHeldLiable)), "", "Đề xuất chưa được đánh giá");

        // The evaluation-result decision the record must rest on is missing.
        var bareEvaluation = await w.ProposalAsync("Thiếu quyết định đánh giá", EvaluationOutcome.Completed);
        await host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().ProposalDecisions
            .Where(d => d.ProposalId == bareEvaluation && d.Kind == DecisionKind.EvaluationResult).ExecuteDeleteAsync());
        Refused(await Create(w, w.Head, bareEvaluation, w.Proposer, Input(ProtectionType.NotHeldLiable)), "", "Đề xuất chưa có quyết định phê duyệt kết quả đánh giá");
        Assert.Equal(0, await CountAsync(id) + await CountAsync(moved) + await CountAsync(bareEvaluation));
    }

    [ServiceFact]
    public async Task The_head_does_not_decide_their_own_protection()
    {
        var w = await ProtectionWorld.CreateAsync(host, "PTB");
        var id = await w.ProposalAsync("Người đứng đầu được nêu", EvaluationOutcome.NotCompleted, new EvaluationFindings(true, true, true, true, "Hỏng", "Thiếu kinh phí", "Chậm triển khai"));
        const string own = "Người đứng đầu không tự quyết định bảo vệ cho chính mình; việc này do cơ quan sử dụng cán bộ cấp trên xem xét.";

        // The head approved the proposal, so is among the officers concerned, but not theirs to decide.
        var panel = await host.As<ProtectionPanel?, ProtectionService>(w.Head.UserId, s => s.PanelAsync(id));
        Assert.Equal([false, false, true], panel!.Candidates.Select(c => c.IsSelf).ToArray());
        Refused(await host.As<OperationResult<ProtectionFormContext>, ProtectionService>(w.Head.UserId, s => s.NewFormAsync(id, w.Head.OfficerId)), "OfficerId", own);
        Refused(await Create(w, w.Head, id, w.Head, Input(ProtectionType.Exclusion, "Hỏng")), "OfficerId", own);
        Assert.Equal(0, await CountAsync(id));
        Assert.True((await Create(w, w.Head, id, w.Proposer, Input(ProtectionType.Exclusion, "Hỏng"))).Succeeded);
    }

    [ServiceFact]
    public async Task The_act_falls_under_decree_73_and_is_past_and_the_decision_is_signed_between_the_evaluation_and_today()
    {
        var w = await ProtectionWorld.CreateAsync(host, "PTC");
        var id = await w.ProposalAsync("Kiểm tra ngày", EvaluationOutcome.Completed);
        var clock = host.Time.Now;
        host.Time.Now = new DateTimeOffset(2026, 11, 20, 18, 0, 0, TimeSpan.Zero); // 21/11/2026 01:00 in Việt Nam
        try
        {
            var beforeDecree = Input(ProtectionType.NotHeldLiable);
            beforeDecree.ActOn = new DateOnly(2023, 9, 28);
            Refused(await Create(w, w.Head, id, w.Proposer, beforeDecree), "ActOn", "Ngày thực hiện hành vi không được trước ngày 29/09/2023");
            var future = Input(ProtectionType.NotHeldLiable);
            future.ActOn = new DateOnly(2026, 11, 22);
            future.DecisionSignedOn = new DateOnly(2026, 11, 22);
            var both = await Create(w, w.Head, id, w.Proposer, future);
            Assert.Equal(
                [("ActOn", "Ngày thực hiện hành vi không được sau ngày hôm nay."), ("DecisionSignedOn", "Ngày ký quyết định không được sau ngày hôm nay.")],
                both.Errors.Select(e => (e.Field, e.Message)).ToArray());
            var beforeEvaluation = Input(ProtectionType.NotHeldLiable);
            beforeEvaluation.DecisionSignedOn = new DateOnly(2026, 3, 4);
            Refused(await Create(w, w.Head, id, w.Proposer, beforeEvaluation), "DecisionSignedOn",
                "Ngày ký quyết định không được trước ngày ký quyết định phê duyệt kết quả đánh giá (05/03/2026).");
            Assert.Equal(0, await CountAsync(id));

            // The bounds themselves are allowed: Decree 73's first day, and today in Việt Nam (already 21/11 there).
            var edges = Input(ProtectionType.NotHeldLiable);
            edges.ActOn = new DateOnly(2023, 9, 29);
            edges.DecisionSignedOn = new DateOnly(2026, 11, 21);
            var created = await Create(w, w.Head, id, w.Proposer, edges);
            Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Message)));

            // Editing is held to the same bounds.
            var version = (await host.As<ProtectionDetails?, ProtectionService>(w.Head.UserId, s => s.DetailsAsync(created.Value)))!.Version;
            Refused(await host.As<OperationResult, ProtectionService>(w.Head.UserId, s => s.UpdateAsync(created.Value, version, beforeEvaluation)), "DecisionSignedOn",
                "Ngày ký quyết định không được trước ngày ký quyết định phê duyệt kết quả đánh giá");
        }
        finally
        {
            host.Time.Now = clock;
        }
    }

    private static SignedFileUpload Upload(string name, byte[] bytes) => new(name, bytes.Length, new MemoryStream(bytes));
}

public sealed class ProtectionServiceTests_Sqlite(SqliteServiceHost host) : ProtectionServiceTests(host), IClassFixture<SqliteServiceHost>;

[RequiresPostgres]
public sealed class ProtectionServiceTests_PostgreSql(PostgresServiceHost host) : ProtectionServiceTests(host), IClassFixture<PostgresServiceHost>;
