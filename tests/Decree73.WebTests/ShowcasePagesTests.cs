using System.Globalization;
using System.Net;
using Decree73.Domain.Access;
using Decree73.Domain.Organisation;
using Decree73.Infrastructure.Persistence;
using Decree73.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static Decree73.WebTests.ProposalScenarios;

namespace Decree73.WebTests;

/// <summary>Exemplary models: published by the deciding head, read by the province, not found anywhere else.</summary>
public sealed class ShowcasePagesTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private const string OtherProvinceEmail = "nguoidexuat.hanoi@test.decree73.vn";
    private static readonly SemaphoreSlim ProvinceLock = new(1, 1);

    /// <summary>A second province (another root of the unit tree) with one signed-in proposer.</summary>
    private async Task<HttpClient> OtherProvinceClientAsync()
    {
        await ProvinceLock.WaitAsync();
        try
        {
            if (!await factory.QueryAsync(db => db.Units.AnyAsync(u => u.Code == "HN")))
            {
                await using var scope = factory.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                var root = new OrganisationUnit("HN", "Thành phố Hà Nội", UnitKind.Province);
                db.Units.Add(root);
                await db.SaveChangesAsync();
                root.RefreshPath();
                await db.SaveChangesAsync();
                await factory.AddAsync(OtherProvinceEmail, AppRole.Proposer, "HN");
            }
        }
        finally
        {
            ProvinceLock.Release();
        }

        return await factory.SignInAsync(OtherProvinceEmail, TestAccounts.Password);
    }

    private async Task<int> PublishedAsync(string title)
    {
        var id = await factory.ProposalAtAsync(Stage.Evaluated, title);
        var head = await factory.ClientAsync(HeadEmail);
        var form = await head.GetDocumentAsync($"/Showcase/Publish/{id}");
        // Prefilled from the proposal: the completion report as results, the expected results as indicators.
        Assert.Equal(CompletionReport, form.QuerySelector("textarea[name='Input.Results']")!.TextContent.Trim());
        Assert.Equal("90% hồ sơ trong ngày", form.QuerySelector("textarea[name='Input.Indicators']")!.TextContent.Trim());
        var published = await head.SubmitAsync(form, new Dictionary<string, string>(), "main form.stacked");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        return int.Parse(published.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task A_published_model_is_read_in_the_province_without_personal_data_and_is_not_found_in_another()
    {
        var entry = await PublishedAsync("Mô hình một cửa số");
        var url = $"/Showcase/{entry}";

        foreach (var email in new[] { OtherProposerEmail, OtherHeadEmail, DeputyEmail, OtherInteriorEmail })
        {
            var client = await factory.ClientAsync(email);
            var page = await client.GetDocumentAsync(url);
            Assert.Equal("Mô hình một cửa số", page.QuerySelector("h1")!.TextContent.Trim());
            Assert.Contains("Hoàng Đức Thắng", page.Text());
            Assert.Contains("UBND phường Trạm Lộ", page.Text());
            // Never personal data, votes or protection: not the birth date (15/01/1990), sex, ethnicity or category.
            foreach (var hidden in new[] { "15/01/1990", "Nam", "Kinh", "Công chức", "biểu quyết", "Biểu quyết", "bảo vệ", "trách nhiệm" })
            {
                Assert.DoesNotContain(hidden, page.QuerySelector("main")!.TextContent);
            }

            Assert.NotNull((await client.GetDocumentAsync("/Showcase")).QuerySelector($"a[href='{url}']"));
        }

        var stranger = await OtherProvinceClientAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(url)).StatusCode);
        Assert.Null((await stranger.GetDocumentAsync("/Showcase")).QuerySelector($"a[href='{url}']"));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync("/Showcase/999999")).StatusCode);
    }

    [Fact]
    public async Task Publishing_is_refused_for_a_proposal_not_evaluated_completed_and_for_anyone_but_the_deciding_head()
    {
        var head = await factory.ClientAsync(HeadEmail);
        var inProgress = await factory.ProposalAtAsync(Stage.InProgress, "Đang thực hiện");
        // The page offers no form for it, and a crafted post is refused with the reason.
        var page = await head.GetDocumentAsync($"/Showcase/Publish/{inProgress}");
        Assert.Null(page.QuerySelector("main form.stacked"));
        Assert.Contains("chưa được đánh giá hoàn thành", page.QuerySelector("main")!.TextContent);
        var refused = await head.PostRawAsync($"/Showcase/Publish/{inProgress}", [new("Input.Summary", "Tóm tắt"), new("Input.Results", "Kết quả")]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Chỉ nhân rộng đề xuất đã được đánh giá hoàn thành, đúng chủ trương, động cơ trong sáng, vì lợi ích chung và không gây thiệt hại.", (await HtmlForms.ParseAsync(refused)).QuerySelector(".form-errors")!.TextContent);

        var completed = await factory.ProposalAtAsync(Stage.Evaluated, "Hoàn thành nhưng không phải trưởng");
        // The deputy reads the proposal but is not the head: refused. The head of another commune cannot read it: not found.
        var deputy = await factory.ClientAsync(DeputyEmail);
        var denied = await deputy.GetAsync($"/Showcase/Publish/{completed}");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", denied.Headers.Location!.PathAndQuery);
        Assert.StartsWith("/Account/AccessDenied", (await deputy.PostRawAsync($"/Showcase/Publish/{completed}",
            [new("Input.Summary", "x"), new("Input.Results", "y")])).Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.ClientAsync(OtherHeadEmail)).GetAsync($"/Showcase/Publish/{completed}")).StatusCode);
        Assert.False(await factory.QueryAsync(db => db.ShowcaseEntries.AnyAsync(s => s.ProposalId == inProgress || s.ProposalId == completed)));

        // Empty fields are refused next to them.
        var empty = await HtmlForms.ParseAsync(await head.SubmitAsync($"/Showcase/Publish/{completed}",
            new Dictionary<string, string> { ["Input.Summary"] = "", ["Input.Results"] = "" }, "main form.stacked"));
        Assert.Equal("Vui lòng nhập tóm tắt mô hình.", empty.FieldError("Input.Summary"));
        Assert.Equal("Vui lòng nhập kết quả đạt được.", empty.FieldError("Input.Results"));
    }

    [Fact]
    public async Task The_head_withdraws_a_model_and_it_is_no_longer_found()
    {
        var entry = await PublishedAsync("Sẽ thu hồi");
        var proposalId = await factory.QueryAsync(db => db.ShowcaseEntries.Where(s => s.Id == entry).Select(s => s.ProposalId).SingleAsync());
        var head = await factory.ClientAsync(HeadEmail);
        Assert.NotNull((await head.GetDocumentAsync($"/Proposals/Details/{proposalId}")).QuerySelector($"a[href='/Showcase/Publish/{proposalId}']"));

        var withdrawn = await head.SubmitAsync($"/Showcase/Publish/{proposalId}", new Dictionary<string, string>(), "form[action*='handler=Withdraw']");

        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.ClientAsync(OtherProposerEmail)).GetAsync($"/Showcase/{entry}")).StatusCode);
    }
}
