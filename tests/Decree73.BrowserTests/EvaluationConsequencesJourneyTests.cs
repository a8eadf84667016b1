using Decree73.Domain.Proposals;
using Decree73.Infrastructure.Persistence;
using Decree73.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit;
using static Decree73.BrowserTests.ProposalPages;

namespace Decree73.BrowserTests;

/// <summary>
/// Decree73 issue 4 end to end: the head evaluates a proposal as partly completed with the findings met and no damage,
/// records the exclusion of liability the law allows for it, the Interior officer enters the year's appraisal, and the
/// officer page gathers all of it; a deputy who may read the proposal still gets 404 on the protection record.
/// </summary>
[RequiresChromium]
public sealed class EvaluationConsequencesJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Title = "Tiếp nhận hồ sơ đất đai qua Zalo phường Trạm Lộ";
    private const string Officer = "Hoàng Đức Thắng";
    private const string WardMonitor = "noivu.tramlo@demo.decree73.vn";
    private const string Deputy = "phochutich.tramlo@demo.decree73.vn";

    [ServiceFact]
    public async Task Evaluation_then_protection_then_appraisal_then_the_officer_page()
    {
        var id = await CompletionReportedAsync();

        // The head evaluates through the proposal page: Party opinion first, then the leadership adopts the result.
        var head = await browser.SignInAsync(Head);
        await head.GotoAsync("/Proposals/Details/" + id);
        await RecordPartyOpinionAsync(head);
        await head.GetByLabel("Kết quả", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Hoàn thành một phần" });
        await head.GetByLabel("Đúng chủ trương").CheckAsync();
        await head.GetByLabel("Động cơ trong sáng").CheckAsync();
        await head.GetByLabel("Vì lợi ích chung").CheckAsync();
        // Art. 11(4): a partly completed result states its objective and subjective causes.
        await head.GetByLabel("Nguyên nhân khách quan").FillAsync("Người dân chưa quen dùng Zalo để nộp hồ sơ.");
        await head.GetByLabel("Nguyên nhân chủ quan").FillAsync("Chưa bố trí đủ cán bộ trực tiếp nhận hồ sơ.");
        await head.GetByRole(AriaRole.Group, new() { Name = HeadGroup }).GetByLabel("Tán thành", new() { Exact = true }).CheckAsync();
        await head.GetByRole(AriaRole.Group, new() { Name = DeputyGroup }).GetByLabel("Tán thành", new() { Exact = true }).CheckAsync();
        await FillDocumentAsync(head, "61/QĐ-UBND", "25/11/2026", "Lê Văn Minh");
        await head.Locator("#evaluate-confirm").CheckAsync();
        await head.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận kết quả đánh giá" }).ClickAsync();
        await Assertions.Expect(head.Locator(".evaluation-outcome")).ToHaveTextAsync("Hoàn thành một phần");
        await Assertions.Expect(head.Locator("section.outcome dl")).ToContainTextAsync("Chưa bố trí đủ cán bộ trực tiếp nhận hồ sơ.");

        // Partly completed, findings met, no damage: the law allows exclusion of liability and nothing else.
        await head.GetByRole(AriaRole.Link, new() { Name = "Bảo vệ cán bộ" }).ClickAsync();
        await Assertions.Expect(head.Locator("#allowed-types")).ToHaveTextAsync("Loại trừ trách nhiệm");
        await head.GetByRole(AriaRole.Link, new() { Name = "Ghi quyết định bảo vệ cho " + Officer }).ClickAsync();
        await Assertions.Expect(head.GetByRole(AriaRole.Radio)).ToHaveCountAsync(1);
        await head.GetByLabel("Loại trừ trách nhiệm").CheckAsync();
        await head.GetByLabel("Số, ký hiệu quyết định").FillAsync("62/QĐ-UBND");
        await head.GetByLabel("Ngày ký").FillAsync("27/11/2026");
        await head.GetByLabel("Người ký").FillAsync("Lê Văn Minh");
        await head.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Assertions.Expect(Status(head)).ToHaveTextAsync("Đã lưu quyết định bảo vệ.");
        await Assertions.Expect(head.Locator("#protection-type")).ToHaveTextAsync("Loại trừ trách nhiệm");
        var record = new Uri(head.Url).AbsolutePath;

        // A deputy reads the proposal but the protection record is need-to-know.
        var deputy = await browser.SignInAsync(Deputy);
        Assert.Equal(200, (await deputy.GotoAsync("/Proposals/Details/" + id))!.Status);
        Assert.Equal(404, (await deputy.GotoAsync(record))!.Status);

        // The ward's Interior officer enters the year's appraisal: the evaluated proposal and the protection are listed.
        var monitor = await browser.SignInAsync(WardMonitor);
        var officerId = await OfficerIdAsync();
        await monitor.GotoAsync($"/Appraisal/{officerId}/2026");
        await Assertions.Expect(monitor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Đánh giá, xếp loại năm 2026: {Officer}");
        await Assertions.Expect(monitor.Locator("main")).ToContainTextAsync(Title);
        await Assertions.Expect(monitor.GetByRole(AriaRole.Heading, new() { Name = "Bảo vệ người dám nghĩ, dám làm", Level = 2 })).ToBeVisibleAsync();
        await Assertions.Expect(monitor.Locator("main")).ToContainTextAsync("62/QĐ-UBND");
        await monitor.GetByLabel("Mức xếp loại").SelectOptionAsync("Good");
        await monitor.GetByLabel("Ghi nhận kết quả đổi mới, sáng tạo theo tiêu chí đổi mới, dám nghĩ, dám làm").CheckAsync();
        await monitor.GetByLabel("Số, ngày quyết định xếp loại").FillAsync("130/QĐ-UBND ngày 12/12/2026");
        await monitor.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Assertions.Expect(Status(monitor)).ToHaveTextAsync("Đã lưu kết quả đánh giá, xếp loại.");

        // The officer page gathers the proposal, the protection and the appraisal.
        await monitor.GetByRole(AriaRole.Link, new() { Name = "Xem hồ sơ đổi mới sáng tạo" }).ClickAsync();
        await Assertions.Expect(monitor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Hồ sơ đổi mới sáng tạo: {Officer}");
        await Assertions.Expect(monitor.Locator("main")).ToContainTextAsync(Title);
        await Assertions.Expect(monitor.Locator(".protection-records")).ToContainTextAsync("Loại trừ trách nhiệm");
        await Assertions.Expect(monitor.Locator(".protection-records")).ToContainTextAsync("62/QĐ-UBND");
        await Assertions.Expect(monitor.Locator("tr", new() { HasText = "130/QĐ-UBND ngày 12/12/2026" })).ToContainTextAsync("HTTNV");
        await Accessibility.AssertNoViolationsAsync(monitor);
        await ScreenshotAsync(monitor, "officer-profile-after-protection.png");

        // The officer concerned sees his own protection on his page; the deputy does not get the page at all.
        var proposer = await browser.SignInAsync(Proposer);
        await proposer.GotoAsync($"/Officers/{officerId}/Profile");
        await Assertions.Expect(proposer.Locator(".protection-records")).ToContainTextAsync("Loại trừ trách nhiệm");
        Assert.Equal(404, (await deputy.GotoAsync($"/Officers/{officerId}/Profile"))!.Status);
    }

    private async Task<int> OfficerIdAsync()
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Officers.Where(o => o.FullName == Officer).Select(o => o.Id).SingleAsync();
    }

    /// <summary>A Trạm Lộ proposal of the demo proposer, approved, implemented and reported complete (the forms for these steps are tested elsewhere).</summary>
    private async Task<int> CompletionReportedAsync()
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var proposerId = await db.Officers.Where(o => o.FullName == Officer).Select(o => o.Id).SingleAsync();
        var headId = await db.Officers.Where(o => o.FullName == "Lê Văn Minh").Select(o => o.Id).SingleAsync();
        var unit = await db.Units.Where(u => u.Code == "TRAMLO").Select(u => u.Id).SingleAsync();
        var proposal = new Proposal(proposerId, unit, unit, Title);
        var head = new ProposalActor(headId, IsDecidingHead: true);
        Assert.True(proposal.Submit(new ProposalActor(proposerId), true, "TL-61", DateTime.UtcNow, new DateOnly(2026, 3, 20)).IsSuccess);
        Assert.True(proposal.RecordPartyOpinion(head).IsSuccess);
        Assert.True(proposal.RecordConditions(head, new ConditionFindings(true, null, true, null, true, null, true, null, true, null, true, null), DateTime.UtcNow).IsSuccess);
        Assert.True(proposal.RecordVote(head, [new Vote(headId, true)], partyOpinionRequired: true,
            new VoteMeeting(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)), [headId], VoteBase.VotesCast, DateOnly.MaxValue)).IsSuccess);
        Assert.True(proposal.IssueImplementationDecision(head, new DecisionDocument("30/QĐ-UBND", new DateOnly(2026, 3, 25), "Lê Văn Minh")).IsSuccess);
        Assert.True(proposal.ReportCompletion(
            new ProposalActor(proposerId), "Đã tiếp nhận 60% hồ sơ đất đai qua Zalo; phần còn lại chưa triển khai do chưa có chữ ký số.", DateTime.UtcNow).IsSuccess);
        db.Proposals.Add(proposal);
        await db.SaveChangesAsync();
        return proposal.Id;
    }
}
