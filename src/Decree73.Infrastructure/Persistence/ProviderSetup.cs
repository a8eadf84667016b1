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
    /// The configured PostgreSQL connection string with JIT compilation turned off for the session
    /// (<c>Options=-c jit=off</c>), unless the string already sets <c>jit</c> itself. The app's queries are short
    /// OLTP-sized reads: at 100,000 proposals, JIT compilation was 3.7 s of an 8.6 s compliance query and half of
    /// a report's 2 s, and never paid for itself (docs/performance.md).
    /// </summary>
    public static string PostgreSqlConnectionString(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (builder.Options?.Contains("jit", StringComparison.OrdinalIgnoreCase) != true)
        {
            builder.Options = string.IsNullOrWhiteSpace(builder.Options) ? "-c jit=off" : builder.Options + " -c jit=off";
        }

        return builder.ConnectionString;
    }

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
