using System.Net;
using Decree73.TestSupport;
using Xunit;
using static Decree73.WebTests.ProposalScenarios;

namespace Decree73.WebTests;

/// <summary>
/// What the views show now that page models and view components load it (issue 11): the navigation by role and the
/// header name on every page, and the proposal page's sections on a GET and on a refused POST alike.
/// </summary>
public sealed class PageSectionsTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private static readonly string[] AdminLinks = ["/Admin/Units", "/Admin/Officers", "/Admin/Accounts", "/Admin/Calendar", "/Admin/Audit"];

    [Theory]
    [InlineData(AdministratorEmail, true, false, true, true)]
    [InlineData(WardMonitorEmail, false, true, true, true)]
    [InlineData(HeadEmail, false, true, false, false)]
    [InlineData(ProposerEmail, false, false, false, false)]
    public async Task The_navigation_shows_the_links_of_the_roles_held(string email, bool admin, bool protection, bool appraisal, bool compliance)
    {
        var client = await factory.ClientAsync(email);

        var page = await client.GetDocumentAsync("/Tasks");

        bool Has(string href) => page.QuerySelector($"nav.site-nav a[href='{href}']") is not null;
        Assert.True(Has("/Proposals") && Has("/Notifications") && Has("/Reports") && Has("/Showcase"));
        Assert.All(AdminLinks, link => Assert.Equal(admin, Has(link)));
        Assert.Equal(protection, Has("/Protection"));
        Assert.Equal(protection, Has("/Violations"));
        Assert.Equal(appraisal, Has("/Appraisal"));
        Assert.Equal(compliance, Has("/Compliance"));
    }

    [Fact]
    public async Task The_header_names_the_officer_and_their_unit_and_an_anonymous_visitor_gets_no_navigation()
    {
        var head = await factory.ClientAsync(HeadEmail);
        var name = (await head.GetDocumentAsync("/Tasks")).QuerySelector("nav.site-nav a.user-name")!.TextContent;
        Assert.StartsWith(HeadName + " – ", name, StringComparison.Ordinal);

        var login = await factory.NewClient().GetDocumentAsync("/Account/Login");
        Assert.Null(login.QuerySelector("nav.site-nav"));
    }

    [Fact]
    public async Task A_refused_step_shows_the_page_again_with_its_sections()
    {
        var id = await factory.ProposalAtAsync(Stage.WithAttachment, "Trang đề xuất hiển thị lại đủ các phần");
        var head = await factory.ClientAsync(HeadEmail);

        // Escalation is irreversible: without the confirmation box it is refused and the page is shown again.
        var refused = await head.PostFormAsync(id, "Escalate", new() { ["Action.Reason"] = "Vượt thẩm quyền" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await HtmlForms.ParseAsync(refused);
        Assert.Contains("Biên bản họp.pdf", page.QuerySelector("section.attachments")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("form#attachment-upload"));
        Assert.NotNull(page.QuerySelector("section.opinions #ask-due"));
        Assert.NotEmpty(page.QuerySelectorAll("section.history tbody tr"));
        // The technical trail is the administrator's: the head gets no link to it.
        Assert.Null(page.QuerySelector($"a[href='/Admin/Audit?proposal={id}']"));
    }
}
