using System.Text.Json;
using Decree73.TestSupport;
using Xunit;
using static Decree73.BrowserTests.ProposalPages;

namespace Decree73.BrowserTests;

/// <summary>
/// Decree73 issue 13: table text broke inside Vietnamese syllables and dates ("Ch/ưa đọc", "05/1/2/20/26"). In every
/// data table of the lists people read, a word (a syllable, a date, a number) is laid out on one line.
/// </summary>
[RequiresChromium]
public sealed class TableWrappingTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>Each word of each table cell, measured: the words whose boxes sit on more than one line.</summary>
    private const string BrokenWords = """
        () => {
            const broken = [];
            for (const cell of document.querySelectorAll('table.data th, table.data td')) {
                const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    const re = /\S+/g;
                    let m;
                    while ((m = re.exec(node.data)) !== null) {
                        const range = document.createRange();
                        range.setStart(node, m.index);
                        range.setEnd(node, m.index + m[0].length);
                        const tops = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
                        if (tops.size > 1) broken.push(m[0]);
                    }
                }
            }
            return broken;
        }
        """;

    [ServiceFact]
    public async Task Words_and_dates_in_tables_are_never_broken_across_lines()
    {
        var proposer = await browser.SignInAsync(Proposer);
        await SubmitProposalAsync(proposer, "Bố trí chỗ ngồi chờ cho người cao tuổi tại bộ phận một cửa");

        foreach (var width in new[] { 1366, 900, 700 })
        {
            var head = await browser.SignInAsync(Head, width: width);
            foreach (var path in new[] { "/Tasks", "/Notifications", "/Proposals" })
            {
                await head.GotoAsync(path);
                var broken = (await head.EvaluateAsync<JsonElement>(BrokenWords)).EnumerateArray().Select(w => w.GetString()).ToList();
                Assert.True(broken.Count == 0, $"{path} at {width}px breaks inside: {string.Join(", ", broken)}");
            }

            await head.Context.CloseAsync();
        }
    }
}
