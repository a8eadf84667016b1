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

/// <summary>The "Backup" configuration section.</summary>
public sealed class BackupOptions
{
    public const string Section = "Backup";

    /// <summary>Folder of pg_dump and pg_restore; empty: they are looked up on the PATH.</summary>
    public string? PgBinDirectory { get; set; }
}

/// <summary>Exit codes of --backup and --restore.</summary>
public static class BackupExitCodes
{
    public const int Success = 0;

    /// <summary>Failed: an error, a backup that does not verify, or a restore whose row counts do not match.</summary>
    public const int Failed = 1;

    /// <summary>Refused before anything was done: a non-empty target without --force, SQL Server, a bad folder.</summary>
    public const int Refused = 2;
}

/// <summary>What <see cref="DataBackup"/> needs to know about the installation it backs up or restores into.</summary>
public sealed record BackupTarget(
    DatabaseOptions Database, string DataDirectory, FileStoreOptions Files, DataProtectionSettings Keys, BackupOptions Backup,
    IReadOnlyList<string> KnownMigrations, string AppVersion);

/// <summary>
/// --backup and --restore (docs/backup.md, ADR 0013). The database is snapshotted first (SQLite's online backup API, or
/// pg_dump in an exported snapshot whose row counts are taken in the same transaction); the files of the data folder
/// are copied after it, so every file a row of the snapshot names is there (files written later may be extra). A
/// manifest lists the hashes; a restore checks all of them before it touches the target. Messages go to the operator's
/// console (<paramref name="output"/>); the log gets counts, never personal data or secrets.
/// </summary>
public sealed class DataBackup(BackupTarget target, TextWriter output, ILogger<DataBackup> logger)
{
    private const string DatabaseFolder = "database";
    private const string SqliteFile = DatabaseFolder + "/decree73.db";
    private const string DumpFile = DatabaseFolder + "/decree73.pgdump";
    private const string FilesFolder = "files";

