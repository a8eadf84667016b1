using System.Net;
using AngleSharp.Dom;
using Decree73.Domain.Access;
using Decree73.Domain.Organisation;
using Decree73.Domain.Proposals;
using Decree73.Domain.Protection;
using Decree73.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static Decree73.WebTests.ProposalScenarios;

namespace Decree73.WebTests;

/// <summary>The appraisal pages and the officer page, through real requests and forms.</summary>
public sealed class AppraisalPagesTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private const string ProposerName = "Hoàng Đức Thắng";
    private const string OfficeHeadEmail = "truongphong2.kt.tramlo@test.decree73.vn";

    private Task<int> ProposerId() => factory.OfficerIdAsync(ProposerName);

    /// <summary>A protection record for the Trạm Lộ proposer on an evaluated proposal, as the head would record it.</summary>
    private async Task<int> ProtectedProposalAsync(string title)
    {
        var id = await factory.ProposalAtAsync(Stage.Evaluated, title);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Infrastructure.Persistence.AppDbContext>();
        var proposal = await db.Proposals.Include(p => p.Decisions).SingleAsync(p => p.Id == id);
        var officer = await db.Officers.SingleAsync(o => o.FullName == ProposerName);
        var (decision, error) = ProtectionDecision.Create(
            proposal, proposal.Decisions.Single(d => d.Kind == DecisionKind.EvaluationResult).Id, officer, ProtectionType.NotHeldLiable,
            new DateOnly(2026, 6, 1), await factory.OfficerIdAsync(HeadName), new DecisionDocument("77/QĐ-BV", new DateOnly(2026, 11, 26), HeadName), null, null);
        Assert.Null(error);
        db.ProtectionDecisions.Add(decision!);
        await db.SaveChangesAsync();
        return id;
    }

    [Fact]
    public async Task The_officer_page_is_not_found_for_a_proposer_a_head_and_an_Interior_officer_of_another_unit_and_for_a_deputy()
    {
        var url = $"/Officers/{await ProposerId()}/Profile";

        // Leadership members vote on proposals but do not keep personnel records: the page does not exist for them.
        foreach (var email in new[] { OtherProposerEmail, OtherHeadEmail, OtherInteriorEmail, DeputyEmail, NoGrantsEmail })
        {
            var response = await (await factory.ClientAsync(email)).GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{email}: {(int)response.StatusCode}");
        }

        foreach (var email in new[] { ProposerEmail, HeadEmail, WardMonitorEmail, ProvinceInteriorEmail, AdministratorEmail })
        {
            var page = await (await factory.ClientAsync(email)).GetDocumentAsync(url);
            Assert.Equal($"Hồ sơ đổi mới sáng tạo: {ProposerName}", page.QuerySelector("h1")!.TextContent.Trim());
        }
    }

    [Fact]
    public async Task The_protection_section_is_rendered_only_for_those_who_may_see_the_records()
    {
        await ProtectedProposalAsync("Bảo vệ người dám làm");
        await factory.AddAsync(OfficeHeadEmail, AppRole.UnitHead, "TRAMLO-KT");
        var url = $"/Officers/{await ProposerId()}/Profile";

        foreach (var email in new[] { ProposerEmail, HeadEmail, WardMonitorEmail, ProvinceInteriorEmail })
        {
            var page = await (await factory.ClientAsync(email)).GetDocumentAsync(url);
            Assert.Equal("Bảo vệ", page.QuerySelector("#profile-protection-heading")?.TextContent.Trim());
            Assert.Contains("77/QĐ-BV", page.QuerySelector(".protection-records")!.TextContent);
        }

        // The administrator manages the officer's account but reads no liability record (ADR 0009).
        var administrator = await (await factory.ClientAsync(AdministratorEmail)).GetDocumentAsync(url);
        Assert.Null(administrator.QuerySelector("#profile-protection-heading"));
        Assert.DoesNotContain("77/QĐ-BV", administrator.Text());

        // The head of the office the officer works in may open the page, but did not decide: no section, no hint.
        var officeHead = await (await factory.SignInAsync(OfficeHeadEmail, TestAccounts.Password)).GetDocumentAsync(url);
        Assert.Null(officeHead.QuerySelector("#profile-protection-heading"));
        Assert.DoesNotContain("77/QĐ-BV", officeHead.Text());
        Assert.DoesNotContain("trách nhiệm", officeHead.Text());
        // Nor the proposal itself, which the office head may not read: only a count says the record holds more.
        Assert.DoesNotContain("Bảo vệ người dám làm", officeHead.Text());
        Assert.Contains("1 đề xuất khác của cán bộ này nằm ngoài phạm vi bạn được xem", officeHead.QuerySelector(".hidden-proposals")!.TextContent);
    }

    [Fact]
    public async Task The_proposal_page_links_the_proposer_to_their_page_only_for_who_may_open_it()
    {
        var id = await factory.ProposalAtAsync(Stage.Submitted, "Liên kết hồ sơ");
        var link = $"a[href='/Officers/{await ProposerId()}/Profile']";

        Assert.NotNull((await (await factory.ClientAsync(HeadEmail)).GetDocumentAsync($"/Proposals/Details/{id}")).QuerySelector(link));
        Assert.Null((await (await factory.ClientAsync(DeputyEmail)).GetDocumentAsync($"/Proposals/Details/{id}")).QuerySelector(link));
        Assert.NotNull((await (await factory.ClientAsync(AdministratorEmail)).GetDocumentAsync("/Admin/Officers")).QuerySelector(link));
    }

    [Fact]
    public async Task The_appraisal_pages_are_not_found_outside_the_Interior_officers_scope()
    {
        var url = $"/Appraisal/{await ProposerId()}/2026";
        var tramLo = await factory.UnitIdAsync("TRAMLO");

        foreach (var email in new[] { OtherInteriorEmail, HeadEmail, DeputyEmail, ProposerEmail })
        {
            var client = await factory.ClientAsync(email);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PostRawAsync(url, [new("Input.Grade", "Good"), new("Input.DecisionReference", "404/QĐ")])).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Appraisal?unitId={tramLo}&year=2026")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.ClientAsync(ProposerEmail)).GetAsync("/Appraisal")).StatusCode);
        var early = await (await factory.ClientAsync(WardMonitorEmail)).GetDocumentAsync($"/Appraisal?unitId={tramLo}&year=2019");
        Assert.Equal("Năm đánh giá phải từ 2023 (năm Nghị định 73 có hiệu lực) đến năm sau năm hiện tại.", early.FieldError("Year"));
        Assert.Null(early.QuerySelector(".appraisal-list"));
        Assert.Equal(("year-error", "true"), (early.QuerySelector("#year")!.GetAttribute("aria-describedby"), early.QuerySelector("#year")!.GetAttribute("aria-invalid")));
        Assert.NotNull(early.QuerySelector("#year-error"));
        // Without an error the input points at nothing (the empty span is no description).
        var fine = await (await factory.ClientAsync(WardMonitorEmail)).GetDocumentAsync($"/Appraisal?unitId={tramLo}&year=2025");
        Assert.Null(fine.QuerySelector("#year")!.GetAttribute("aria-describedby"));
        Assert.False(await factory.QueryAsync(db => db.AppraisalRecords.AnyAsync(a => a.DecisionReference == "404/QĐ")));
        Assert.Equal(HttpStatusCode.OK, (await (await factory.ClientAsync(WardMonitorEmail)).GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task The_appraisal_form_shows_its_messages_next_to_the_fields_and_keeps_what_was_typed()
    {
        var client = await factory.ClientAsync(WardMonitorEmail);
        var url = $"/Appraisal/{await ProposerId()}/2024";
        var form = await client.GetDocumentAsync(url);
        Assert.Equal("", form.QuerySelector<AngleSharp.Html.Dom.IHtmlSelectElement>("select[name='Input.Grade']")!.Value);

        var missing = await HtmlForms.ParseAsync(await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Grade"] = "Outstanding", ["Input.DecisionReference"] = "", ["Input.Note"] = "Ghi chú phải được giữ lại",
        }, "#appraisal-form"));
        Assert.Equal("Đã chọn mức xếp loại thì phải nhập số, ngày quyết định đánh giá, xếp loại.", missing.FieldError("Input.DecisionReference"));
        Assert.Equal("Ghi chú phải được giữ lại", missing.QuerySelector("textarea[name='Input.Note']")!.TextContent.Trim());
        Assert.Equal("Outstanding", missing.QuerySelector<AngleSharp.Html.Dom.IHtmlSelectElement>("select[name='Input.Grade']")!.Value);

        var tooLong = await HtmlForms.ParseAsync(await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Note"] = new string('a', 2001) }, "#appraisal-form"));
        Assert.Equal("Ghi chú không được dài quá 2000 ký tự.", tooLong.FieldError("Input.Note"));

        var bogus = await HtmlForms.ParseAsync(await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Grade"] = "Tuyệt vời" }, "#appraisal-form"));
        Assert.NotEqual("", bogus.FieldError("Input.Grade"));
        Assert.False(await factory.QueryAsync(db => db.AppraisalRecords.AnyAsync(a => a.Year == 2024)));
    }

    [Fact]
    public async Task The_quota_warning_is_shown_after_saving_and_on_the_unit_summary()
    {
        var client = await factory.ClientAsync(WardMonitorEmail);
        var tramLo = await factory.UnitIdAsync("TRAMLO");
        var summaryUrl = $"/Appraisal?unitId={tramLo}&year=2025";
        Assert.Null((await client.GetDocumentAsync(summaryUrl)).QuerySelector(".quota-warning"));

        async Task<AngleSharp.Html.Dom.IHtmlDocument> Grade(string name, string grade)
        {
            var url = $"/Appraisal/{await factory.OfficerIdAsync(name)}/2025";
            var saved = await client.SubmitAsync(url, new Dictionary<string, string>
            {
                ["Input.Grade"] = grade, ["Input.DecisionReference"] = "98/QĐ-UBND ngày 10/12/2025",
            }, "#appraisal-form");
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            return await client.GetDocumentAsync(saved.Headers.Location!.OriginalString);
        }

        // Graded good one by one: no outstanding grade yet, no warning.
        foreach (var name in new[] { HeadName, DeputyName, "Ngô Thị Thu" })
        {
            Assert.Null((await Grade(name, "Good")).QuerySelector(".quota-warning"));
        }

        var extra = await factory.QueryAsync(async db =>
        {
            var officers = new[] { "Cán bộ thêm một", "Cán bộ thêm hai", "Cán bộ thêm ba" }.Select(n => new Domain.People.Officer
            {
                FullName = n, UnitId = db.Units.Single(u => u.Code == "TRAMLO").Id, DateOfBirth = new DateOnly(1990, 1, 1),
            }).ToList();
            db.Officers.AddRange(officers);
            await db.SaveChangesAsync();
            return officers.Count;
        });
        Assert.Equal(3, extra);
        Assert.Null((await Grade("Cán bộ thêm một", "Good")).QuerySelector(".quota-warning"));
        Assert.Null((await Grade("Cán bộ thêm hai", "Good")).QuerySelector(".quota-warning"));
        // Five graded good and one outstanding: the default 20% of those graded good (Decree 335/2025) allows exactly one.
        var first = await Grade("Cán bộ thêm ba", "Outstanding");
        Assert.Null(first.QuerySelector(".quota-warning"));
        Assert.Equal("Đã lưu kết quả đánh giá, xếp loại.", first.QuerySelector(".status")!.TextContent.Trim());

        var second = await Grade(HeadName, "Outstanding");
        // The head moves from good to outstanding: two outstanding beside four good, which allow none.
        Assert.Equal("Cảnh báo: số cán bộ xếp loại HTXSNV (2) vượt định mức 20% (tối đa 0) của đơn vị trong năm 2025.",
            second.QuerySelector(".quota-warning")!.TextContent.Trim());
        var summary = await client.GetDocumentAsync(summaryUrl);
        Assert.NotNull(summary.QuerySelector(".quota-warning"));
        Assert.Equal(2, summary.QuerySelectorAll(".appraisal-list td").Count(td => td.TextContent.Trim() == "HTXSNV"));
        // Phật Tích is counted on its own.
        var phatTich = await factory.UnitIdAsync("PHATTICH");
        Assert.Null((await (await factory.ClientAsync(ProvinceInteriorEmail)).GetDocumentAsync($"/Appraisal?unitId={phatTich}&year=2025")).QuerySelector(".quota-warning"));
    }

    [Fact]
    public async Task The_score_shows_the_grade_it_implies_and_warns_on_a_mismatch_without_refusing()
    {
        var client = await factory.ClientAsync(WardMonitorEmail);
        var url = $"/Appraisal/{await factory.OfficerIdAsync(DeputyName)}/2024";
        var saved = await client.SubmitAsync(url, new Dictionary<string, string>
        {
            ["Input.Grade"] = "Outstanding", ["Input.Score"] = "85", ["Input.DecisionReference"] = "98/QĐ-UBND ngày 10/12/2024",
        }, "#appraisal-form");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await client.GetDocumentAsync(saved.Headers.Location!.OriginalString);
        Assert.Equal("Mức xếp loại theo điểm: HTTNV – Hoàn thành tốt nhiệm vụ; mức đã nhập: HTXSNV – Hoàn thành xuất sắc nhiệm vụ.",
            page.QuerySelector("#implied-grade")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("#score-mismatch"));

        var refused = await client.SubmitAsync(url, new Dictionary<string, string> { ["Input.Score"] = "120" }, "#appraisal-form");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
    }

    [Fact]
    public async Task The_outstanding_agency_exception_is_recorded_with_its_decision_and_only_in_scope()
    {
        var tramLo = await factory.UnitIdAsync("TRAMLO");
        var url = $"/Appraisal?unitId={tramLo}&year=2024";
        var client = await factory.ClientAsync(WardMonitorEmail);
        var missing = await client.SubmitAsync(url, new Dictionary<string, string> { ["AgencyYear.OutstandingAgency"] = "true" }, "form[action*='handler=AgencyYear']");
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);

        var saved = await client.SubmitAsync(url, new Dictionary<string, string>
        {
            ["AgencyYear.OutstandingAgency"] = "true", ["AgencyYear.DecisionReference"] = "15/QĐ-UBND ngày 20/12/2024",
        }, "form[action*='handler=AgencyYear']");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("15/QĐ-UBND", (await client.GetDocumentAsync(url)).QuerySelector("#quota-exempt")!.TextContent, StringComparison.Ordinal);
        var stored = await factory.QueryAsync(db => db.AgencyAppraisalYears.SingleAsync(a => a.UnitId == tramLo && a.Year == 2024));
        Assert.True(stored.OutstandingAgency);

        // Phật Tích's Interior officer does not reach Trạm Lộ: the page does not exist for them.
        var phatTich = await factory.UnitIdAsync("PHATTICH");
        var other = await factory.ClientAsync(ProvinceInteriorEmail);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync($"/Appraisal?unitId={phatTich}&year=2024")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Appraisal?unitId={phatTich}&year=2024")).StatusCode);
    }

    [Fact]
    public async Task Applying_the_suggested_credit_records_it_without_a_grade()
    {
        await factory.ProposalAtAsync(Stage.Evaluated, "Đề xuất hoàn thành để ghi nhận");
        var client = await factory.ClientAsync(ProvinceInteriorEmail);
        var year = Decree73.Domain.Appraisal.AppraisalYear.Of(new DateOnly(2026, 11, 25));
        var url = $"/Appraisal/{await ProposerId()}/{year}";
        var page = await client.GetDocumentAsync(url);
        Assert.Equal("Gợi ý ghi nhận: có đề xuất được đánh giá hoàn thành trong năm.", page.QuerySelector(".suggestion")!.TextContent.Trim());

        var applied = await client.SubmitAsync(page, new Dictionary<string, string>(), "form[action*='handler=ApplySuggestion']");

        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        var officerId = await ProposerId();
        var stored = await factory.QueryAsync(db => db.AppraisalRecords.SingleAsync(a => a.Year == year && a.OfficerId == officerId));
        Assert.Null(stored.Grade);
        Assert.True(stored.InnovationCredited);
    }
}
