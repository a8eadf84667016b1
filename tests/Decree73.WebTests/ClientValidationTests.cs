using Decree73.Application.Proposals;
using Decree73.TestSupport;
using Xunit;

namespace Decree73.WebTests;

/// <summary>FluentValidation.AspNetCore's client adapters: the form's limits come from the Application validator.</summary>
public sealed class ClientValidationTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    [Fact]
    public async Task The_proposal_title_input_takes_its_length_limit_from_the_validator()
    {
        var client = await factory.SignInAsync("truongphong.kt.tramlo@demo.decree73.vn");

        var form = await client.GetDocumentAsync("/Proposals/Edit");

        var title = form.QuerySelector("input[name='Input.Title']")!;
        var limit = ProposalDraftValidator.TitleMaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("true", title.GetAttribute("data-val"));
        Assert.NotNull(title.GetAttribute("data-val-required"));
        Assert.True(limit == (title.GetAttribute("data-val-maxlength-max") ?? title.GetAttribute("data-val-length-max")), title.OuterHtml);
        // The browser enforces the limit without script; the markup names the validator's constant, not a copy.
        Assert.Equal(limit, title.GetAttribute("maxlength"));
    }
}