    /// <summary>Writes a backup of the configured installation into <paramref name="folder"/> (absent or empty).</summary>
    public async Task<int> BackupAsync(string folder, CancellationToken ct = default)
    {
        var root = Path.GetFullPath(folder);
        if (target.Database.Provider == DatabaseProvider.SqlServer)
        {
            return SqlServerRefusal();
        }

        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
        {
            output.WriteLine($"Thư mục sao lưu không trống / the backup folder is not empty: {root}");
            return BackupExitCodes.Refused;
        }

        if (Roots().Any(r => IsInside(root, r.Folder)))
        {
            output.WriteLine($"Thư mục sao lưu nằm trong thư mục dữ liệu / the backup folder is inside the data folder: {root}");
            return BackupExitCodes.Refused;
        }

        Directory.CreateDirectory(Path.Combine(root, DatabaseFolder));
        var started = DateTime.UtcNow;
        Snapshot snapshot;
        try
        {
            snapshot = target.Database.Provider == DatabaseProvider.Sqlite
                ? await SnapshotSqliteAsync(Path.Combine(root, SqliteFile), ct)
                : await SnapshotPostgresAsync(Path.Combine(root, DumpFile), ct);
        }
        catch (BackupException e)
        {
            output.WriteLine(e.Message);
            return BackupExitCodes.Failed;
        }

        // After the snapshot: a file is moved into place before its row commits, so every row in the snapshot finds its file.
        var files = new List<BackupFile>();
        foreach (var (name, source) in Roots())
        {
            foreach (var file in FilesUnder(source))
            {
                var relative = $"{FilesFolder}/{name}/{Path.GetRelativePath(source, file).Replace('\\', '/')}";
                var copy = Path.Combine(root, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                try
                {
                    files.Add(await CopyAsync(file, copy, relative, ct));
                }
                catch (FileNotFoundException)
                {
                    // Deleted since it was listed (a discarded upload): it was not in the snapshot's view either.
                }
            }
        }

        var databaseFile = target.Database.Provider == DatabaseProvider.Sqlite ? SqliteFile : DumpFile;
        var manifest = new BackupManifest
        {
            AppVersion = target.AppVersion,
            Provider = target.Database.Provider.ToString(),
            CreatedUtc = started,
            MigrationId = snapshot.MigrationId,
            Database = await DescribeAsync(Path.Combine(root, databaseFile), databaseFile, ct),
            Tables = snapshot.Tables,
            Files = files,
        };
        var temporary = Path.Combine(root, BackupManifest.FileName + ".tmp");
        await File.WriteAllTextAsync(temporary, JsonSerializer.Serialize(manifest, BackupManifest.Json), ct);
        File.Move(temporary, Path.Combine(root, BackupManifest.FileName));

        output.WriteLine($"Đã sao lưu / backup written: {root}");
        output.WriteLine($"  {manifest.Provider}, migration {manifest.MigrationId}, {manifest.Tables.Count} bảng / tables, "
            + $"{manifest.Tables.Values.Sum()} dòng / rows, {files.Count} tệp / files ({files.Sum(f => f.Size)} bytes)");
        logger.LogInformation("Backup written: {Provider}, {Tables} tables, {Rows} rows, {Files} files",
            manifest.Provider, manifest.Tables.Count, manifest.Tables.Values.Sum(), files.Count);
        return BackupExitCodes.Success;
    }

    /// <summary>
    /// Restores <paramref name="folder"/> into the configured installation: the manifest and every hash are checked
    /// first; a target that already holds data is refused unless <paramref name="force"/>; afterwards rows are
    /// re-counted and the restored files re-hashed.
    /// </summary>
    public async Task<int> RestoreAsync(string folder, bool force, CancellationToken ct = default)
    {
        var root = Path.GetFullPath(folder);
        if (target.Database.Provider == DatabaseProvider.SqlServer)
        {
            return SqlServerRefusal();
        }

        var (manifest, problem) = await ReadManifestAsync(root, ct);
        if (manifest is null)
        {
            output.WriteLine($"Bản sao lưu không hợp lệ / invalid backup: {problem}");
            return BackupExitCodes.Failed;
        }

        var problems = await VerifyAsync(root, manifest, ct);
        if (problems.Count > 0)
        {
            output.WriteLine($"Bản sao lưu không toàn vẹn, không khôi phục / the backup does not verify, nothing restored ({problems.Count}):");
            foreach (var p in problems.Take(20))
            {
                output.WriteLine($"  {p}");
            }

            logger.LogWarning("Restore refused: the backup does not verify ({Problems} problems)", problems.Count);
            return BackupExitCodes.Failed;
        }

        output.WriteLine($"Bản sao lưu toàn vẹn / backup verified: {manifest.Provider}, {manifest.CreatedUtc:dd/MM/yyyy HH:mm:ss} UTC, "
            + $"app {manifest.AppVersion}, migration {manifest.MigrationId}, {manifest.Files.Count} tệp / files.");

        var occupied = new List<string>();
        bool databaseHoldsData;
        try
        {
            databaseHoldsData = await DatabaseHoldsDataAsync(ct);
            if (databaseHoldsData)
            {
                occupied.Add("cơ sở dữ liệu / the database");
            }
        }
        catch (Exception e) when (e is DbException or InvalidOperationException)
        {
            output.WriteLine($"Không kết nối được cơ sở dữ liệu đích / cannot reach the target database: {e.Message}");
            return BackupExitCodes.Failed;
        }

        occupied.AddRange(Roots().Where(r => FilesUnder(r.Folder).Any()).Select(r => r.Folder));
        if (occupied.Count > 0 && !force)
        {
            output.WriteLine("Đích đã có dữ liệu, không khôi phục (dùng --force để ghi đè) / the target is not empty, nothing restored (--force overwrites):");
            foreach (var o in occupied)
            {
                output.WriteLine($"  {o}");
            }

            return BackupExitCodes.Refused;
        }

        try
        {
            if (target.Database.Provider == DatabaseProvider.Sqlite)
            {
                RestoreSqlite(Path.Combine(root, manifest.Database.Path));
            }
            else
            {
                await RestorePostgresAsync(Path.Combine(root, manifest.Database.Path), clean: databaseHoldsData, ct);
            }
        }
        catch (BackupException e)
        {
            output.WriteLine(e.Message);
            return BackupExitCodes.Failed;
        }

        var roots = Roots().ToDictionary(r => r.Name, r => r.Folder, StringComparer.Ordinal);
        var mismatches = new List<string>();
        foreach (var file in manifest.Files)
        {
            var destination = Destination(roots, file.Path);
            if (destination is null)
            {
                // Kept by this installation elsewhere (e.g. keys in the database now): reported, not restored.
                output.WriteLine($"  bỏ qua / skipped (no such folder here): {file.Path}");
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            var copied = await CopyAsync(Path.Combine(root, file.Path), destination, file.Path, ct);
            if (copied != file)
            {
                mismatches.Add($"{file.Path}: restored copy differs");
            }
        }

        SortedDictionary<string, long> counted;
        try
        {
            counted = target.Database.Provider == DatabaseProvider.Sqlite
                ? await CountSqliteAsync(SqlitePath(), SqliteOpenMode.ReadWrite, ct)
                : await CountPostgresAsync(ct);
        }
        catch (Exception e) when (e is DbException or InvalidOperationException)
        {
            output.WriteLine($"Không đếm lại được / could not re-count the rows: {e.Message}");
            return BackupExitCodes.Failed;
        }

        foreach (var (table, rows) in manifest.Tables)
        {
            if (!counted.TryGetValue(table, out var now) || now != rows)
            {
                mismatches.Add($"{table}: {rows} dòng trong bản sao lưu / rows in the backup, {(counted.ContainsKey(table) ? now.ToString(CultureInfo.InvariantCulture) : "no table")} sau khôi phục / after the restore");
            }
        }

        if (mismatches.Count > 0)
        {
            output.WriteLine($"Khôi phục KHÔNG khớp bản sao lưu / the restore does NOT match the backup ({mismatches.Count}):");
            foreach (var m in mismatches.Take(20))
            {
                output.WriteLine($"  {m}");
            }

            logger.LogError("Restore does not match its backup: {Mismatches} mismatches", mismatches.Count);
            return BackupExitCodes.Failed;
        }

        output.WriteLine($"Đã khôi phục / restored: {manifest.Tables.Count} bảng / tables, {manifest.Tables.Values.Sum()} dòng / rows "
            + $"(đếm lại khớp / re-counted, all match), {manifest.Files.Count} tệp / files.");
        output.WriteLine("Khởi động ứng dụng, rồi chạy --verify-audit. Start the app, then run --verify-audit.");
        logger.LogInformation("Restore done: {Tables} tables, {Rows} rows, {Files} files", manifest.Tables.Count, manifest.Tables.Values.Sum(), manifest.Files.Count);
        return BackupExitCodes.Success;
    }

    private int SqlServerRefusal()
    {
        output.WriteLine("SQL Server: --backup/--restore không dùng được; DBA sao lưu bằng BACKUP DATABASE … WITH CHECKSUM, COPY_ONLY "
            + "và chép thư mục tệp (docs/backup.md). / Use the DBA procedure: BACKUP DATABASE … WITH CHECKSUM, COPY_ONLY, "
            + "RESTORE DATABASE …, and copy the files folder (docs/backup.md).");
        return BackupExitCodes.Refused;
    }

    // ---------------------------------------------------------------- what is in the data folder

    /// <summary>
    /// The folders whose files are backed up, by name: the data folder itself, and the attachment store and key folder
    /// when they are configured outside it (a shared mount).
    /// </summary>
    private IEnumerable<(string Name, string Folder)> Roots()
    {
        var data = Path.GetFullPath(target.DataDirectory);
        yield return ("data", data);
        if (target.Files.Store == FileStoreKind.Local)
        {
            var attachments = Path.GetFullPath(Path.Combine(data, target.Files.LocalPath));
            if (!IsInside(attachments, data))
            {
                yield return ("attachments", attachments);
            }
        }

        if (target.Keys.Store == KeyStore.FileSystem)
        {
            var keys = Path.GetFullPath(Path.Combine(data, target.Keys.KeysPath));
            if (!IsInside(keys, data))
            {
                yield return ("keys", keys);
            }
        }
    }

    /// <summary>
    /// Files to back up under <paramref name="folder"/>: everything but the logs, the live SQLite database (it comes
    /// from the snapshot), staged uploads, health probes and temporary files.
    /// </summary>
    private IEnumerable<string> FilesUnder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var data = Path.GetFullPath(target.DataDirectory);
        var excludedFolders = new List<string> { Path.Combine(data, "logs") };
        if (target.Files.Store == FileStoreKind.Local)
        {
            excludedFolders.Add(Path.Combine(Path.GetFullPath(Path.Combine(data, target.Files.LocalPath)), "incoming"));
        }

        var database = target.Database.Provider == DatabaseProvider.Sqlite ? SqlitePath() : null;
        return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !excludedFolders.Any(x => IsInside(f, x)))
            .Where(f => database is null || !(f == database || f.StartsWith(database + "-", StringComparison.Ordinal)))
            .Where(f => !Path.GetFileName(f).StartsWith(".ready-", StringComparison.Ordinal)
                && !f.EndsWith(".tmp", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
    }

    private static bool IsInside(string path, string folder)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        return full == root || full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    private static string? Destination(Dictionary<string, string> roots, string path)
    {
        var parts = path.Split('/', 3);
        return parts.Length == 3 && parts[0] == FilesFolder && roots.TryGetValue(parts[1], out var folder)
            ? Path.GetFullPath(Path.Combine(folder, parts[2]))
            : null;
    }

    private static async Task<BackupFile> CopyAsync(string source, string destination, string relative, CancellationToken ct)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long size = 0;
        await using (var input = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 81920, useAsync: true))
        await using (var copy = new FileStream(destination, FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            var buffer = new byte[81920];
            int read;
            while ((read = await input.ReadAsync(buffer, ct)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                await copy.WriteAsync(buffer.AsMemory(0, read), ct);
                size += read;
            }

            await copy.FlushAsync(ct);
            copy.Flush(flushToDisk: true);
        }

        return new BackupFile(relative, size, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    private static async Task<BackupFile> DescribeAsync(string file, string relative, CancellationToken ct)
    {
        await using var input = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        var sha = await SHA256.HashDataAsync(input, ct);
        return new BackupFile(relative, input.Length, Convert.ToHexStringLower(sha));
    }

    // ---------------------------------------------------------------- manifest checks

    private static async Task<(BackupManifest? Manifest, string? Problem)> ReadManifestAsync(string root, CancellationToken ct)
    {
        var path = Path.Combine(root, BackupManifest.FileName);
        if (!File.Exists(path))
        {
            return (null, $"no {BackupManifest.FileName} in {root} (an incomplete backup has none)");
        }

        try
        {
            var manifest = JsonSerializer.Deserialize<BackupManifest>(await File.ReadAllTextAsync(path, ct), BackupManifest.Json);
            return manifest is null ? (null, "empty manifest") : (manifest, null);
        }
        catch (JsonException e)
        {
            return (null, $"{BackupManifest.FileName} unreadable: {e.Message}");
        }
    }

    private async Task<List<string>> VerifyAsync(string root, BackupManifest manifest, CancellationToken ct)
    {
        var problems = new List<string>();
        if (manifest.Format != BackupManifest.CurrentFormat)
        {
            problems.Add($"manifest format {manifest.Format}, this version reads {BackupManifest.CurrentFormat}");
        }

        if (!string.Equals(manifest.Provider, target.Database.Provider.ToString(), StringComparison.Ordinal))
        {
            problems.Add($"backup of {manifest.Provider}, this installation is configured for {target.Database.Provider}");
        }

        if (manifest.MigrationId is null || !target.KnownMigrations.Contains(manifest.MigrationId, StringComparer.Ordinal))
        {
            problems.Add($"migration {manifest.MigrationId ?? "(none)"} is unknown to this version ({target.AppVersion}): restore with the version that wrote it");
        }

        var expectedDatabase = target.Database.Provider == DatabaseProvider.Sqlite ? SqliteFile : DumpFile;
        foreach (var file in manifest.Files.Prepend(manifest.Database))
        {
            if (file == manifest.Database ? file.Path != expectedDatabase : !SafeRelative(file.Path))
            {
                problems.Add($"{file.Path}: not a path a backup writes");
                continue;
            }

            var path = Path.Combine(root, file.Path);
            if (!File.Exists(path))
            {
                problems.Add($"{file.Path}: missing");
                continue;
            }

            var actual = await DescribeAsync(path, file.Path, ct);
            if (actual.Size != file.Size || !string.Equals(actual.Sha256, file.Sha256, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"{file.Path}: SHA-256 {actual.Sha256} ({actual.Size} bytes), manifest {file.Sha256} ({file.Size} bytes)");
            }
        }

        return problems;
    }

    private static bool SafeRelative(string path) =>
        path.StartsWith(FilesFolder + "/", StringComparison.Ordinal)
        && !Path.IsPathRooted(path)
        && path.Split('/').All(p => p.Length > 0 && p != "." && p != "..")
        && !path.Contains('\\', StringComparison.Ordinal);

    // ---------------------------------------------------------------- SQLite

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

/// <summary>A backup or restore step failed with a message for the operator.</summary>
public sealed class BackupException(string message) : Exception(message);
