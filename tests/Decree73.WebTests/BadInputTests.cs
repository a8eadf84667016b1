using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Decree73.TestSupport;
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
        var values = new Dictionary<string, string>(Plan("Ngày không tồn tại")) { ["Input.EndOn"] = "31/02/2027", ["Input.FundsVnd"] = "mười lăm triệu" };

        foreach (var button in new[] { "button[formaction*='handler=Save']", "button[formaction*='handler=Submit']" })
        {
            var response = await proposer.SubmitAsync($"/Proposals/Edit/{id}", values, "main form", button);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await HtmlForms.ParseAsync(response);
            Assert.Equal("Giá trị '31/02/2027' không hợp lệ.", page.FieldError("Input.EndOn"));
            Assert.Equal("Giá trị 'mười lăm triệu' không hợp lệ.", page.FieldError("Input.FundsVnd"));
            Assert.Equal("31/02/2027", page.QuerySelector<IHtmlInputElement>("#Input_EndOn")!.Value);
            Assert.Equal("mười lăm triệu", page.QuerySelector<IHtmlInputElement>("#Input_FundsVnd")!.Value);
            Assert.Equal("01/12/2026", page.QuerySelector<IHtmlInputElement>("#Input_StartOn")!.Value);
            Assert.Equal("Tiếp nhận trực tuyến", page.QuerySelector<IHtmlTextAreaElement>("#Input_Content")!.Value);
            Assert.Equal(before, await factory.StoredAsync(id));
        }
    }
}

public sealed class BadInputTests_Sqlite(SqliteWebAppFactory factory) : BadInputTests(factory), IClassFixture<SqliteWebAppFactory>;

[RequiresPostgres]
public sealed class BadInputTests_PostgreSql(PostgresWebAppFactory factory) : BadInputTests(factory), IClassFixture<PostgresWebAppFactory>;
