using Decree73.Infrastructure.Persistence;
using Npgsql;

namespace Decree73.TestSupport;

/// <summary>A fresh, empty database on a real server or file, dropped when disposed.</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public abstract DatabaseProvider Provider { get; }
    public abstract string ConnectionString { get; }

    /// <summary>Folder for the SQLite file, data-protection keys and the demo credentials file.</summary>
    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("decree73-test-").FullName;

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => new SqliteTestDatabase(),
        DatabaseProvider.PostgreSql => await PostgresTestDatabase.CreateAsync(),
        _ => throw new NotSupportedException($"No test server for {provider}."),
    };

    public virtual ValueTask DisposeAsync()
    {
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a background thread; the temp folder is cleaned by the OS later.
        }

        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}

public sealed class SqliteTestDatabase : TestDatabase
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
    public override string ConnectionString => ProviderSetup.SqliteConnectionString(DataDirectory);

    public override ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return base.DisposeAsync();
    }
}

public sealed class PostgresTestDatabase : TestDatabase
{
    private readonly string adminConnectionString;
    private readonly string name;

    private PostgresTestDatabase(string adminConnectionString, string name)
    {
        this.adminConnectionString = adminConnectionString;
        this.name = name;
        // A small pool per test database: many test classes run at once against one server, whose default
        // max_connections is 100.
        ConnectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name, MaxPoolSize = 10 }.ConnectionString;
    }

    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
    public override string ConnectionString { get; }

    public static async Task<PostgresTestDatabase> CreateAsync()
    {
        var admin = TestEnvironment.RequirePostgres();
        var name = "d73_" + Guid.NewGuid().ToString("N")[..16];
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(admin);
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
                await command.ExecuteNonQueryAsync();
                return new PostgresTestDatabase(admin, name);
            }
            catch (NpgsqlException ex) when (attempt < 3 && ex is not PostgresException { SqlState: PostgresErrorCodes.DuplicateDatabase })
            {
                // A server busy with other test classes (too many clients, template1 in use): try again shortly.
                await Task.Delay(TimeSpan.FromMilliseconds(500 * attempt));
            }
        }
    }

    public override async ValueTask DisposeAsync()
    {
        // Only this database's pool: clearing every pool would close connections other test classes are using.
        await using (var own = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(own);
        }

        // Dropping is clean-up, after the tests have run and been counted: retry a busy server, and if it still
        // fails leave the database to tests/run.sh, which drops stale test databases before each run.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(adminConnectionString);
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
                await command.ExecuteNonQueryAsync();
                break;
            }
            catch (NpgsqlException ex) when (attempt < 5)
            {
                await Console.Error.WriteLineAsync($"Dropping test database {name} failed ({ex.Message}); retrying.");
                await Task.Delay(TimeSpan.FromMilliseconds(500 * attempt));
            }
            catch (NpgsqlException ex)
            {
                await Console.Error.WriteLineAsync($"Test database {name} left for the next run to drop: {ex.Message}");
                break;
            }
        }

        await base.DisposeAsync();
    }
}
