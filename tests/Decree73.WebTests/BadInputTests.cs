using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Decree73.TestSupport;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static Decree73.WebTests.ProposalScenarios;

namespace Decree73.WebTests;

/// <summary>Values the form cannot read are shown again in Vietnamese next to their fields, as typed, and never saved.</summary>
public abstract class BadInputTests(WebAppFactory factory)
{
    [ServiceFact]
    public async Task An_impossible_date_and_words_in_the_funds_come_back_in_vietnamese_next_to_the_fields_with_what_was_typed()
    {
        var proposer = await factory.ClientAsync(ProposerEmail);
        var id = await factory.DraftAsync("Ngày không tồn tại");
        var before = await factory.StoredAsync(id);
        var values = new Dictionary<string, string>(Plan("Ngày không tồn tại")) { ["Input.EndOn"] = "31/02/2027", ["Input.Plan.FundsVnd"] = "mười lăm triệu" };

        foreach (var button in new[] { "button[formaction*='handler=Save']", "button[formaction*='handler=Submit']" })
        {
            var response = await proposer.SubmitAsync($"/Proposals/Edit/{id}", values, "main form", button);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await HtmlForms.ParseAsync(response);
            Assert.Equal("Giá trị '31/02/2027' không hợp lệ.", page.FieldError("Input.EndOn"));
            Assert.Equal("Giá trị 'mười lăm triệu' không hợp lệ.", page.FieldError("Input.Plan.FundsVnd"));
            Assert.Equal("31/02/2027", page.QuerySelector<IHtmlInputElement>("#Input_EndOn")!.Value);
            Assert.Equal("mười lăm triệu", page.QuerySelector<IHtmlInputElement>("#Input_Plan_FundsVnd")!.Value);
            Assert.Equal("01/12/2026", page.QuerySelector<IHtmlInputElement>("#Input_StartOn")!.Value);
            Assert.Equal("Tiếp nhận trực tuyến", page.QuerySelector<IHtmlTextAreaElement>("#Input_Plan_Content")!.Value);
            Assert.Equal(before, await factory.StoredAsync(id));
        }
    }

    [ServiceFact]
    public async Task Amounts_in_dong_are_read_however_officials_group_them_and_a_decimal_part_is_refused()
    {
        var proposer = await factory.ClientAsync(ProposerEmail);
        var id = await factory.DraftAsync("Số tiền nhiều cách viết");
        foreach (var typed in new[] { "50.000.000", "50,000,000", "50 000 000", "50000000", "50.000.000 đ", "50.000.000 VNĐ" })
        {
            var values = new Dictionary<string, string>(Plan("Số tiền nhiều cách viết")) { ["Input.Plan.FundsVnd"] = typed };
            var saved = await proposer.SubmitAsync($"/Proposals/Edit/{id}", values, "main form", "button[formaction*='handler=Save']");

            Assert.True(saved.StatusCode == HttpStatusCode.Redirect, $"'{typed}' gave {(int)saved.StatusCode}");
            Assert.Equal(50_000_000m, await factory.QueryAsync(db => db.Proposals.Where(p => p.Id == id).Select(p => p.Plan.FundsVnd).SingleAsync()));
            var form = await proposer.GetDocumentAsync($"/Proposals/Edit/{id}");
            Assert.Equal("50.000.000", form.QuerySelector<IHtmlInputElement>("#Input_Plan_FundsVnd")!.Value);
        }

        foreach (var typed in new[] { "50,5", "5.00.000", "50.000,000" })
        {
            var values = new Dictionary<string, string>(Plan("Số tiền nhiều cách viết")) { ["Input.Plan.FundsVnd"] = typed };
            var refused = await proposer.SubmitAsync($"/Proposals/Edit/{id}", values, "main form", "button[formaction*='handler=Save']");

            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            var page = await HtmlForms.ParseAsync(refused);
            Assert.Equal($"Giá trị '{typed}' không hợp lệ.", page.FieldError("Input.Plan.FundsVnd"));
            Assert.Equal(typed, page.QuerySelector<IHtmlInputElement>("#Input_Plan_FundsVnd")!.Value);
        }
    }
}

public sealed class BadInputTests_Sqlite(SqliteWebAppFactory factory) : BadInputTests(factory), IClassFixture<SqliteWebAppFactory>;

[RequiresPostgres]
public sealed class BadInputTests_PostgreSql(PostgresWebAppFactory factory) : BadInputTests(factory), IClassFixture<PostgresWebAppFactory>;
