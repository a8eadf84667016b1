using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Decree73.Benchmarks;

/// <summary>
/// Explains the very command EF sends for the folded-title search: while armed, the next query whose SQL contains
/// LIKE is first run as EXPLAIN (PostgreSQL: EXPLAIN ANALYZE; SQLite: EXPLAIN QUERY PLAN) with the same bound
/// parameters, then as itself.
/// </summary>
internal sealed partial class PlanCapture : DbCommandInterceptor
{
    private bool armed;

    public string? Sql { get; private set; }
    public List<string> Plan { get; } = [];

    public void Arm()
    {
        armed = true;
        Sql = null;
        Plan.Clear();
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (armed && command.CommandText.Contains(" LIKE ", StringComparison.Ordinal))
        {
            armed = false;
            Sql = command.CommandText;
            var isSqlite = command.GetType().Name.StartsWith("Sqlite", StringComparison.Ordinal);
            command.CommandText = (isSqlite ? "EXPLAIN QUERY PLAN " : "EXPLAIN (ANALYZE, BUFFERS) ") + Sql;
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    Plan.Add(isSqlite ? reader.GetString(3) : reader.GetString(0));
                }
            }

            command.CommandText = Sql;
        }

        return await base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

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
