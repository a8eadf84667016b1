using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Decree73.Infrastructure.Persistence;
using Decree73.Infrastructure.ScaleOut;
using Decree73.Infrastructure.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Decree73.Infrastructure.Recovery;

/// <summary>The database in a backup: the SQLite online backup, pg_dump/pg_restore, row counts and the last migration.</summary>
public sealed partial class DataBackup
{
    private sealed record Snapshot(string? MigrationId, SortedDictionary<string, long> Tables);

    private string SqlitePath()
    {
        var connection = target.Database.ConnectionString ?? ProviderSetup.SqliteConnectionString(target.DataDirectory);
        return Path.GetFullPath(new SqliteConnectionStringBuilder(connection).DataSource, target.DataDirectory);
    }

    private static string SqliteConnectionString(string file, SqliteOpenMode mode) =>
        new SqliteConnectionStringBuilder { DataSource = file, Mode = mode, Pooling = false, ForeignKeys = true }.ConnectionString;

    private async Task<Snapshot> SnapshotSqliteAsync(string copy, CancellationToken ct)
    {
        var live = SqlitePath();
        if (!File.Exists(live))
        {
            throw new BackupException($"Không có cơ sở dữ liệu / no database at {live}");
        }

        // The online backup API reads one consistent snapshot, WAL included (copying the .db file alone loses what
        // is still in its -wal), while the app keeps writing.
        await using (var source = new SqliteConnection(SqliteConnectionString(live, SqliteOpenMode.ReadWrite)))
        await using (var destination = new SqliteConnection(SqliteConnectionString(copy, SqliteOpenMode.ReadWriteCreate)))
        {
            await source.OpenAsync(ct);
            await destination.OpenAsync(ct);
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    source.BackupDatabase(destination);
                    break;
                }
                catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6 && attempt < 10)
                {
                    // SQLITE_BUSY / SQLITE_LOCKED: a checkpoint in progress.
                    await Task.Delay(200 * attempt, ct);
                }
            }

            // One self-contained file: no -wal beside the copy.
            await using var journal = destination.CreateCommand();
            journal.CommandText = "PRAGMA journal_mode=DELETE;";
            await journal.ExecuteNonQueryAsync(ct);
        }

        var tables = await CountSqliteAsync(copy, SqliteOpenMode.ReadOnly, ct);
        return new Snapshot(await LastMigrationAsync(new SqliteConnection(SqliteConnectionString(copy, SqliteOpenMode.ReadOnly)), null, ct), tables);
    }

    private static async Task<SortedDictionary<string, long>> CountSqliteAsync(string file, SqliteOpenMode mode, CancellationToken ct)
    {
        // The live file is in WAL mode, which a read-only connection may not open without its -shm: ReadWrite, never written.
        await using var connection = new SqliteConnection(SqliteConnectionString(file, mode));
        await connection.OpenAsync(ct);
        var names = await NamesAsync(connection, null, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'", ct);
        return await CountAsync(connection, null, names, ct);
    }

    private void RestoreSqlite(string backupFile)
    {
        var live = SqlitePath();
        Directory.CreateDirectory(Path.GetDirectoryName(live)!);
        using (var source = new SqliteConnection(SqliteConnectionString(backupFile, SqliteOpenMode.ReadOnly)))
        using (var destination = new SqliteConnection(SqliteConnectionString(live, SqliteOpenMode.ReadWriteCreate)))
        {
            source.Open();
            destination.Open();
            // Through SQLite, not a file copy: an existing target (--force) and its -wal are replaced consistently.
            source.BackupDatabase(destination);
            using var wal = destination.CreateCommand();
            wal.CommandText = "PRAGMA journal_mode=WAL;";
            wal.ExecuteNonQuery();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    // ---------------------------------------------------------------- PostgreSQL

    private NpgsqlConnectionStringBuilder PostgresSettings() => new(target.Database.ConnectionString) { Pooling = false };

    private async Task<Snapshot> SnapshotPostgresAsync(string dump, CancellationToken ct)
    {
        var pgDump = Tool("pg_dump");
        await using var connection = new NpgsqlConnection(PostgresSettings().ConnectionString);
        await connection.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        await using (var readOnly = new NpgsqlCommand("SET TRANSACTION READ ONLY", connection, transaction))
        {
            await readOnly.ExecuteNonQueryAsync(ct);
        }

        string snapshotId;
        await using (var export = new NpgsqlCommand("SELECT pg_export_snapshot()", connection, transaction))
        {
            snapshotId = (string)(await export.ExecuteScalarAsync(ct))!;
        }

        // Counted in the transaction whose snapshot pg_dump reads: the counts are the dump's.
        var tables = await CountAsync(connection, transaction, await NamesAsync(connection, transaction,
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()", ct), ct);
        var migration = await LastMigrationAsync(connection, transaction, ct);

        var settings = PostgresSettings();
        await RunToolAsync(pgDump, [.. ConnectionArguments(settings), "--format=custom", "--no-password", $"--snapshot={snapshotId}", $"--file={dump}", "--dbname", settings.Database!], ct);
        await transaction.CommitAsync(ct);
        return new Snapshot(migration, tables);
    }

    private async Task RestorePostgresAsync(string dump, bool clean, CancellationToken ct)
    {
        var pgRestore = Tool("pg_restore");
        var settings = PostgresSettings();
        List<string> arguments = [.. ConnectionArguments(settings), "--no-password", "--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction"];
        if (clean)
        {
            arguments.AddRange(["--clean", "--if-exists"]);
        }

        arguments.AddRange(["--dbname", settings.Database!, dump]);
        await RunToolAsync(pgRestore, arguments, ct);
        NpgsqlConnection.ClearAllPools();
    }

    private async Task<SortedDictionary<string, long>> CountPostgresAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(PostgresSettings().ConnectionString);
        await connection.OpenAsync(ct);
        return await CountAsync(connection, null, await NamesAsync(connection, null,
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()", ct), ct);
    }

    private static List<string> ConnectionArguments(NpgsqlConnectionStringBuilder settings)
    {
        var arguments = new List<string>();
        if (!string.IsNullOrEmpty(settings.Host))
        {
            arguments.AddRange(["--host", settings.Host]);
        }

        arguments.AddRange(["--port", settings.Port.ToString(CultureInfo.InvariantCulture)]);
        if (!string.IsNullOrEmpty(settings.Username))
        {
            arguments.AddRange(["--username", settings.Username]);
        }

        return arguments;
    }

    private string Tool(string name)
    {
        var candidates = string.IsNullOrWhiteSpace(target.Backup.PgBinDirectory)
            ? (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            : [target.Backup.PgBinDirectory];
        var executable = OperatingSystem.IsWindows() ? name + ".exe" : name;
        return candidates.Select(dir => Path.Combine(dir, executable)).FirstOrDefault(File.Exists)
            ?? throw new BackupException($"Không tìm thấy {name} / {name} not found "
                + (string.IsNullOrWhiteSpace(target.Backup.PgBinDirectory) ? "on the PATH" : $"in Backup:PgBinDirectory ({target.Backup.PgBinDirectory})")
                + ": install the PostgreSQL client tools (postgresql-client, the server's major version or newer) or set Backup:PgBinDirectory.");
    }

    /// <summary>Runs pg_dump/pg_restore; the password goes through PGPASSWORD of the child only, never its arguments.</summary>
    private async Task RunToolAsync(string tool, IReadOnlyList<string> arguments, CancellationToken ct)
    {
        var settings = PostgresSettings();
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (!string.IsNullOrEmpty(settings.Password))
        {
            start.Environment["PGPASSWORD"] = settings.Password;
        }

        start.Environment["PGSSLMODE"] = settings.SslMode switch
        {
            SslMode.Disable => "disable",
            SslMode.Allow => "allow",
            SslMode.Require => "require",
            SslMode.VerifyCA => "verify-ca",
            SslMode.VerifyFull => "verify-full",
            _ => "prefer",
        };
        start.Environment["PGAPPNAME"] = "decree73-" + Path.GetFileNameWithoutExtension(tool);

        using var process = Process.Start(start) ?? throw new BackupException($"{tool} did not start.");
        var errors = process.StandardError.ReadToEndAsync(ct);
        var standard = process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        var stderr = await errors;
        await standard;
        if (process.ExitCode != 0)
        {
            throw new BackupException($"{Path.GetFileName(tool)} thất bại / failed (exit {process.ExitCode}): {stderr.Trim()}");
        }
    }

    // ---------------------------------------------------------------- both

    private async Task<bool> DatabaseHoldsDataAsync(CancellationToken ct)
    {
        if (target.Database.Provider == DatabaseProvider.Sqlite)
        {
            var file = SqlitePath();
            if (!File.Exists(file) || new FileInfo(file).Length == 0)
            {
                return false;
            }

            await using var sqlite = new SqliteConnection(SqliteConnectionString(file, SqliteOpenMode.ReadWrite));
            await sqlite.OpenAsync(ct);
            return (await NamesAsync(sqlite, null, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'", ct)).Count > 0;
        }

        await using var connection = new NpgsqlConnection(PostgresSettings().ConnectionString);
        await connection.OpenAsync(ct);
        return (await NamesAsync(connection, null, "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()", ct)).Count > 0;
    }

    private static async Task<List<string>> NamesAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private static async Task<SortedDictionary<string, long>> CountAsync(DbConnection connection, DbTransaction? transaction, IEnumerable<string> tables, CancellationToken ct)
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            // Names from the catalog, quoted: both SQLite and PostgreSQL take "identifier".
            command.CommandText = $"SELECT COUNT(*) FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            counts[table] = Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        }

        return counts;
    }

    private static async Task<string?> LastMigrationAsync(DbConnection connection, DbTransaction? transaction, CancellationToken ct)
    {
        var own = connection.State != System.Data.ConnectionState.Open;
        try
        {
            if (own)
            {
                await connection.OpenAsync(ct);
            }

            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\" ORDER BY \"MigrationId\" DESC LIMIT 1";
            return await command.ExecuteScalarAsync(ct) as string;
        }
        finally
        {
            if (own)
            {
                await connection.DisposeAsync();
            }
        }
    }
}
