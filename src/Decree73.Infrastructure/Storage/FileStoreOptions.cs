namespace Decree73.Infrastructure.Storage;

/// <summary>Where attachment and signed-decision bytes are kept (setting <c>Files:Store</c>).</summary>
public enum FileStoreKind
{
    /// <summary>A folder: the data folder's "attachments", or <see cref="FileStoreOptions.LocalPath"/> (a shared mount).</summary>
    Local,

    /// <summary>The application's database (table StoredFileChunks).</summary>
    Database,
}

/// <summary>The "Files" configuration section (ADR 0012).</summary>
public sealed class FileStoreOptions
{
    public const string Section = "Files";

    public FileStoreKind Store { get; set; } = FileStoreKind.Local;

    /// <summary>
    /// The folder of the local store; relative paths are in the data folder. Default "attachments". Several instances
    /// may share one folder on a network mount (NFS, SMB) instead of using the database.
    /// </summary>
    public string LocalPath { get; set; } = "attachments";
}
