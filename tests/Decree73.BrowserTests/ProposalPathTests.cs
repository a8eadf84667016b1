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
/// Decree73 issue 3: the whole path of a proposal and its refusal paths, each step taken by the person whose step it
/// is, through real clicks and typing, with axe-core on every page state that shows new UI.
/// </summary>
[RequiresChromium]
public sealed partial class ProposalPathTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [ServiceFact]
    public async Task The_whole_path_runs_from_submission_to_an_evaluation_of_completed()
    {
        const string title = "Số hóa hồ sơ địa chính phường Trạm Lộ";
        const string milestone = "Số hóa xong hồ sơ của tổ dân phố số 1";

        // The proposer drafts the plan, adds a milestone to it, then submits.
        var proposer = await browser.SignInAsync(Proposer);
        await proposer.GotoAsync("/Proposals/Edit");
        await FillCompletePlanAsync(proposer, title);
        await proposer.GetByRole(AriaRole.Button, new() { Name = "Lưu nháp" }).ClickAsync();
        await Assertions.Expect(Status(proposer)).ToHaveTextAsync("Đã lưu bản nháp.");
        var id = new Uri(proposer.Url).Segments[^1];
        await proposer.GotoAsync("/Proposals/Details/" + id);
        await proposer.GetByLabel("Nội dung mốc").FillAsync(milestone);
        await proposer.GetByLabel("Thời hạn").FillAsync("15/03/2027");
        await proposer.GetByRole(AriaRole.Button, new() { Name = "Thêm mốc" }).ClickAsync();
        await Assertions.Expect(proposer.Locator("table.milestones")).ToContainTextAsync(milestone);
        await Accessibility.AssertNoViolationsAsync(proposer);
        await proposer.GetByRole(AriaRole.Link, new() { Name = "Sửa bản nháp" }).ClickAsync();
        await proposer.GetByRole(AriaRole.Button, new() { Name = "Gửi đề xuất" }).ClickAsync();
        await Assertions.Expect(Status(proposer)).ToContainTextAsync("Số tiếp nhận");
        var details = new Uri(proposer.Url).PathAndQuery;

        // The head finds it among his tasks and asks the Party committee for its opinion; a first try without an
        // addressee is refused next to the field.
        var head = await browser.SignInAsync(Head);
        await head.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" }).GetByRole(AriaRole.Link, new() { Name = "Việc của tôi" }).ClickAsync();
        var task = head.GetByRole(AriaRole.Row).Filter(new() { HasText = title });
        await Assertions.Expect(task).ToContainTextAsync("Đã tiếp nhận");
        await Accessibility.AssertNoViolationsAsync(head);
        await task.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Assertions.Expect(head.GetByRole(AriaRole.Heading, new() { Name = "Lấy ý kiến", Level = 2 })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(head);

        await head.GetByLabel("Xin ý kiến của").SelectOptionAsync(new SelectOptionValue { Label = "Cấp ủy cùng cấp" });
        await head.GetByRole(AriaRole.Button, new() { Name = "Gửi yêu cầu xin ý kiến" }).ClickAsync();
        await Assertions.Expect(head.Locator("#ask-addressee-error")).ToBeVisibleAsync();
        await Assertions.Expect(head.GetByLabel("Cơ quan, tổ chức hoặc người được xin ý kiến")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(head.GetByLabel("Xin ý kiến của")).ToHaveValueAsync("PartyCommittee");
        await Accessibility.AssertNoViolationsAsync(head);

        await head.GetByLabel("Cơ quan, tổ chức hoặc người được xin ý kiến").FillAsync("Đảng ủy phường Trạm Lộ");
        await head.GetByRole(AriaRole.Button, new() { Name = "Gửi yêu cầu xin ý kiến" }).ClickAsync();
        await Assertions.Expect(Status(head)).ToHaveTextAsync("Đã gửi yêu cầu xin ý kiến.");
        await Assertions.Expect(State(head)).ToHaveTextAsync("Đang lấy ý kiến");
        await Assertions.Expect(head.Locator("tr.opinion-request")).ToContainTextAsync("Chưa trả lời");

        // The Party committee's answer is recorded: that is the opinion the vote waits for.
        await head.GetByLabel("Ý kiến trả lời").FillAsync("Đảng ủy phường nhất trí chủ trương số hóa hồ sơ địa chính.");
        await head.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận ý kiến trả lời" }).ClickAsync();
        await Assertions.Expect(Status(head)).ToHaveTextAsync("Đã ghi nhận ý kiến trả lời.");
        await Assertions.Expect(head.Locator("tr.opinion-request")).ToContainTextAsync("Đảng ủy phường nhất trí");
        await Assertions.Expect(head.GetByText("Đã có ý kiến cấp ủy cùng cấp.")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(head);

        // The leadership votes for it; the head issues the implementation decision and assigns an implementer.
        await VoteAsync(head, headInFavour: true, deputyInFavour: true);
        await Assertions.Expect(State(head)).ToHaveTextAsync("Đã thông qua");
        await FillDocumentAsync(head, "40/QĐ-UBND", "24/11/2026", "Lê Văn Minh");
        await head.GetByLabel("Người được giao thực hiện", new() { Exact = false })
            .SelectOptionAsync(new SelectOptionValue { Label = "Vũ Thị Mai – Phòng Văn hóa – Xã hội phường Trạm Lộ" });
        await head.Locator("#decision-confirm").CheckAsync();
        await head.GetByRole(AriaRole.Button, new() { Name = "Ban hành quyết định triển khai" }).ClickAsync();
        await Assertions.Expect(State(head)).ToHaveTextAsync("Đang triển khai");
        await Assertions.Expect(head.Locator("ul.implementers")).ToHaveTextAsync("Vũ Thị Mai");
        await Assertions.Expect(Decisions(head).Filter(new() { HasText = "40/QĐ-UBND" })).ToContainTextAsync("Quyết định triển khai");

        // The proposer was told: the step is his again, in his notifications and his tasks.
        await proposer.GetByRole(AriaRole.Link, new() { Name = "Thông báo" }).ClickAsync();
        await Assertions.Expect(proposer.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Thông báo của tôi");
        await Assertions.Expect(proposer.GetByRole(AriaRole.Row).Filter(new() { HasText = title }).First).ToContainTextAsync("Được giao xử lý");
        await Accessibility.AssertNoViolationsAsync(proposer);
        await proposer.GotoAsync("/Tasks");
        await Assertions.Expect(proposer.GetByRole(AriaRole.Row).Filter(new() { HasText = title })).ToContainTextAsync("Đang triển khai");
        await Accessibility.AssertNoViolationsAsync(proposer);

        // The implementer reports progress and marks the milestone reached.
        var implementer = await browser.SignInAsync(Implementer);
        await implementer.GotoAsync(details);
        await implementer.GetByLabel("Tiến độ (%)").FillAsync("60");
        await implementer.GetByLabel("Công việc đã làm, minh chứng").FillAsync("Đã số hóa 1.200 hồ sơ của tổ dân phố số 1.");
        await implementer.GetByLabel("Mốc đã đạt (nếu có)").SelectOptionAsync(new SelectOptionValue { Label = milestone + " (15/03/2027)" });
        await implementer.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo tiến độ" }).ClickAsync();
        await Assertions.Expect(Status(implementer)).ToHaveTextAsync("Đã ghi nhận.");
        await Assertions.Expect(implementer.Locator(".progress-percent")).ToHaveTextAsync("Tiến độ hiện tại: 60%");
        await Assertions.Expect(implementer.Locator("table.progress-updates")).ToContainTextAsync("Vũ Thị Mai");
        await Assertions.Expect(implementer.Locator("table.milestones")).Not.ToContainTextAsync("Chưa hoàn thành");
        await Accessibility.AssertNoViolationsAsync(implementer);

        // The proposer reports completion; a report too short to be full is refused and kept.
        await proposer.GotoAsync(details);
        await proposer.GetByLabel("Nội dung báo cáo hoàn thành (đầy đủ, trung thực)").FillAsync("Đã xong.");
        await proposer.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo hoàn thành" }).ClickAsync();
        await Assertions.Expect(proposer.Locator("#completion-report-error")).ToBeVisibleAsync();
        await Assertions.Expect(proposer.GetByLabel("Nội dung báo cáo hoàn thành (đầy đủ, trung thực)")).ToHaveValueAsync("Đã xong.");
        await Accessibility.AssertNoViolationsAsync(proposer);
        const string report = "Đã số hóa toàn bộ 5.400 hồ sơ địa chính; thời gian tra cứu giảm từ 3 ngày xuống 15 phút; kiến nghị nhân rộng.";
        await proposer.GetByLabel("Nội dung báo cáo hoàn thành (đầy đủ, trung thực)").FillAsync(report);
        await proposer.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo hoàn thành" }).ClickAsync();
        await Assertions.Expect(Status(proposer)).ToHaveTextAsync("Đã gửi báo cáo hoàn thành.");
        await Assertions.Expect(State(proposer)).ToHaveTextAsync("Đã báo cáo hoàn thành");
        await Assertions.Expect(proposer.Locator(".completion-report")).ToHaveTextAsync(report);

        // The head evaluates: the Party opinion on the result first, then the leadership adopts "completed".
        await head.GotoAsync(details);
        await Assertions.Expect(head.GetByRole(AriaRole.Heading, new() { Name = "Đánh giá kết quả" })).ToBeVisibleAsync();
        await RecordPartyOpinionAsync(head);
        await Accessibility.AssertNoViolationsAsync(head);
        await head.GetByLabel("Kết quả", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Hoàn thành" });
        await head.GetByLabel("Đúng chủ trương").CheckAsync();
        await head.GetByLabel("Động cơ trong sáng").CheckAsync();
        await head.GetByLabel("Vì lợi ích chung").CheckAsync();
        await head.GetByRole(AriaRole.Group, new() { Name = HeadGroup }).GetByLabel("Tán thành", new() { Exact = true }).CheckAsync();
        await head.GetByRole(AriaRole.Group, new() { Name = DeputyGroup }).GetByLabel("Tán thành", new() { Exact = true }).CheckAsync();
        await FillDocumentAsync(head, "52/QĐ-UBND", "25/11/2026", "Lê Văn Minh");
        await head.Locator("#evaluate-confirm").CheckAsync();
        await head.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận kết quả đánh giá" }).ClickAsync();

        await Assertions.Expect(State(head)).ToHaveTextAsync("Đã đánh giá");
        await Assertions.Expect(head.Locator(".evaluation-outcome")).ToHaveTextAsync("Hoàn thành");
        await Assertions.Expect(Decisions(head).Filter(new() { HasText = "52/QĐ-UBND" })).ToContainTextAsync("Kết quả đánh giá");
        var history = head.GetByRole(AriaRole.Region, new() { Name = "Lịch sử thay đổi" });
        Assert.True(await history.GetByRole(AriaRole.Row).CountAsync() > 8, "The history should list every step taken.");
        await Accessibility.AssertNoViolationsAsync(head);
        await ScreenshotAsync(head, "proposal-evaluated-completed.png");
    }

    [ServiceFact]
    public async Task On_a_tied_vote_the_head_voting_against_means_it_is_not_passed()
    {
        var proposer = await browser.SignInAsync(Proposer);
        var details = await SubmitProposalAsync(proposer, "Một cửa liên thông cấp phép xây dựng");

        var head = await browser.SignInAsync(Head);
        await head.GotoAsync(details);

        // Without the Party opinion the vote is refused, and says why.
        await VoteAsync(head, headInFavour: false, deputyInFavour: true, expectDone: false);
        await Assertions.Expect(Errors(head)).ToContainTextAsync("cấp ủy");
        await Assertions.Expect(State(head)).ToHaveTextAsync("Đã tiếp nhận");

        await RecordPartyOpinionAsync(head);
        await VoteAsync(head, headInFavour: false, deputyInFavour: true);
        await Assertions.Expect(State(head)).ToHaveTextAsync("Không được thông qua");
        await Assertions.Expect(head.GetByRole(AriaRole.Heading, new() { Name = "Người đứng đầu quyết định thông qua và chịu trách nhiệm cá nhân" }))
            .ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(head);
    }

    [ServiceFact]
    public async Task After_a_failed_vote_the_head_approves_by_override_only_with_a_decision_document()
    {
        var proposer = await browser.SignInAsync(Proposer);
        var details = await SubmitProposalAsync(proposer, "Tiếp nhận phản ánh qua ứng dụng di động");

        var head = await browser.SignInAsync(Head);
        await head.GotoAsync(details);
        await RecordPartyOpinionAsync(head);
        await VoteAsync(head, headInFavour: false, deputyInFavour: false);
        await Assertions.Expect(State(head)).ToHaveTextAsync("Không được thông qua");

        var overrideForm = head.Locator("form").Filter(new() { Has = head.GetByRole(AriaRole.Heading, new() { Name = "Người đứng đầu quyết định thông qua và chịu trách nhiệm cá nhân" }) });
        const string reason = "Cần thiết để giảm thời gian xử lý phản ánh; tôi chịu trách nhiệm cá nhân.";
        await overrideForm.GetByLabel("Lý do, ý kiến").FillAsync(reason);
        await overrideForm.GetByRole(AriaRole.Button).ClickAsync();
        // No decision document: refused, still not passed.
        await Assertions.Expect(Errors(head)).ToBeVisibleAsync();
        await Assertions.Expect(State(head)).ToHaveTextAsync("Không được thông qua");
        await Accessibility.AssertNoViolationsAsync(head);

        overrideForm = head.Locator("form").Filter(new() { Has = head.GetByRole(AriaRole.Heading, new() { Name = "Người đứng đầu quyết định thông qua và chịu trách nhiệm cá nhân" }) });
        await overrideForm.GetByLabel("Lý do, ý kiến").FillAsync(reason);
        await overrideForm.GetByLabel("Số, ký hiệu văn bản").FillAsync("31/QĐ-UBND");
        await overrideForm.GetByLabel("Ngày ký").FillAsync("24/11/2026");
        await overrideForm.GetByLabel("Người ký").FillAsync("Lê Văn Minh");
        await overrideForm.Locator("#override-confirm").CheckAsync();
        await overrideForm.GetByRole(AriaRole.Button).ClickAsync();

        await Assertions.Expect(State(head)).ToHaveTextAsync("Đã thông qua");
        await Assertions.Expect(Decisions(head).Filter(new() { HasText = "31/QĐ-UBND" }))
            .ToContainTextAsync("Quyết định của người đứng đầu (chịu trách nhiệm cá nhân)");
        await Assertions.Expect(Decisions(head).Filter(new() { HasText = "31/QĐ-UBND" })).ToContainTextAsync(reason);
        await Assertions.Expect(head.GetByRole(AriaRole.Region, new() { Name = "Kết quả xem xét và đánh giá" }))
            .ToContainTextAsync("Người đứng đầu quyết định thông qua và chịu trách nhiệm cá nhân sau khi biểu quyết không được thông qua.");
        await Accessibility.AssertNoViolationsAsync(head);

        // The proposer sees the same.
        await proposer.GotoAsync(details);
        await Assertions.Expect(State(proposer)).ToHaveTextAsync("Đã thông qua");
        await Assertions.Expect(Decisions(proposer).Filter(new() { HasText = "31/QĐ-UBND" })).ToContainTextAsync("chịu trách nhiệm cá nhân");
    }

    [ServiceFact]
    public async Task A_proposal_returned_for_revision_is_a_draft_again_and_resubmitting_gives_a_new_receipt_number()
    {
        const string title = "Chuẩn hóa mẫu biểu chứng thực";
        var proposer = await browser.SignInAsync(Proposer);
        var details = await SubmitProposalAsync(proposer, title);
        var firstReceipt = await ReceiptNumberAsync(proposer);

        var head = await browser.SignInAsync(Head);
        await head.GotoAsync(details);
        var refuseForm = head.Locator("form[action*='handler=Return']");

        // A return needs a reason.
        await refuseForm.GetByRole(AriaRole.Button, new() { Name = "Trả lại để hoàn thiện" }).ClickAsync();
        await Assertions.Expect(Errors(head)).ToBeVisibleAsync();
        await Assertions.Expect(State(head)).ToHaveTextAsync("Đã tiếp nhận");

        const string reason = "Đề nghị bổ sung chỉ tiêu đo được cho phần hiệu quả dự kiến.";
        await head.Locator("#return-reason").FillAsync(reason);
        await head.GetByRole(AriaRole.Button, new() { Name = "Trả lại để hoàn thiện" }).ClickAsync();
        // The draft is the proposer's alone again: the head is taken back to the list, where it no longer shows.
        await Assertions.Expect(Status(head)).ToHaveTextAsync("Đã ghi nhận.");
        await Assertions.Expect(head.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Đề xuất đổi mới, sáng tạo");
        await Assertions.Expect(head.GetByRole(AriaRole.Link, new() { Name = title })).ToHaveCountAsync(0);
        await head.GotoAsync(details);
        await Assertions.Expect(head.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Không tìm thấy trang");

        // The proposer sees the reason on his proposal, which is his draft again, and it is his task.
        await proposer.GotoAsync("/Tasks");
        await Assertions.Expect(proposer.GetByRole(AriaRole.Row).Filter(new() { HasText = title })).ToContainTextAsync("Bản nháp");
        await proposer.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Assertions.Expect(State(proposer)).ToHaveTextAsync("Bản nháp");
        await Assertions.Expect(Decisions(proposer).Filter(new() { HasText = "Trả lại để hoàn thiện" })).ToContainTextAsync(reason);
        await Accessibility.AssertNoViolationsAsync(proposer);

        await proposer.GetByRole(AriaRole.Link, new() { Name = "Sửa bản nháp" }).ClickAsync();
        await proposer.GetByLabel("Dự kiến hiệu quả (có chỉ tiêu đo được)").FillAsync("Giảm 50% số hồ sơ phải bổ sung; 100% mẫu biểu đăng trên cổng dịch vụ công.");
        await proposer.GetByRole(AriaRole.Button, new() { Name = "Gửi đề xuất" }).ClickAsync();
        await Assertions.Expect(Status(proposer)).ToContainTextAsync("Đã gửi đề xuất. Số tiếp nhận:");
        await Assertions.Expect(State(proposer)).ToHaveTextAsync("Đã tiếp nhận");
        var secondReceipt = await ReceiptNumberAsync(proposer);
        Assert.NotEqual(firstReceipt, secondReceipt);
        await Assertions.Expect(Status(proposer)).ToContainTextAsync(secondReceipt);

        // Back with the head, at the start of the path.
        await head.GotoAsync(details);
        await Assertions.Expect(head.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận kết quả biểu quyết" })).ToBeVisibleAsync();
    }

    [ServiceFact]
    public async Task The_heads_own_proposal_goes_to_the_province_and_a_ward_proposal_is_escalated_there()
    {
        // Art. 7(4): the Trạm Lộ head may also propose; his proposal is decided by the superior agency, the province,
        // whose head the demo data lacks.
        var provinceHead = await AddProvinceHeadAsync();
        var headId = await UserIdAsync(Head);
        await InDbAsync(async db =>
        {
            db.RoleGrants.Add(new RoleGrant(headId, AppRole.Proposer, await db.Units.Where(u => u.Code == "TRAMLO").Select(u => u.Id).SingleAsync()));
            await db.SaveChangesAsync();
        });

        const string title = "Ứng dụng bản đồ số quản lý đô thị";
        var head = await browser.SignInAsync(Head);
        var details = await SubmitProposalAsync(head, title);
        await Assertions.Expect(head.Locator("dl.facts")).ToContainTextAsync("Tỉnh Bắc Ninh");
        Assert.Contains("ĐX-BN", await ReceiptNumberAsync(head));
        // He cannot decide his own proposal: no steps for him.
        await Assertions.Expect(head.GetByRole(AriaRole.Heading, new() { Name = "Xử lý đề xuất" })).ToHaveCountAsync(0);
        await Accessibility.AssertNoViolationsAsync(head);

        // The province head finds it in his tasks. The province is the top of the unit tree: there is no unit above it
        // to escalate to, so he may return it (or put it to the vote) but the escalation button is not offered.
        var province = await browser.SignInAsync(provinceHead.Email, provinceHead.Password);
        await province.GotoAsync("/Tasks");
        await province.GetByRole(AriaRole.Row).Filter(new() { HasText = title }).GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        Assert.EndsWith(details, province.Url);
        await Assertions.Expect(province.GetByRole(AriaRole.Heading, new() { Name = "Xử lý đề xuất" })).ToBeVisibleAsync();
        await Assertions.Expect(province.GetByRole(AriaRole.Button, new() { Name = "Trả lại để hoàn thiện" })).ToBeVisibleAsync();
        await Assertions.Expect(province.GetByRole(AriaRole.Button, new() { Name = "Chuyển cấp có thẩm quyền" })).ToHaveCountAsync(0);
        await Assertions.Expect(province.GetByLabel("Cơ quan có thẩm quyền nhận đề xuất")).ToHaveCountAsync(0);

        // A ward proposal beyond the ward's authority: the Trạm Lộ head escalates it to the province (the parent,
        // chosen by default in the list of units above), where it is received anew.
        const string wardTitle = "Liên thông dữ liệu đất đai phường với tỉnh";
        var proposer = await browser.SignInAsync(Proposer);
        var wardDetails = await SubmitProposalAsync(proposer, wardTitle);
        await head.GotoAsync(wardDetails);
        // The only competent level above the ward is named in the escalation form (nothing to choose).
        await Assertions.Expect(head.Locator("form[action*='handler=Escalate']")).ToContainTextAsync("Đề xuất sẽ được chuyển đến: Tỉnh Bắc Ninh");
        await head.Locator("#escalate-reason").FillAsync("Nội dung vượt thẩm quyền của phường, chuyển Ủy ban nhân dân tỉnh xem xét.");
        await head.Locator("#escalate-confirm").CheckAsync();
        await head.GetByRole(AriaRole.Button, new() { Name = "Chuyển cấp có thẩm quyền" }).ClickAsync();
        await Assertions.Expect(State(head)).ToHaveTextAsync("Chuyển cấp có thẩm quyền");
        await Assertions.Expect(Decisions(head).Filter(new() { HasText = "vượt thẩm quyền của phường" })).ToContainTextAsync("Chuyển cấp có thẩm quyền");
        await Assertions.Expect(head.GetByRole(AriaRole.Heading, new() { Name = "Xử lý đề xuất" })).ToHaveCountAsync(0);
        await Accessibility.AssertNoViolationsAsync(head);

        // The province head finds the new receipt in his tasks, with the province's own receipt number, and decides it there.
        await province.GotoAsync("/Tasks");
        await province.GetByRole(AriaRole.Row).Filter(new() { HasText = wardTitle }).GetByRole(AriaRole.Link, new() { Name = wardTitle }).ClickAsync();
        Assert.DoesNotContain(wardDetails, province.Url);
        Assert.Contains("ĐX-BN", await ReceiptNumberAsync(province));
        await Assertions.Expect(province.GetByRole(AriaRole.Heading, new() { Name = "Xử lý đề xuất" })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(province);

        // The proposer sees where it went.
        await proposer.GotoAsync(wardDetails);
        await Assertions.Expect(State(proposer)).ToHaveTextAsync("Chuyển cấp có thẩm quyền");
    }

    private sealed record Account(string Email, string Password);

    /// <summary>A province head: an officer of the province with an account holding the UnitHead grant there.</summary>
    private async Task<Account> AddProvinceHeadAsync()
    {
        var account = new Account("chutich.tinh@demo.decree73.vn", "mật khẩu thử nghiệm đủ dài 2026");
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

    private async Task<string> UserIdAsync(string email)
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email);
        return user!.Id;
    }

    private async Task InDbAsync(Func<AppDbContext, Task> action)
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }
}
