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
                options.UseNpgsql(database.ConnectionString, o => o.MigrationsAssembly(PostgreSqlMigrations));
                break;
            case DatabaseProvider.SqlServer:
                options.UseSqlServer(database.ConnectionString, o => o.MigrationsAssembly(SqlServerMigrations));
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider '{database.Provider}'.");
        }
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
