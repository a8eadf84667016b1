using System.Text.Json;
using Microsoft.Playwright;
using Xunit;

namespace Decree73.BrowserTests;

/// <summary>Runs axe-core (from npm, installed by tests/run.sh) inside the page and fails on any violation.</summary>
public static class Accessibility
{
    private static readonly string AxePath = Path.Combine(BrowserFixture.RepositoryRoot, "tests", "Decree73.BrowserTests", "node_modules", "axe-core", "axe.min.js");

    public static async Task AssertNoViolationsAsync(IPage page)
    {
        Assert.True(File.Exists(AxePath), $"axe-core is missing at {AxePath}: run 'npm ci' in tests/Decree73.BrowserTests (tests/run.sh does).");
        // Evaluated rather than added as a <script> element: the site's CSP refuses inline script, as it should.
        await page.EvaluateAsync(await File.ReadAllTextAsync(AxePath));
        var violations = await page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }))" +
            ".violations.map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', '))");
        var list = violations.EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.True(list.Count == 0, $"axe-core violations on {page.Url}:\n" + string.Join("\n", list));
    }
}
