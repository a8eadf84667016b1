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

/// <summary>The data folder's files in a backup: which roots, copying with hashes, reading and verifying the manifest.</summary>
public sealed partial class DataBackup
{
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
}
