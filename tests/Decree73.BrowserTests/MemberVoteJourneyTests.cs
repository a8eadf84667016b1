using Decree73.TestSupport;
using Microsoft.Playwright;
using Xunit;
using static Decree73.BrowserTests.ProposalPages;

namespace Decree73.BrowserTests;

/// <summary>
/// Decree73 issue 13 (leadership members): a deputy finds the pending vote from the home page and in their tasks, gives
/// their own position before the meeting, the head finds it prefilled in the minutes (Art. 8(1)) and records the vote,
/// after which the deputy's vote is no longer pending.
/// </summary>
[RequiresChromium]
public sealed class MemberVoteJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Deputy = "phochutich.tramlo@demo.decree73.vn";

    [ServiceFact]
    public async Task A_deputy_records_their_own_vote_the_head_finds_it_prefilled_and_records_the_minutes()
    {
        const string title = "Tra cứu tiến độ hồ sơ đất đai qua tin nhắn";
        var proposer = await browser.SignInAsync(Proposer);
        var details = await SubmitProposalAsync(proposer, title);

        // The deputy's start page counts the vote waiting; the tasks list it under "Chờ biểu quyết".
        var deputy = await browser.SignInAsync(Deputy);
        await deputy.GotoAsync("/");
        await Assertions.Expect(deputy.Locator("#home-pending-votes")).ToContainTextAsync("chờ bạn biểu quyết");
        await Accessibility.AssertNoViolationsAsync(deputy);
        await deputy.Locator("#home-pending-votes").GetByRole(AriaRole.Link, new() { Name = "Chờ biểu quyết" }).ClickAsync();
        var pending = deputy.GetByRole(AriaRole.Region, new() { Name = "Chờ biểu quyết" });
        await Assertions.Expect(pending.GetByRole(AriaRole.Row).Filter(new() { HasText = title })).ToContainTextAsync("Chưa gửi");
        await Accessibility.AssertNoViolationsAsync(deputy);

        // The deputy opens the proposal and gives their position, with a note, before the meeting.
        await pending.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        var mine = deputy.GetByRole(AriaRole.Region, new() { Name = "Ý kiến biểu quyết của tôi" });
        await mine.GetByRole(AriaRole.Group, new() { Name = "Ý kiến của tôi" }).GetByLabel("Tán thành", new() { Exact = true }).CheckAsync();
        await mine.GetByLabel("Ghi chú (không bắt buộc)").FillAsync("Đồng ý, đề nghị thí điểm trước ở bộ phận một cửa.");
        await Accessibility.AssertNoViolationsAsync(deputy);
        await mine.GetByRole(AriaRole.Button, new() { Name = "Gửi ý kiến" }).ClickAsync();
        await Assertions.Expect(Status(deputy)).ToHaveTextAsync("Đã ghi nhận.");
        await Assertions.Expect(deputy.Locator("#my-vote-current")).ToContainTextAsync("Tán thành");
        await Assertions.Expect(deputy.GetByRole(AriaRole.Button, new() { Name = "Cập nhật ý kiến" })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(deputy);

        // The head's minutes start from the deputy's position, shown beside them; the head records the meeting.
        var head = await browser.SignInAsync(Head);
        await head.GotoAsync(details);
        await RecordPartyOpinionAsync(head);
        await RecordConditionsAsync(head);
        var deputyGroup = head.GetByRole(AriaRole.Group, new() { Name = DeputyGroup });
        await Assertions.Expect(deputyGroup.GetByLabel("Tán thành", new() { Exact = true })).ToBeCheckedAsync();
        await Assertions.Expect(deputyGroup).ToContainTextAsync("Đồng ý, đề nghị thí điểm trước ở bộ phận một cửa.");
        await Assertions.Expect(head.Locator("#my-vote-form")).ToHaveCountAsync(0);
        await Accessibility.AssertNoViolationsAsync(head);
        await head.GetByRole(AriaRole.Group, new() { Name = HeadGroup }).GetByLabel("Tán thành", new() { Exact = true }).CheckAsync();
        await head.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận kết quả biểu quyết" }).ClickAsync();
        await Assertions.Expect(Status(head)).ToHaveTextAsync("Đã ghi nhận.");
        await Assertions.Expect(State(head)).ToHaveTextAsync("Đã thông qua");
        var minutes = head.Locator("#approval-minutes");
        await Assertions.Expect(minutes.GetByRole(AriaRole.Row).Filter(new() { HasText = "Phạm Thị Lan" })).ToContainTextAsync("Tán thành");
        await Accessibility.AssertNoViolationsAsync(head);

        // Recorded: the deputy's vote is no longer pending, and the position can no longer be changed.
        await deputy.GotoAsync("/Tasks");
        await Assertions.Expect(deputy.GetByRole(AriaRole.Link, new() { Name = title })).ToHaveCountAsync(0);
        await deputy.GotoAsync(details);
        await Assertions.Expect(deputy.Locator("#my-vote-form")).ToHaveCountAsync(0);
        await Accessibility.AssertNoViolationsAsync(deputy);
    }
}
