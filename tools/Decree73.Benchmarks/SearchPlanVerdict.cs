using System.Text.RegularExpressions;

namespace Decree73.Benchmarks;

/// <summary>
/// The verdict on the folded-title search's plan, as <see cref="PlanAudit"/> explained it (PostgreSQL lines name the
/// node and the relation, SQLite lines are its own).
/// </summary>
internal static partial class SearchPlanVerdict
{
    /// <summary>
    /// Null when the plan reads Proposals through an index; otherwise why it is a full scan. With
    /// <paramref name="requireTitleIndex"/> the folded-title index itself must be used (a rare prefix must never be
    /// answered by walking all rows in another index's order).
    /// </summary>
    public static string? ScanVerdict(string sql, IReadOnlyList<string> plan, bool requireTitleIndex)
    {
        var aliases = ProposalsAlias().Matches(sql).Select(m => m.Groups[1].Value).Distinct().ToList();
        foreach (var line in plan.Select(l => l.Trim()))
        {
            if (line.Contains("Seq Scan on \"Proposals\"", StringComparison.Ordinal) || line.Contains("Seq Scan on Proposals", StringComparison.Ordinal))
            {
                return "PostgreSQL reads Proposals sequentially: " + line;
            }

            if (aliases.Any(a => line.StartsWith("SCAN " + a + " ", StringComparison.Ordinal) || line == "SCAN " + a || line.StartsWith("SCAN Proposals", StringComparison.Ordinal)))
            {
                return "SQLite scans Proposals: " + line;
            }
        }

        // The list's search goes through the title words (ProposalService.ListAsync): each word is a range on this index.
        return requireTitleIndex && !plan.Any(l => l.Contains("IX_ProposalTitleWords_Word_ProposalId", StringComparison.Ordinal))
            ? "the plan does not use IX_ProposalTitleWords_Word_ProposalId"
            : null;
    }

    [GeneratedRegex("\"Proposals\" AS \"(\\w+)\"")]
    private static partial Regex ProposalsAlias();
}
