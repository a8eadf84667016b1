using System.Data;
using Decree73.Application.Common;
using Decree73.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Decree73.IntegrationTests.SqlServer;

/// <summary>
/// Every query listed in <see cref="QueryCatalog"/> (built by the services' own code) translates on the SQL Server
/// provider and the T-SQL it produces parses. No server is needed and none is contacted.
/// </summary>
public sealed class SqlServerQueryTranslationTests
{
    private static readonly IReadOnlyList<CatalogQuery> Catalog = [.. QueryCatalog.All, .. InfrastructureQueryCatalog.All];
    private static readonly IReadOnlyList<CatalogWrite> AllWrites = [.. QueryCatalog.Writes, .. InfrastructureQueryCatalog.Writes];

    public static TheoryData<string> Queries() => new(Catalog.Select(q => q.Name));

    [Theory]
    [MemberData(nameof(Queries))]
    public void The_query_translates_for_sql_server_and_its_sql_parses(string name)
    {
        using var db = SqlServerSql.Context();
        var query = Catalog.Single(q => q.Name == name).Build(db);

        var (sql, errors) = SqlServerSql.TranslateAndParse(query);

        Assert.Contains("SELECT", sql);
        Assert.True(errors.Count == 0, $"{name}:\n{string.Join("\n", errors)}\n{sql}");
        Assert.Equal(ConnectionState.Closed, db.Database.GetDbConnection().State);
    }

    public static TheoryData<string> Writes() => new(AllWrites.Select(q => q.Name));

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task The_set_based_write_translates_for_sql_server_and_its_sql_parses(string name)
    {
        var sent = new List<string>();
        await using var db = SqlServerSql.Capturing(sent);

        await AllWrites.Single(q => q.Name == name).Run(db, CancellationToken.None);

        var sql = Assert.Single(sent);
        Assert.Matches("^(UPDATE|DELETE) ", sql.TrimStart());
        var errors = SqlServerSql.ParseErrors(sql);
        Assert.True(errors.Count == 0, $"{name}:\n{string.Join("\n", errors)}\n{sql}");
    }

    [Fact]
    public async Task The_write_check_sees_sql_that_does_not_parse()
    {
        var sent = new List<string>();
        await using var db = SqlServerSql.Capturing(sent);
        await QueryCatalog.Writes[0].Run(db, CancellationToken.None);

        Assert.Empty(SqlServerSql.ParseErrors(sent[0]));
        Assert.NotEmpty(SqlServerSql.ParseErrors(sent[0].Replace("UPDATE", "UPDAT", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_catalog_names_its_queries_once()
    {
        Assert.NotEmpty(QueryCatalog.All);
        Assert.Equal(Catalog.Count, Catalog.Select(q => q.Name).Distinct().Count());
        Assert.Equal(AllWrites.Count, AllWrites.Select(q => q.Name).Distinct().Count());
    }

    [Fact]
    public void The_check_fails_for_a_query_sql_server_cannot_translate()
    {
        using var db = SqlServerSql.Context();
        // A C# method inside the filter: EF cannot send it to the server and refuses at translation.
        var untranslatable = db.Proposals.Where(p => LooksInteresting(p.Title));

        var error = Assert.Throws<InvalidOperationException>(() => SqlServerSql.TranslateAndParse(untranslatable));
        Assert.Contains("could not be translated", error.Message);
    }

    [Fact]
    public void The_check_fails_for_sql_that_does_not_parse()
    {
        using var db = SqlServerSql.Context();
        var (sql, errors) = SqlServerSql.TranslateAndParse(QueryCatalog.All[0].Build(db));
        Assert.Empty(errors);

        var corrupted = sql.Replace("SELECT", "SELEC", StringComparison.Ordinal) + " WHERE (";

        Assert.NotEmpty(SqlServerSql.ParseErrors(corrupted));
    }

    private static bool LooksInteresting(string title) => title.GetHashCode() % 2 == 0;
}
