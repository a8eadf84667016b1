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
/// The protection and encouragement pages in a real browser, with axe-core on each state, at desktop and phone width.
/// The proposal is brought to its evaluation in the database (the journey through the workflow forms is tested elsewhere).
/// </summary>
[RequiresChromium]
public sealed class ProtectionPagesAccessibilityTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [ServiceFact]
    public async Task The_head_records_protection_and_encouragement_through_accessible_pages()
    {
        var id = await EvaluatedWithDamageAsync("Thí điểm tiếp nhận hồ sơ lưu động");
        var head = await browser.SignInAsync(Head);
        await head.GotoAsync("/Proposals/Details/" + id);
        await head.GetByRole(AriaRole.Link, new() { Name = "Bảo vệ cán bộ" }).ClickAsync();
        await Assertions.Expect(head.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Bảo vệ cán bộ");
        await Assertions.Expect(head.Locator("#allowed-types")).ToHaveTextAsync("Loại trừ trách nhiệm, Miễn trách nhiệm, Giảm nhẹ trách nhiệm");
        await Accessibility.AssertNoViolationsAsync(head);

        await head.GetByRole(AriaRole.Link, new() { Name = "Ghi quyết định bảo vệ cho Hoàng Đức Thắng" }).ClickAsync();
        await Assertions.Expect(head.Locator("#legal-basis")).ToHaveTextAsync("Điều 11 Nghị định số 73/2023/NĐ-CP; Nghị định số 172/2025/NĐ-CP");
        await Accessibility.AssertNoViolationsAsync(head);
        await head.GetByLabel("Miễn trách nhiệm").CheckAsync();
        await head.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Assertions.Expect(head.Locator("#Input_DecisionNumber-error")).ToBeVisibleAsync();
        await Assertions.Expect(head.GetByLabel("Miễn trách nhiệm")).ToBeCheckedAsync();
        await Accessibility.AssertNoViolationsAsync(head);

        await head.GetByLabel("Số, ký hiệu quyết định").FillAsync("33/QĐ-UBND");
        await head.GetByLabel("Ngày ký").FillAsync("28/11/2026");
        await head.GetByLabel("Người ký").FillAsync("Lê Văn Minh");
        await head.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Assertions.Expect(Status(head)).ToHaveTextAsync("Đã lưu quyết định bảo vệ.");
        await Assertions.Expect(head.Locator("#protection-type")).ToHaveTextAsync("Miễn trách nhiệm");
        await Accessibility.AssertNoViolationsAsync(head);
        await head.GotoAsync("/Protection");
        await Assertions.Expect(head.Locator("#protection-list")).ToContainTextAsync("Hoàng Đức Thắng");
        await Accessibility.AssertNoViolationsAsync(head);

        await head.GotoAsync("/Encouragement/Proposal/" + id);
        await Accessibility.AssertNoViolationsAsync(head);
        await head.GetByRole(AriaRole.Link, new() { Name = "Ghi biện pháp khuyến khích cho Hoàng Đức Thắng" }).ClickAsync();
        await head.GetByLabel("Biện pháp khuyến khích").SelectOptionAsync("EarlySalaryRaise");
        await head.GetByLabel("Số tháng nâng bậc lương trước thời hạn").FillAsync("6");
        await head.GetByLabel("Số, ký hiệu quyết định").FillAsync("34/QĐ-UBND");
        await head.GetByLabel("Ngày ký").FillAsync("28/11/2026");
        await head.GetByLabel("Người ký").FillAsync("Lê Văn Minh");
        await head.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Assertions.Expect(head.Locator("#measure-error")).ToContainTextAsync("chỉ áp dụng cho đề xuất được đánh giá là hoàn thành");
        await Accessibility.AssertNoViolationsAsync(head);

        // At phone width the form and the record still pass.
        var phone = await browser.SignInAsync(Head, width: 360);
        await phone.GotoAsync("/Protection");
        await phone.GetByRole(AriaRole.Link, new() { Name = "Hoàng Đức Thắng" }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(phone);
        await ScreenshotAsync(phone, "protection-record-phone.png");
    }

    /// <summary>A proposal of the demo proposer, not completed with damage, evaluated by the Trạm Lộ head.</summary>
    private async Task<int> EvaluatedWithDamageAsync(string title)
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var proposerId = await db.Officers.Where(o => o.FullName == "Hoàng Đức Thắng").Select(o => o.Id).SingleAsync();
        var headId = await db.Officers.Where(o => o.FullName == "Lê Văn Minh").Select(o => o.Id).SingleAsync();
        var unit = await db.Units.Where(u => u.Code == "TRAMLO").Select(u => u.Id).SingleAsync();
        var proposal = new Proposal(proposerId, unit, unit, title);
        var head = new ProposalActor(headId, IsDecidingHead: true);
        var document = new DecisionDocument("21/QĐ-UBND", new DateOnly(2025, 9, 1), "Lê Văn Minh");
        Vote[] votes = [new(headId, true)];
        Assert.True(proposal.Submit(new ProposalActor(proposerId), true, "TL-99", DateTime.UtcNow, new DateOnly(2025, 8, 20)).IsSuccess);
        Assert.True(proposal.RecordPartyOpinion(head).IsSuccess);
        Assert.True(proposal.RecordConditions(head, new ConditionFindings(true, null, true, null, true, null, true, null, true, null, true, null), DateTime.UtcNow).IsSuccess);
        Assert.True(proposal.RecordVote(head, votes, partyOpinionRequired: true,
            new VoteMeeting(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)), [headId], VoteBase.VotesCast, DateOnly.MaxValue)).IsSuccess);
        Assert.True(proposal.IssueImplementationDecision(head, document).IsSuccess);
        Assert.True(proposal.ReportCompletion(new ProposalActor(proposerId), "Đã thực hiện toàn bộ kế hoạch, một phần thiết bị bị hỏng trong quá trình thí điểm.", DateTime.UtcNow).IsSuccess);
        Assert.True(proposal.RecordPartyOpinion(head).IsSuccess);
        Assert.True(proposal.Evaluate(head, votes, EvaluationOutcome.NotCompleted, new EvaluationFindings(true, true, true, true, "Hỏng hai máy quét", "Thiếu kinh phí", "Chậm triển khai"), document with { Number = "22/QĐ-UBND" },
            new VoteMeeting(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)), [headId], VoteBase.VotesCast, DateOnly.MaxValue)).IsSuccess);
        db.Proposals.Add(proposal);
        await db.SaveChangesAsync();
        return proposal.Id;
    }
}
