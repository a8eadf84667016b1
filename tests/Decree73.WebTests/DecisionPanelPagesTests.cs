using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Decree73.Domain.Proposals;
using Decree73.TestSupport;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static Decree73.WebTests.ProposalScenarios;

namespace Decree73.WebTests;

/// <summary>
/// The head's decision panel (issue 13): one form per step, each with its own reason box; the irreversible steps
/// refused on the server without the confirmation that states what will happen (message next to the box, nothing
/// changed); nothing with legal weight preselected; and the proposal page's history paged, newest first.
/// </summary>
public abstract class DecisionPanelPagesTests(WebAppFactory factory)
{
    private const string ConfirmMissing = "Hãy đánh dấu ô xác nhận này: bước này không thể hoàn tác. Chưa có gì thay đổi.";

    private static IHtmlFormElement Form(IHtmlDocument page, string handler) =>
        page.QuerySelector<IHtmlFormElement>($"form[action*='handler={handler}']") ?? throw new InvalidOperationException($"No {handler} form");

    /// <summary>The refusal of <paramref name="handler"/>: shown next to the confirmation box of that form, nowhere else.</summary>
    private static async Task AssertConfirmationRefusedAsync(HttpResponseMessage response, string handler)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        var errors = page.QuerySelectorAll("span[data-valmsg-for='Action.Confirmed']").ToList();
        var error = Assert.Single(errors);
        Assert.Equal(ConfirmMissing, error.TextContent.Trim());
        Assert.NotNull(Form(page, handler).QuerySelector("span[data-valmsg-for='Action.Confirmed']"));
        Assert.Equal("true", Form(page, handler).QuerySelector("input[name='Action.Confirmed']")!.GetAttribute("aria-invalid"));
    }

    [ServiceFact]
    public async Task Before_the_vote_return_and_escalation_are_separate_forms_with_their_own_reason_and_nothing_preselected()
    {
        var id = await factory.ProposalAtAsync(Stage.Submitted, "Bảng xử lý tách riêng từng bước");
        var head = await factory.ClientAsync(HeadEmail);

        var page = await head.GetDocumentAsync($"/Proposals/Details/{id}");

        // What is expected comes first: who the proposal waits for, for what, until when.
        var status = page.QuerySelector("p.step-status")!.TextContent;
        Assert.Contains($"Đang chờ {HeadName}", status, StringComparison.Ordinal);
        Assert.Matches(@"đến ngày \d{2}/\d{2}/\d{4}", status);
        foreach (var handler in new[] { "Return", "Escalate" })
        {
            var form = Form(page, handler);
            Assert.Single(form.QuerySelectorAll("textarea[name='Action.Reason']"));
            Assert.Single(form.QuerySelectorAll("button[type='submit']"));
        }

        Assert.Null(page.QuerySelector("form[action*='handler=Refuse']"));
        Assert.Null(page.QuerySelector("form[action*='handler=Reject']")); // no rejection before the vote (Art. 8(1))
        // The opinion form moves the proposal to the opinions step: no duplicate button in the panel.
        Assert.DoesNotContain("Chuyển sang bước lấy ý kiến", page.QuerySelector("section.workflow")!.TextContent, StringComparison.Ordinal);
        var confirm = Form(page, "Escalate").QuerySelector<IHtmlInputElement>("input[name='Action.Confirmed']")!;
        Assert.False(confirm.IsChecked);
        var label = page.QuerySelector($"label[for='{confirm.Id}']")!.TextContent;
        Assert.Contains("không thể hoàn tác", label, StringComparison.Ordinal);
        Assert.Empty(Form(page, "Escalate").QuerySelectorAll("input[type='radio'][checked]"));
    }

    [ServiceFact]
    public async Task A_rejection_without_the_confirmation_is_refused_next_to_the_box_keeping_the_reason_and_nothing_changes()
    {
        var id = await factory.ProposalAtAsync(Stage.NotPassed, "Từ chối chưa xác nhận");
        var head = await factory.ClientAsync(HeadEmail);
        var before = await factory.StoredAsync(id);
        var page = await head.GetDocumentAsync($"/Proposals/Details/{id}");
        var label = page.QuerySelector("label[for='reject-confirm']")!.TextContent;
        Assert.Contains("đề xuất sẽ bị từ chối", label, StringComparison.Ordinal);
        Assert.Contains("không thể hoàn tác", label, StringComparison.Ordinal);

        var response = await head.PostFormAsync(id, "Reject", new() { ["Action.Reason"] = "Tập thể không thông qua" });

        await AssertConfirmationRefusedAsync(response, "Reject");
        Assert.Equal("Tập thể không thông qua", Form(await HtmlForms.ParseAsync(response), "Reject").QuerySelector("textarea")!.TextContent);
        Assert.Equal(before, await factory.StoredAsync(id));
    }

    [ServiceFact]
    public async Task An_escalation_without_the_confirmation_is_refused_and_nothing_changes()
    {
        var id = await factory.ProposalAtAsync(Stage.Submitted, "Chuyển cấp chưa xác nhận");
        var head = await factory.ClientAsync(HeadEmail);
        var before = await factory.StoredAsync(id);

        var response = await head.PostFormAsync(id, "Escalate", new() { ["Action.Reason"] = "Vượt thẩm quyền của phường" });

        await AssertConfirmationRefusedAsync(response, "Escalate");
        Assert.Equal(before, await factory.StoredAsync(id));
        Assert.Equal(0, await factory.QueryAsync(db => db.Proposals.CountAsync(p => p.EscalatedFromProposalId == id)));
    }

    [ServiceFact]
    public async Task Stopping_the_implementation_is_a_form_of_its_own_and_without_the_confirmation_nothing_changes()
    {
        var id = await factory.ProposalAtAsync(Stage.InProgress, "Dừng thực hiện chưa xác nhận");
        var head = await factory.ClientAsync(HeadEmail);
        var before = await factory.StoredAsync(id);
        var page = await head.GetDocumentAsync($"/Proposals/Details/{id}");
        Assert.Null(page.QuerySelector("button[name='Action.Kind'][value='Stop']"));
        Assert.Contains("dừng hẳn", page.QuerySelector("label[for='stop-confirm']")!.TextContent, StringComparison.Ordinal);
        var values = new Dictionary<string, string>(Document("19/QĐ-UBND")) { ["Action.Reason"] = "Không còn phù hợp" };
        values.Remove("Action.Confirmed");

        var response = await head.PostFormAsync(id, "Stop", values);
        await AssertConfirmationRefusedAsync(response, "Stop");
        Assert.Equal(before, await factory.StoredAsync(id));

        // The old shared form no longer stops anything.
        values["Action.Kind"] = "Stop";
        values["Action.Confirmed"] = "true";
        await head.PostFormAsync(id, "Direct", values);
        Assert.Equal(ProposalState.InProgress, (await factory.StoredAsync(id)).State);
    }

    [ServiceFact]
    public async Task An_override_without_the_confirmation_is_refused_and_nothing_changes()
    {
        var id = await factory.ProposalAtAsync(Stage.NotPassed, "Chấp thuận vượt biểu quyết chưa xác nhận");
        var head = await factory.ClientAsync(HeadEmail);
        var before = await factory.StoredAsync(id);
        var values = new Dictionary<string, string>(Document("3/QĐ-UBND")) { ["Action.Reason"] = "Tôi chịu trách nhiệm" };
        values.Remove("Action.Confirmed");

        var response = await head.PostFormAsync(id, "Override", values);

        await AssertConfirmationRefusedAsync(response, "Override");
        // What was typed stays in the form.
        Assert.Equal("3/QĐ-UBND", Form(await HtmlForms.ParseAsync(response), "Override").QuerySelector<IHtmlInputElement>("input[name='Action.DocumentNumber']")!.Value);
        Assert.Equal(before, await factory.StoredAsync(id));
    }

    [ServiceFact]
    public async Task An_implementation_decision_without_the_confirmation_is_refused_and_nothing_changes()
    {
        var id = await factory.ProposalAtAsync(Stage.Approved, "Quyết định triển khai chưa xác nhận");
        var head = await factory.ClientAsync(HeadEmail);
        var before = await factory.StoredAsync(id);
        var values = Document("15/QĐ-UBND");
        values.Remove("Action.Confirmed");
        values["Action.FundsVnd"] = "50.000.000";

        var response = await head.PostFormAsync(id, "Decision", values);

        await AssertConfirmationRefusedAsync(response, "Decision");
        Assert.Equal("50.000.000", (await HtmlForms.ParseAsync(response)).QuerySelector<IHtmlInputElement>("#decision-funds")!.Value);
        Assert.Equal(before, await factory.StoredAsync(id));
    }

    [ServiceFact]
    public async Task An_evaluation_without_an_outcome_or_the_confirmation_is_refused_next_to_each_and_nothing_changes()
    {
        var id = await factory.ProposalAtAsync(Stage.ReadyToEvaluate, "Đánh giá chưa chọn kết quả");
        var head = await factory.ClientAsync(HeadEmail);
        var before = await factory.StoredAsync(id);
        var page = await head.GetDocumentAsync($"/Proposals/Details/{id}");
        // Nothing with legal weight is preselected: the outcome starts empty.
        Assert.Equal("", page.QuerySelector<IHtmlSelectElement>("#evaluate-outcome")!.Value);
        var values = Evaluation((await factory.OfficerIdAsync(HeadName)).ToString(CultureInfo.InvariantCulture));
        values.Remove("Action.Outcome");
        values.Remove("Action.Confirmed");

        var response = await head.PostFormAsync(id, "Evaluate", await head.OthersAbsentAsync(id, values, "Evaluate"));

        await AssertConfirmationRefusedAsync(response, "Evaluate");
        var refused = await HtmlForms.ParseAsync(response);
        Assert.Equal("Hãy chọn kết quả đánh giá.", refused.FieldError("Action.Outcome"));
        Assert.Equal("true", refused.QuerySelector("#evaluate-outcome")!.GetAttribute("aria-invalid"));
        Assert.Equal(before, await factory.StoredAsync(id));

        // With the outcome chosen but still no confirmation: refused again, the choice kept.
        values["Action.Outcome"] = "Completed";
        var unconfirmed = await head.PostFormAsync(id, "Evaluate", await head.OthersAbsentAsync(id, values, "Evaluate"));
        await AssertConfirmationRefusedAsync(unconfirmed, "Evaluate");
        Assert.Equal("Completed", (await HtmlForms.ParseAsync(unconfirmed)).QuerySelector<IHtmlSelectElement>("#evaluate-outcome")!.Value);
        Assert.Equal(before, await factory.StoredAsync(id));
    }

    [ServiceFact]
    public async Task The_history_shows_the_newest_twenty_events_and_older_ones_behind_a_cursor()
    {
        var id = await factory.ProposalAtAsync(Stage.Submitted, "Lịch sử dài nhiều trang");
        var head = await factory.ClientAsync(HeadEmail);
        for (var i = 1; i <= 21; i++)
        {
            var form = await head.GetDocumentAsync($"/Proposals/Details/{id}");
            var asked = await head.SubmitAsync(form, new Dictionary<string, string>
            {
                ["Ask.Kind"] = "Expert", ["Ask.Addressee"] = $"Chuyên gia số {i}",
            }, "form[action*='handler=Ask']");
            Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        }

        var total = await factory.QueryAsync(db => db.AuditEntries.CountAsync(a => a.ProposalId == id));
        Assert.True(total > 20, $"{total} events");

        var first = await head.GetDocumentAsync($"/Proposals/Details/{id}");
        var firstRows = first.QuerySelectorAll("section.history tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(20, firstRows.Count);
        Assert.Contains(firstRows.Take(2), r => r.Contains("Chuyên gia số 21", StringComparison.Ordinal)); // newest first
        Assert.DoesNotContain(firstRows, r => r.Contains("tạo bản nháp", StringComparison.Ordinal));
        Assert.Null(first.QuerySelector("section.history a[href$='#history-heading']:not(.older)"));

        // Older pages one after the other, by the cursor of the "Xem cũ hơn" link, until the first event.
        var seen = new List<string>(firstRows);
        var page = first;
        for (var pages = 1; page.QuerySelector<IHtmlAnchorElement>("section.history a.older") is { } older; pages++)
        {
            Assert.True(pages < 5, "Too many pages");
            Assert.Equal("Xem cũ hơn", older.TextContent.Trim());
            Assert.Contains("historyBefore=", older.GetAttribute("href"), StringComparison.Ordinal);
            page = await head.GetDocumentAsync(older.GetAttribute("href")!.Split('#')[0]);
            var rows = page.QuerySelectorAll("section.history tbody tr").Select(r => r.TextContent).ToList();
            Assert.InRange(rows.Count, 1, 20);
            seen.AddRange(rows);
            // An older page links back to the newest events.
            Assert.NotNull(page.QuerySelector("section.history a[href$='#history-heading']:not(.older)"));
        }

        Assert.Equal(total, seen.Count);
        Assert.Contains("tạo bản nháp", seen[^1], StringComparison.Ordinal); // the oldest event is last
    }
}

