using Decree73.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Xunit;

namespace Decree73.IntegrationTests.SqlServer;

/// <summary>The idempotent T-SQL deployment script parses, batch by batch, as SQL Server 2022 would read it.</summary>
public sealed class SqlServerMigrationScriptTests
{
    /// <summary>Written by scripts/check-migrations.sh (dotnet ef migrations script --idempotent), which tests/run.sh runs first.</summary>
    private static readonly string Artifact = Path.Combine(RepositoryRoot(), "artifacts", "sql", "sqlserver-idempotent.sql");

    [Fact]
    public void The_idempotent_script_generated_from_the_migrations_parses()
    {
        using var db = SqlServerSql.Context();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        AssertParses(script);
        foreach (var migration in db.Database.GetMigrations())
        {
            Assert.Contains(migration, script);
        }
    }

    [Fact]
    public void The_script_written_by_check_migrations_parses()
    {
        if (!File.Exists(Artifact))
        {
            // Under CI the script must be there (tests/run.sh writes it); a bare `dotnet test` may not have it.
            Assert.False(TestEnvironment.IsCI, $"{Artifact} is missing: run scripts/check-migrations.sh first.");
            return;
        }

        AssertParses(File.ReadAllText(Artifact));
    }

    [Fact]
    public void A_corrupted_script_fails_the_check()
    {
        using var db = SqlServerSql.Context();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        var index = script.IndexOf("CREATE TABLE", StringComparison.Ordinal);
        Assert.True(index >= 0);

        var corrupted = script[..index] + "CREATE TABEL" + script[(index + "CREATE TABLE".Length)..];

        Assert.NotEmpty(SqlServerSql.ParseErrors(corrupted));
    }

    private static void AssertParses(string script)
    {
        var errors = SqlServerSql.ParseErrors(script, out var batches);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20)));
        // EF separates the script's parts with GO lines: the parser must have read them as batch separators.
        var separators = script.Split('\n').Count(l => l.Trim() == "GO");
        Assert.True(separators > 1);
        Assert.True(batches >= separators, $"{batches} batch(es) parsed for {separators} GO separators");
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Decree73.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? AppContext.BaseDirectory;
    }
}
