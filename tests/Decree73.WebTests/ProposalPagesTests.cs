using System.Net;
using Decree73.Domain.Proposals;
using Decree73.TestSupport;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static Decree73.WebTests.ProposalScenarios;

namespace Decree73.WebTests;

public sealed class ProposalPagesTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private const string Proposer = "truongphong.kt.tramlo@demo.decree73.vn";

    [Fact]
    public async Task A_proposer_saves_an_incomplete_draft_is_told_what_is_missing_and_then_submits()
    {
        var client = await factory.SignInAsync(Proposer);
        var id = await client.DraftAsync("Tiếp nhận hồ sơ qua mạng xã hội");

        var edit = await client.GetDocumentAsync($"/Proposals/Edit/{id}");
        var incomplete = await client.SubmitAsync(edit, new Dictionary<string, string> { ["Input.Plan.Content"] = "Tiếp nhận trực tuyến" }, "main form", SubmitButton);
        var page = await HtmlForms.ParseAsync(incomplete);

        Assert.Equal(HttpStatusCode.OK, incomplete.StatusCode);
        Assert.Contains("bắt buộc khi gửi", page.FieldError("Input.Plan.Necessity"));
        Assert.Equal("Vui lòng chọn lĩnh vực.", page.FieldError("Input.FieldId"));
        Assert.Equal("Tiếp nhận trực tuyến", page.QuerySelector("#Input_Plan_Content")!.TextContent);

        // The same page, complete this time, submitted with the "Gửi đề xuất" button.
        var submitted = await client.SubmitAsync(page, FullPlan("Tiếp nhận hồ sơ qua mạng xã hội"), "main form", SubmitButton);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var stored = await factory.QueryAsync(db => db.Proposals.SingleAsync(p => p.Id == id));
        Assert.Equal(ProposalState.Submitted, stored.State);
        Assert.Matches(@"^\d+/\d{4}/ĐX-TRAMLO$", stored.ReceiptNumber);
        Assert.Equal(15_000_000m, stored.Plan.FundsVnd);
        Assert.Equal(new DateOnly(2027, 5, 31), stored.EndOn);
        var details = await client.GetDocumentAsync($"/Proposals/Details/{id}");
        Assert.Contains(stored.ReceiptNumber!, details.Text());
        Assert.Contains("15.000.000", details.Text());
    }

    [Fact]
    public async Task Submitting_the_new_proposal_form_twice_makes_one_proposal_and_both_clicks_land_on_it()
    {
        var client = await factory.SignInAsync(Proposer);
        var form = await client.GetDocumentAsync("/Proposals/Edit");

        var first = await client.SubmitAsync(form, FullPlan("Nhấp đúp khi gửi"), "main form", SubmitButton);
        var second = await client.SubmitAsync(form, FullPlan("Nhấp đúp khi gửi"), "main form", SubmitButton);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(1, await factory.QueryAsync(db => db.Proposals.CountAsync(p => p.Title == "Nhấp đúp khi gửi")));
    }

    [Fact]
    public async Task Drafts_stay_private_and_a_submitted_proposal_is_seen_only_where_it_belongs()
    {
        var proposer = await factory.SignInAsync(Proposer);
        var id = await proposer.DraftAsync("Chỉ mình tôi thấy bản nháp");
        var head = await factory.SignInAsync("chutich.tramlo@demo.decree73.vn");
        var otherHead = await factory.SignInAsync("chutich.phattich@demo.decree73.vn");
        var provinceInterior = await factory.SignInAsync("noivu.tinh@demo.decree73.vn");

        Assert.Equal(HttpStatusCode.NotFound, (await head.GetAsync($"/Proposals/Details/{id}")).StatusCode);
        Assert.DoesNotContain("Chỉ mình tôi thấy bản nháp", (await head.GetDocumentAsync("/Proposals")).Text());

        var submitted = await proposer.SubmitAsync(await proposer.GetDocumentAsync($"/Proposals/Edit/{id}"), FullPlan("Chỉ mình tôi thấy bản nháp"), "main form", SubmitButton);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await head.GetAsync($"/Proposals/Details/{id}")).StatusCode);
        Assert.Contains("Chỉ mình tôi thấy bản nháp", (await head.GetDocumentAsync("/Proposals?q=chi%20minh")).Text());
        Assert.Equal(HttpStatusCode.OK, (await provinceInterior.GetAsync($"/Proposals/Details/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherHead.GetAsync($"/Proposals/Details/{id}")).StatusCode);
        Assert.DoesNotContain("Chỉ mình tôi thấy bản nháp", (await otherHead.GetDocumentAsync("/Proposals")).Text());
    }

    [Fact]
    public async Task Nobody_but_the_proposer_can_post_to_a_draft()
    {
        var proposer = await factory.SignInAsync(Proposer);
        var id = await proposer.DraftAsync("Bản nháp không ai được sửa");
        var head = await factory.SignInAsync("chutich.tramlo@demo.decree73.vn");
        // A real token from a page the head may open, posted at someone else's draft.
        var token = (await head.GetDocumentAsync("/Account/ChangePassword")).QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;

        var response = await head.PostAsync($"/Proposals/Edit/{id}?handler=Save", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.Title"] = "Bị sửa", ["Version"] = "1",
        }));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Bản nháp không ai được sửa", await factory.QueryAsync(db => db.Proposals.Where(p => p.Id == id).Select(p => p.Title).SingleAsync()));
    }

    [Fact]
    public async Task Someone_without_the_proposer_role_cannot_open_the_form()
    {
        var head = await factory.SignInAsync("chutich.phattich@demo.decree73.vn");

        var response = await head.GetAsync("/Proposals/Edit");

        Assert.Equal("/Account/AccessDenied", response.Headers.Location!.AbsolutePath);
    }
}
