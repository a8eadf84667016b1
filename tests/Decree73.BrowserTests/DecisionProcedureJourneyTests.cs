using System.Text.RegularExpressions;
using Decree73.Domain.Access;
using Decree73.Domain.People;
using Decree73.Infrastructure.Identity;
using Decree73.Infrastructure.Persistence;
using Decree73.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit;
using static Decree73.BrowserTests.ProposalPages;

namespace Decree73.BrowserTests;

/// <summary>
/// Decree73 issue 9: the decision procedure as Decree 73 writes it. No refusal before the collective vote (Art. 8(1)):
/// the button is not offered and a crafted post is refused; after a full roster vote that fails, the head rejects
/// with reasons. A proposal escalated from below reaches the superior head's tasks with its deadline and is decided there.
/// </summary>
[RequiresChromium]
public sealed partial class DecisionProcedureJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Reject = "Không chấp thuận";

    [ServiceFact]
    public async Task The_head_cannot_reject_before_the_vote_and_rejects_with_reasons_after_a_full_roster_vote_fails()
    {
        const string title = "Cấp phiếu hẹn điện tử tại bộ phận một cửa";
        var proposer = await browser.SignInAsync(Proposer);
        var details = await SubmitProposalAsync(proposer, title);

        // Before the vote: only return for revision (or escalation) is offered, no rejection.
        var head = await browser.SignInAsync(Head);
        await head.GotoAsync(details);
        await Assertions.Expect(State(head)).ToHaveTextAsync("Đã tiếp nhận");
        await Assertions.Expect(head.GetByRole(AriaRole.Button, new() { Name = "Trả lại để hoàn thiện" })).ToBeVisibleAsync();
        await Assertions.Expect(head.GetByRole(AriaRole.Button, new() { Name = Reject, Exact = true })).ToHaveCountAsync(0);
        await Accessibility.AssertNoViolationsAsync(head);

        // A crafted post of the return form to the reject step, confirmed, is refused with the decree's reason, and nothing changes.
        await head.Locator("#return-reason").FillAsync("Thử từ chối trước khi tập thể lãnh đạo biểu quyết.");
        await head.EvaluateAsync("""
            () => {
                const form = document.querySelector("form[action*='handler=Return']");
                form.action = form.action.replace('handler=Return', 'handler=Reject');
                const confirmed = document.createElement('input');
                confirmed.type = 'hidden'; confirmed.name = 'Action.Confirmed'; confirmed.value = 'true';
                form.appendChild(confirmed);
            }
            """);
        await head.Locator("form[action*='handler=Reject'] button[type=submit]").ClickAsync();
        await Assertions.Expect(Errors(head)).ToContainTextAsync("chỉ được từ chối sau khi biểu quyết không thông qua");
        await Assertions.Expect(State(head)).ToHaveTextAsync("Đã tiếp nhận");
        await Assertions.Expect(head.GetByRole(AriaRole.Button, new() { Name = Reject, Exact = true })).ToHaveCountAsync(0);
        await Accessibility.AssertNoViolationsAsync(head);

        // The Art. 5 findings, then the whole roster votes at the meeting: the head against, the deputy absent.
        await RecordPartyOpinionAsync(head);
        await RecordConditionsAsync(head);
        // The meeting date (today by default, never before the receipt nor in the future) is shown as dd/MM/yyyy.
        await Assertions.Expect(head.GetByLabel("Ngày họp tập thể lãnh đạo")).ToHaveValueAsync(DateLike());
        await head.GetByRole(AriaRole.Group, new() { Name = HeadGroup }).GetByLabel("Không tán thành", new() { Exact = true }).CheckAsync();
        await head.GetByRole(AriaRole.Group, new() { Name = DeputyGroup }).GetByLabel("Vắng mặt", new() { Exact = true }).CheckAsync();
        await head.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận kết quả biểu quyết" }).ClickAsync();
        await Assertions.Expect(Status(head)).ToHaveTextAsync("Đã ghi nhận.");
        await Assertions.Expect(State(head)).ToHaveTextAsync("Không được thông qua");

        // Now, and only now, rejection is offered; it is taken with reasons.
        var reject = head.GetByRole(AriaRole.Button, new() { Name = Reject, Exact = true });
        await Assertions.Expect(reject).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(head);
        const string reason = "Tập thể lãnh đạo không tán thành: chưa bố trí được kinh phí trong năm 2026.";
        await head.Locator("#reject-reason").FillAsync(reason);
        // Without the confirmation that says what will happen, the rejection is refused next to the box, the reason kept.
        await Assertions.Expect(head.GetByLabel("Tôi xác nhận: đề xuất sẽ bị từ chối", new() { Exact = false })).Not.ToBeCheckedAsync();
        await reject.ClickAsync();
        await Assertions.Expect(head.Locator("#reject-confirm-error")).ToHaveTextAsync("Hãy đánh dấu ô xác nhận này: bước này không thể hoàn tác. Chưa có gì thay đổi.");
        await Assertions.Expect(head.Locator("#reject-reason")).ToHaveValueAsync(reason);
        await Assertions.Expect(State(head)).ToHaveTextAsync("Không được thông qua");
        await Accessibility.AssertNoViolationsAsync(head);
        await head.Locator("#reject-confirm").CheckAsync();
        await head.GetByRole(AriaRole.Button, new() { Name = Reject, Exact = true }).ClickAsync();
        await Assertions.Expect(Status(head)).ToHaveTextAsync("Đã ghi nhận.");
        await head.GotoAsync(details);
        await Assertions.Expect(State(head)).ToHaveTextAsync(Reject);
        await Assertions.Expect(Decisions(head).Filter(new() { HasText = "chưa bố trí được kinh phí" })).ToContainTextAsync(Reject);
        await Assertions.Expect(head.GetByRole(AriaRole.Heading, new() { Name = "Xử lý đề xuất" })).ToHaveCountAsync(0);
        await Accessibility.AssertNoViolationsAsync(head);

        // The proposer sees the refusal and its reason.
        await proposer.GotoAsync(details);
        await Assertions.Expect(State(proposer)).ToHaveTextAsync(Reject);
        await Assertions.Expect(Decisions(proposer).Filter(new() { HasText = "chưa bố trí được kinh phí" })).ToBeVisibleAsync();
    }

    [ServiceFact]
    public async Task An_escalated_proposal_reaches_the_province_heads_tasks_with_its_deadline_and_is_approved_there()
    {
        var provinceHead = await AddProvinceHeadAsync();
        const string title = "Kết nối dữ liệu hộ tịch phường với tỉnh";
        var proposer = await browser.SignInAsync(Proposer);
        var wardDetails = await SubmitProposalAsync(proposer, title);

        var head = await browser.SignInAsync(Head);
        await head.GotoAsync(wardDetails);
        await head.Locator("#escalate-reason").FillAsync("Vượt thẩm quyền của phường, chuyển Ủy ban nhân dân tỉnh xem xét.");
        await head.Locator("#escalate-confirm").CheckAsync();
        await head.GetByRole(AriaRole.Button, new() { Name = "Chuyển cấp có thẩm quyền" }).ClickAsync();
        await Assertions.Expect(State(head)).ToHaveTextAsync("Chuyển cấp có thẩm quyền");

        // The province head finds it in his tasks, with its decision deadline as a date.
        var province = await browser.SignInAsync(provinceHead.Email, provinceHead.Password);
        await province.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" }).GetByRole(AriaRole.Link, new() { Name = "Việc của tôi" }).ClickAsync();
        var task = province.GetByRole(AriaRole.Row).Filter(new() { HasText = title });
        await Assertions.Expect(task).ToContainTextAsync("Đã tiếp nhận");
        await Assertions.Expect(task.Locator("td").Nth(3)).ToHaveTextAsync(DateLike());
        await Accessibility.AssertNoViolationsAsync(province);

        // He decides it there: the Party opinion, the Art. 5 findings and his one-member roster voting for it.
        await task.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        Assert.DoesNotContain(wardDetails, province.Url);
        await RecordPartyOpinionAsync(province);
        await RecordConditionsAsync(province);
        await province.GetByRole(AriaRole.Group, new() { Name = ProvinceHeadGroup }).GetByLabel("Tán thành", new() { Exact = true }).CheckAsync();
        await province.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận kết quả biểu quyết" }).ClickAsync();
        await Assertions.Expect(Status(province)).ToHaveTextAsync("Đã ghi nhận.");
        await Assertions.Expect(State(province)).ToHaveTextAsync("Đã thông qua");
        await Accessibility.AssertNoViolationsAsync(province);

        // The original stays escalated in the ward.
        await proposer.GotoAsync(wardDetails);
        await Assertions.Expect(State(proposer)).ToHaveTextAsync("Chuyển cấp có thẩm quyền");
    }

    private const string ProvinceHeadGroup = "Nguyễn Hữu Tỉnh (Người đứng đầu)";

    private sealed record Account(string Email, string Password);

    /// <summary>The demo data has no province head: an officer of the province with the UnitHead grant there.</summary>
    private async Task<Account> AddProvinceHeadAsync()
    {
        var account = new Account("chutich.tinh.i9@demo.decree73.vn", "mật khẩu thử nghiệm đủ dài 2026");
        await using var scope = browser.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var user = new AppUser { UserName = account.Email, Email = account.Email, EmailConfirmed = true };
        var created = await users.CreateAsync(user, account.Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Code)));
        var province = await db.Units.Where(u => u.Code == "BN").Select(u => u.Id).SingleAsync();
        db.Officers.Add(new Officer
        {
            FullName = "Nguyễn Hữu Tỉnh", Sex = Sex.Male, DateOfBirth = new(1970, 2, 3), PostKind = PostKind.Head, PostTitle = "Chủ tịch UBND tỉnh",
            Category = CivilServiceCategory.Cadre, UnitId = province, EducationLevel = EducationLevel.Master,
            PoliticalTheoryLevel = PoliticalTheoryLevel.Advanced, UserId = user.Id,
        });
        db.RoleGrants.Add(new RoleGrant(user.Id, AppRole.UnitHead, province));
        await db.SaveChangesAsync();
        return account;
    }

    [GeneratedRegex(@"\d{2}/\d{2}/\d{4}")]
    private static partial Regex DateLike();
}
