using System.Globalization;
using Decree73.Application.Common;
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
/// The Art. 6 violation pages in a real browser with axe-core on each state: the ward's monitoring office records a
/// violation from the proposal page (refused first, with the errors next to the fields), then reads the record and the list.
/// </summary>
[RequiresChromium]
public sealed class ViolationPagesTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [ServiceFact]
    public async Task The_interior_office_records_an_art_6_violation_through_accessible_pages()
    {
        var id = await SubmittedAsync("Số hóa sổ hộ tịch – vi phạm Điều 6");
        var monitor = await browser.SignInAsync(Implementer);
        await monitor.GotoAsync("/Proposals/Details/" + id);
        await monitor.GetByRole(AriaRole.Link, new() { Name = "Ghi nhận hành vi bị nghiêm cấm (Điều 6)" }).ClickAsync();
        await Assertions.Expect(monitor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ghi nhận hành vi bị nghiêm cấm (Điều 6)");
        await Accessibility.AssertNoViolationsAsync(monitor);

        await monitor.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Assertions.Expect(monitor.Locator("#act-error")).ToHaveTextAsync("Chọn hành vi bị nghiêm cấm theo Điều 6 Nghị định 73.");
        await Assertions.Expect(monitor.Locator("#Input_Description-error")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(monitor);

        var yesterday = VietnamTime.DateOf(DateTime.UtcNow).AddDays(-1).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        await monitor.GetByLabel("Cản trở, xúc phạm, trù dập cán bộ có đề xuất đổi mới, sáng tạo").CheckAsync();
        await monitor.GetByLabel("Cán bộ có hành vi").SelectOptionAsync(new SelectOptionValue { Label = "Phạm Thị Lan" });
        await monitor.GetByLabel("Ngày xảy ra").FillAsync(yesterday);
        await monitor.GetByLabel("Mô tả hành vi").FillAsync("Không cho người đề xuất trình bày tại cuộc họp lãnh đạo.");
        await monitor.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Assertions.Expect(Status(monitor)).ToHaveTextAsync("Đã lưu hành vi vi phạm.");
        await Assertions.Expect(monitor.Locator("#violation-officer")).ToHaveTextAsync("Phạm Thị Lan");
        await Assertions.Expect(monitor.Locator("#violation-occurred")).ToHaveTextAsync(yesterday);
        await Accessibility.AssertNoViolationsAsync(monitor);

        await monitor.GotoAsync("/Violations");
        await Assertions.Expect(monitor.Locator("#violation-list")).ToContainTextAsync("Phạm Thị Lan");
        await Accessibility.AssertNoViolationsAsync(monitor);
        await ScreenshotAsync(monitor, "violations-list.png");
    }

    /// <summary>A proposal of the demo proposer submitted to UBND phường Trạm Lộ.</summary>
    private async Task<int> SubmittedAsync(string title)
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var proposerId = await db.Officers.Where(o => o.FullName == "Hoàng Đức Thắng").Select(o => o.Id).SingleAsync();
        var unit = await db.Units.Where(u => u.Code == "TRAMLO").Select(u => u.Id).SingleAsync();
        var proposal = new Proposal(proposerId, unit, unit, title);
        Assert.True(proposal.Submit(new ProposalActor(proposerId), true, "TL-V6", DateTime.UtcNow, VietnamTime.DateOf(DateTime.UtcNow).AddDays(10)).IsSuccess);
        db.Proposals.Add(proposal);
        await db.SaveChangesAsync();
        return proposal.Id;
    }
}
