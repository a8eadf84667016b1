using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Decree73.Infrastructure.Persistence;

/// <summary>Chooses the EF Core provider and its migrations assembly from configuration.</summary>
public static class ProviderSetup
{
    public const string SqliteMigrations = "Decree73.Migrations.Sqlite";
    public const string PostgreSqlMigrations = "Decree73.Migrations.PostgreSql";
    public const string SqlServerMigrations = "Decree73.Migrations.SqlServer";

    public static void Configure(DbContextOptionsBuilder options, DatabaseOptions database, string dataDirectory)
    {
        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(
                    database.ConnectionString ?? SqliteConnectionString(dataDirectory),
                    o => o.MigrationsAssembly(SqliteMigrations));
                break;
            case DatabaseProvider.PostgreSql:
                options.UseNpgsql(PostgreSqlConnectionString(database.ConnectionString!), o => o.MigrationsAssembly(PostgreSqlMigrations));
                break;
            case DatabaseProvider.SqlServer:
                options.UseSqlServer(database.ConnectionString, o => o.MigrationsAssembly(SqlServerMigrations));
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider '{database.Provider}'.");
        }
    }

    /// <summary>
    /// The configured PostgreSQL connection string with JIT compilation and parallel query turned off for the session
    /// (<c>Options=-c jit=off -c max_parallel_workers_per_gather=0</c>), each unless the string already sets it. The
    /// app's queries are short OLTP-sized reads over index ranges: at 100,000 proposals, JIT compilation was 3.7 s of an
    /// 8.6 s compliance query and half of a report's 2 s, and starting parallel workers cost more than it saved (a count
    /// of the period's late decisions 49 ms with two workers, 18 ms without; the compliance overview's queries 450 ms,
    /// then 370–395 ms), measured on the benchmark's 2 cores (docs/performance.md). A deployment may set either back.
    /// </summary>
    public static string PostgreSqlConnectionString(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        foreach (var (name, setting) in SessionDefaults)
        {
            if (builder.Options?.Contains(name, StringComparison.OrdinalIgnoreCase) != true)
            {
                builder.Options = string.IsNullOrWhiteSpace(builder.Options) ? setting : builder.Options + " " + setting;
            }
        }

        return builder.ConnectionString;
    }

    private static readonly (string Name, string Setting)[] SessionDefaults =
        [("jit", "-c jit=off"), ("max_parallel_workers_per_gather", "-c max_parallel_workers_per_gather=0")];

    public static string SqliteConnectionString(string dataDirectory) =>
        // No shared cache: it locks whole tables, which would undo what WAL mode is for (readers not blocking the writer).
        $"Data Source={Path.Combine(dataDirectory, "decree73.db")};Foreign Keys=True";
}

/// <summary>Refuses, at start-up, a configuration this build cannot serve.</summary>
public sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        if (options.Provider != DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return ValidateOptionsResult.Fail($"Database:ConnectionString is required for the {options.Provider} provider.");
        }

        return ValidateOptionsResult.Success;
    }
}
