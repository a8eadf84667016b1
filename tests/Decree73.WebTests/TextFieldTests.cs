using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Decree73.Application.Proposals;
using Decree73.Application.Reports;
using Decree73.Application.Violations;
using Decree73.TestSupport;
using Xunit;
using static Decree73.WebTests.ProposalScenarios;

namespace Decree73.WebTests;

/// <summary>
/// The one text field (Forms/TextFieldTagHelper) on the forms that had their own partials: a label for the box, the
/// hint and the error tied to it with aria-describedby, and the maxlength of the Application validator's rule.
/// </summary>
public sealed class TextFieldTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static IElement Box(IDocument page, string name)
    {
        var box = page.QuerySelector($"[name='{name}']");
        Assert.True(box is not null, $"no box named {name}");
        var id = box.GetAttribute("id")!;
        Assert.Equal(name.Replace('.', '_'), id);
        Assert.True(page.QuerySelector($"label[for='{id}']") is not null, $"no label for {id}");
        return box;
    }

    [Fact]
    public async Task The_report_fields_take_their_length_limit_from_the_validator_and_announce_their_error()
    {
        var client = await factory.ClientAsync(WardMonitorEmail);
        var created = await client.SubmitAsync("/Reports/Create", new Dictionary<string, string>
        {
            ["Input.UnitId"] = Number(await factory.UnitIdAsync("TRAMLO")),
            ["Input.PeriodKind"] = "Quarter", ["Input.Year"] = "2026", ["Input.PeriodNumber"] = "2",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = created.Headers.Location!.OriginalString.Split('/')[^1];
        var edit = await client.GetDocumentAsync($"/Reports/Edit/{id}");

        // The report partials took a MaxLength and never wrote it out: these come from ReportEditInputValidator.
        var limits = new Dictionary<string, int>
        {
            ["Input.DocumentNumber"] = 60, ["Input.Place"] = 100, ["Input.Recipients"] = 2000, ["Input.SignerAuthority"] = 200,
            ["Input.SignerCapacity"] = 200, ["Input.SignerName"] = 200, ["Input.ImplementationWork"] = ReportEditInputValidator.NarrativeMaxLength,
            ["Input.Recommendations"] = ReportEditInputValidator.NarrativeMaxLength,
        };
        foreach (var (name, limit) in limits)
        {
            Assert.Equal((name, Number(limit)), (name, Box(edit, name).GetAttribute("maxlength")));
        }

        Assert.Null(Box(edit, "Input.DocumentNumber").GetAttribute("aria-describedby"));
        var refused = await HtmlForms.ParseAsync(await client.SubmitAsync(edit, new Dictionary<string, string>
        {
            ["Input.DocumentNumber"] = new string('9', 61),
        }));
        var number = Box(refused, "Input.DocumentNumber");
        Assert.Equal(("true", "Input_DocumentNumber-error"), (number.GetAttribute("aria-invalid"), number.GetAttribute("aria-describedby")));
        Assert.Equal("Nội dung không được dài quá 60 ký tự.", refused.QuerySelector("#Input_DocumentNumber-error")!.TextContent.Trim());
        Assert.Equal(new string('9', 61), ((IHtmlInputElement)number).Value);
    }

    [Fact]
    public async Task The_proposal_text_areas_take_their_length_limit_from_the_validator()
    {
        var client = await factory.ClientAsync(ProposerEmail);

        var form = await client.GetDocumentAsync("/Proposals/Edit");

        string[] names = ["Input.Plan.Necessity", "Input.Plan.Purpose", "Input.Plan.Content", "Input.Plan.Feasibility", "Input.Plan.ExpectedResults"];
        Assert.All(names, name =>
        {
            var box = Box(form, name);
            Assert.Equal(("TEXTAREA", Number(Decree73.Domain.Proposals.ProposalPlan.TextMaxLength)), (box.TagName, box.GetAttribute("maxlength")));
        });
    }

    [Fact]
    public async Task A_hint_and_an_error_are_both_read_with_their_field()
    {
        var proposalId = await factory.ProposalAtAsync(Stage.Submitted, "Trường nhập liệu – gợi ý và lỗi");
        var monitor = await factory.ClientAsync(WardMonitorEmail);
        var url = $"/Violations/Create/{proposalId}";

        var form = await monitor.GetDocumentAsync(url);
        var occurred = Box(form, "Input.OccurredOn");
        Assert.Equal(("Input_OccurredOn-hint", "10", "numeric"),
            (occurred.GetAttribute("aria-describedby"), occurred.GetAttribute("maxlength"), occurred.GetAttribute("inputmode")));
        Assert.NotNull(form.QuerySelector("p.hint#Input_OccurredOn-hint"));
        Assert.Equal(Number(ViolationInputValidator.DescriptionMaxLength), Box(form, "Input.Description").GetAttribute("maxlength"));
        Assert.Contains("bắt buộc", form.QuerySelector("label[for='Input_Description']")!.TextContent, StringComparison.Ordinal);

        var empty = await HtmlForms.ParseAsync(await monitor.SubmitAsync(url, new Dictionary<string, string>(), "form.violation-form"));
        Assert.Equal("Input_OccurredOn-hint Input_OccurredOn-error", Box(empty, "Input.OccurredOn").GetAttribute("aria-describedby"));
        Assert.Equal("Input_Description-error", Box(empty, "Input.Description").GetAttribute("aria-describedby"));
        Assert.Equal("Mô tả hành vi vi phạm.", empty.QuerySelector("#Input_Description-error")!.TextContent.Trim());
    }
}
