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
public sealed partial class DataBackup(BackupTarget target, TextWriter output, ILogger<DataBackup> logger)
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
}

/// <summary>A backup or restore step failed with a message for the operator.</summary>
public sealed class BackupException(string message) : Exception(message);