public sealed class DecisionPanelPagesTests_Sqlite(SqliteWebAppFactory factory) : DecisionPanelPagesTests(factory), IClassFixture<SqliteWebAppFactory>;

[RequiresPostgres]
public sealed class DecisionPanelPagesTests_PostgreSql(PostgresWebAppFactory factory) : DecisionPanelPagesTests(factory), IClassFixture<PostgresWebAppFactory>;

/// <summary>The history's page query reads the unique index (ProposalId, Sequence): no scan, no sort (SQLite's plan).</summary>
public sealed class ProposalHistoryQueryPlanTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    [Theory]
    [InlineData(null)]
    [InlineData(40)]
    public async Task The_paged_history_query_is_answered_from_the_index_without_sorting(int? before)
    {
        var plan = await factory.QueryAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            try
            {
                await using var command = Decree73.Application.Audit.ProposalHistory.NewestBefore(db, 5, before).CreateDbCommand();
                command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
                var details = new List<string>();
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    details.Add(reader.GetString(3));
                }

                return string.Join(" | ", details);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        });

        Assert.Matches("SEARCH \\w+ USING (COVERING )?INDEX IX_\\w*ProposalId_Sequence", plan);
        Assert.DoesNotContain("TEMP B-TREE", plan, StringComparison.Ordinal);
    }
}
