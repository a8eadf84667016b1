using System.Data.Common;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Decree73.Benchmarks;

/// <summary>
/// Explains every query EF sends while it is attached (PostgreSQL: <c>EXPLAIN (ANALYZE, FORMAT JSON)</c> with the same
/// bound parameters; SQLite: <c>EXPLAIN QUERY PLAN</c>), then lets the query run as itself. Each plan gets a verdict:
/// a full read of a large table to keep a small part of it, or (PostgreSQL) a planner estimate off by more than
/// <see cref="MisestimateFactor"/> on a node of many rows that read to its end — the two faults that made the compliance review slow at 100,000 proposals.
/// </summary>
internal sealed partial class PlanAudit : DbCommandInterceptor
{
    /// <summary>A sequential read of more rows than this is a scan of the province.</summary>
    public const int ScanRows = 20_000;

    /// <summary>A sequential read that keeps less than this share of the table's rows is a fault (an index would read fewer pages).</summary>
    private const double KeptFraction = 0.2;

    /// <summary>An estimate this many times too low or too high, on a node of at least <see cref="ScanRows"/> rows.</summary>
    public const double MisestimateFactor = 10;

    /// <summary>The tables that grow with the province (SQLite plans carry no row counts, so they are named).</summary>
    private static readonly string[] LargeTables = ["Proposals", "AuditEntries", "ProposalVotes", "ProposalDecisions", "ProposalTitleWords", "Notifications"];

    /// <summary>The measured step the next queries belong to; nothing is explained while it is empty.</summary>
    public string Step { get; set; } = "";

    public List<ExplainedQuery> Queries { get; } = [];

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        var sql = command.CommandText;
        if (Step.Length == 0 || !sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))
        {
            return await base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        var isSqlite = command.GetType().Name.StartsWith("Sqlite", StringComparison.Ordinal);
        command.CommandText = (isSqlite ? "EXPLAIN QUERY PLAN " : "EXPLAIN (ANALYZE, FORMAT JSON) ") + sql;
        var lines = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                lines.Add(isSqlite ? reader.GetString(3) : reader.GetString(0));
            }
        }

        command.CommandText = sql;
        Queries.Add(isSqlite ? Sqlite(Step, sql, lines) : Postgres(Step, sql, string.Concat(lines)));
        return await base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    private static ExplainedQuery Sqlite(string step, string sql, List<string> plan)
    {
        var faults = new List<string>();
        var aliases = TableAlias().Matches(sql).Where(m => LargeTables.Contains(m.Groups[1].Value))
            .ToDictionary(m => m.Groups[2].Value, m => m.Groups[1].Value);
        foreach (var line in plan.Select(l => l.Trim()))
        {
            // "SCAN p" reads the table itself; "SCAN p USING (COVERING) INDEX" walks an index in its order.
            var scanned = ScanLine().Match(line);
            if (scanned.Success && !line.Contains(" USING ", StringComparison.Ordinal)
                && (aliases.TryGetValue(scanned.Groups[1].Value, out _) || LargeTables.Contains(scanned.Groups[1].Value)))
            {
                faults.Add("reads the whole of " + aliases.GetValueOrDefault(scanned.Groups[1].Value, scanned.Groups[1].Value) + ": " + line);
            }
        }

        return new ExplainedQuery(step, sql, plan, null, faults);
    }

    private static ExplainedQuery Postgres(string step, string sql, string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement[0];
        var faults = new List<string>();
        var lines = new List<string>();
        Walk(root.GetProperty("Plan"), 0, truncated: false, lines, faults);
        var milliseconds = root.TryGetProperty("Execution Time", out var time) ? time.GetDouble() : (double?)null;
        return new ExplainedQuery(step, sql, lines, milliseconds, faults);
    }

    /// <summary>
    /// <paramref name="truncated"/>: the node runs under a LIMIT or as the inner side of a semi- or anti-join, which stop
    /// reading at the rows they need, so its actual count is not comparable with the estimate of a full read.
    /// </summary>
    private static void Walk(JsonElement node, int depth, bool truncated, List<string> lines, List<string> faults)
    {
        var type = node.GetProperty("Node Type").GetString() ?? "";
        var joinType = node.TryGetProperty("Join Type", out var j) ? j.GetString() : null;
        var relation = node.TryGetProperty("Relation Name", out var r) ? r.GetString() : null;
        var index = node.TryGetProperty("Index Name", out var i) ? i.GetString() : null;
        var loops = node.TryGetProperty("Actual Loops", out var l) ? l.GetDouble() : 1;
        var actual = (node.TryGetProperty("Actual Rows", out var a) ? a.GetDouble() : 0) * loops;
        var estimated = (node.TryGetProperty("Plan Rows", out var p) ? p.GetDouble() : 0) * loops;
        var removed = (node.TryGetProperty("Rows Removed by Filter", out var f) ? f.GetDouble() : 0) * loops;
        lines.Add($"{new string(' ', depth * 2)}{type}{(relation is null ? "" : " on " + relation)}{(index is null ? "" : " using " + index)}  (estimated {estimated:0} rows, actual {actual:0}, loops {loops:0}{(removed > 0 ? $", removed by filter {removed:0}" : "")})");
        // A sequential read that keeps most of the table is the right plan for a figure over most of it; one that throws
        // most of it away is a missing or unused index.
        if (type == "Seq Scan" && removed > ScanRows && actual < KeptFraction * (actual + removed))
        {
            faults.Add($"reads the whole of {relation} to keep {actual:0} of {actual + removed:0} rows");
        }

        var high = Math.Max(actual, estimated);
        var low = Math.Max(1, Math.Min(actual, estimated));
        if (!truncated && high >= ScanRows && high / low > MisestimateFactor)
        {
            faults.Add($"{type}{(relation is null ? "" : " on " + relation)}: estimated {estimated:0} rows, actual {actual:0}");
        }

        if (node.TryGetProperty("Plans", out var children))
        {
            var position = 0;
            foreach (var child in children.EnumerateArray())
            {
                var inner = position++ > 0 && joinType is "Semi" or "Anti";
                Walk(child, depth + 1, truncated || type == "Limit" || inner, lines, faults);
            }
        }
    }

    [GeneratedRegex("\"(\\w+)\" AS \"(\\w+)\"")]
    private static partial Regex TableAlias();

    [GeneratedRegex("^SCAN (\\w+)")]
    private static partial Regex ScanLine();
}

/// <summary>One query of a measured step, its plan and what is wrong with it (nothing: <see cref="Faults"/> is empty).</summary>
internal sealed record ExplainedQuery(string Step, string Sql, IReadOnlyList<string> Plan, double? Milliseconds, IReadOnlyList<string> Faults);
