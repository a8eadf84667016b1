using System.Text.Json;
using System.Text.Json.Serialization;

namespace Decree73.Infrastructure.Recovery;

/// <summary>
/// manifest.json of a backup folder: what was backed up, from which version and schema, and how to check every byte of
/// it before a restore touches anything (docs/backup.md).
/// </summary>
public sealed record BackupManifest
{
    public const string FileName = "manifest.json";
    public const int CurrentFormat = 1;

    public int Format { get; init; } = CurrentFormat;
    public required string AppVersion { get; init; }
    public required string Provider { get; init; }
    public required DateTime CreatedUtc { get; init; }

    /// <summary>The last migration applied to the database at the snapshot.</summary>
    public required string? MigrationId { get; init; }

    /// <summary>The database snapshot: a SQLite file (online backup API) or a pg_dump custom-format archive.</summary>
    public required BackupFile Database { get; init; }

    /// <summary>Rows per table in the snapshot (its own transaction), re-counted after a restore.</summary>
    public required SortedDictionary<string, long> Tables { get; init; }

    /// <summary>Every file copied after the snapshot: attachments, signed files, key files, …</summary>
    public required IReadOnlyList<BackupFile> Files { get; init; }

    internal static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };
}

/// <summary>One file of the backup folder: its path relative to that folder (forward slashes), size and SHA-256 (hex).</summary>
public sealed record BackupFile(string Path, long Size, string Sha256);
