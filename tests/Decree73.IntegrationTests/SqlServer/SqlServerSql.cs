using System.Data.Common;
using Decree73.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Decree73.IntegrationTests.SqlServer;

/// <summary>
/// The context on the real SQL Server provider with a connection string to nowhere (nothing is ever opened), and the
/// T-SQL parser of SQL Server 2022 (compatibility level 160).
/// </summary>
internal static class SqlServerSql
{
    public const string Nowhere = "Server=tcp:127.0.0.1,1;Database=Decree73;User Id=nobody;Password=unused;Encrypt=false";

    public static AppDbContext Context() => DesignTimeContext.Create(o =>
        o.UseSqlServer(Nowhere, s => s.MigrationsAssembly(ProviderSetup.SqlServerMigrations)));

    /// <summary>
    /// The context on SQL Server whose connection never opens and whose commands never leave: each statement's text
    /// goes to <paramref name="sent"/> and the command reports no rows. For writes, which have no ToQueryString.
    /// </summary>
    public static AppDbContext Capturing(List<string> sent) => DesignTimeContext.Create(o =>
        o.UseSqlServer(Nowhere, s => s.MigrationsAssembly(ProviderSetup.SqlServerMigrations))
            .AddInterceptors(new NeverOpen(), new Capture(sent)));

    private sealed class NeverOpen : DbConnectionInterceptor
    {
        public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
            InterceptionResult.Suppress();

        public override ValueTask<InterceptionResult> ConnectionOpeningAsync(
            DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(InterceptionResult.Suppress());
    }

    private sealed class Capture(List<string> sent) : DbCommandInterceptor
    {
        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
        {
            sent.Add(command.CommandText);
            return InterceptionResult<int>.SuppressWithResult(0);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            sent.Add(command.CommandText);
            return ValueTask.FromResult(InterceptionResult<int>.SuppressWithResult(0));
        }
    }

    /// <summary>The parse errors of a T-SQL script (GO separates batches, as in sqlcmd and SSMS).</summary>
    public static IReadOnlyList<string> ParseErrors(string sql, out int batches)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        var fragment = parser.Parse(reader, out var errors);
        batches = (fragment as TSqlScript)?.Batches.Count ?? 0;
        return errors.Select(e => $"line {e.Line}, column {e.Column}: {e.Message}").ToList();
    }

    public static IReadOnlyList<string> ParseErrors(string sql) => ParseErrors(sql, out _);

    /// <summary>EF's SQL for a query (throws when EF cannot translate it) and the parser's complaints about it.</summary>
    public static (string Sql, IReadOnlyList<string> Errors) TranslateAndParse(IQueryable query)
    {
        // A split query's SQL ends with EF's note that only its first statement is shown: English, not T-SQL.
        var sql = query.ToQueryString();
        var note = sql.IndexOf(SplitQueryNote, StringComparison.Ordinal);
        var statement = note < 0 ? sql : sql[..note];
        return (sql, ParseErrors(statement));
    }

    private const string SplitQueryNote = "This LINQ query is being executed in split-query mode";
}
