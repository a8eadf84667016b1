using System.Net;
using System.Text.RegularExpressions;
using Decree73.TestSupport;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Decree73.WebTests;

/// <summary>The proposal's history on its page and the audit chain check for administrators.</summary>
public sealed partial class AuditPagesTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private const string ProposerEmail = "truongphong.kt.tramlo@demo.decree73.vn";
    private const string HeadEmail = "chutich.tramlo@demo.decree73.vn";
    private const string AdminEmail = "quantri@demo.decree73.vn";

    [GeneratedRegex(@"\d{2}/\d{2}/\d{4} \d{2}:\d{2}")]
    private static partial Regex VietnameseDateTime();

    [Fact]
    public async Task The_proposal_page_shows_who_did_what_and_when_with_the_values_before_and_after()
    {
        var id = await factory.SubmittedAsync("Lịch sử hiển thị trên trang");
        var head = await factory.SignInAsync(HeadEmail);
        var page = await head.GetDocumentAsync($"/Proposals/Details/{id}");
        await head.SubmitAsync(page, new Dictionary<string, string>(), "form[action*='handler=PartyOpinion']");

        var details = await head.GetDocumentAsync($"/Proposals/Details/{id}");

        var history = details.QuerySelector("section.history");
        Assert.NotNull(history);
        Assert.Equal("Lịch sử thay đổi", history.QuerySelector("h2")!.TextContent);
        var rows = history.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(3, rows.Count);
        // Newest first (the history is paged from the newest event).
        Assert.Contains("tạo bản nháp", rows[2]);
        Assert.Matches(@"gửi đề xuất; số tiếp nhận \d+/\d{4}/ĐX-TRAMLO", rows[1]);
        Assert.Contains("ghi nhận ý kiến của cấp ủy", rows[0]);
        Assert.Contains("Lê Văn Minh", rows[0]);
        Assert.All(rows, r => Assert.Matches(VietnameseDateTime(), r));
    }

    [Fact]
    public async Task The_audit_check_is_refused_to_a_non_administrator()
    {
        foreach (var email in new[] { ProposerEmail, HeadEmail })
        {
            var client = await factory.SignInAsync(email);
            var response = await client.GetAsync("/Admin/Audit");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_audit_check_shows_an_intact_trail_then_points_at_an_edited_entry()
    {
        var id = await factory.SubmittedAsync("Bản ghi sẽ bị sửa");
        var admin = await factory.SignInAsync(AdminEmail);
        var before = await admin.GetDocumentAsync("/Admin/Audit");
        Assert.Contains("Nhật ký toàn vẹn", before.Text());
        Assert.DoesNotContain($"/Proposals/Details/{id}", before.Body!.InnerHtml);

        var target = await factory.QueryAsync(db => db.AuditEntries.Where(a => a.ProposalId == id).OrderBy(a => a.Sequence).Select(a => a.Id).FirstAsync());
        await factory.QueryAsync(db => db.Database.ExecuteSqlAsync($"UPDATE \"AuditEntries\" SET \"After\" = {"{}"} WHERE \"Id\" = {target}"));

        var after = await admin.GetDocumentAsync("/Admin/Audit");
        var link = after.QuerySelector($"a[href='/Proposals/Details/{id}']");
        Assert.NotNull(link);
        Assert.Equal("Bản ghi sẽ bị sửa", link.TextContent);
        Assert.Contains("Nội dung bản ghi đã bị sửa", link.Closest("tr")!.TextContent);
    }
}
