namespace Decree73.Application.Abstractions;

/// <summary>A file written to a temporary name, not yet visible under a stored name.</summary>
public sealed record StagedFile(string TempPath, long Length, string Sha256);

/// <summary>
/// Where attachment bytes live, outside the web root: a local (or shared) folder, or the database (setting
/// Files:Store, ADR 0012). A file is first staged under a temporary local name, then committed under its stored name
/// once its database row is saved, so a failure never leaves a visible half-saved file.
/// </summary>
public interface IFileStore
{
    /// <summary>
    /// Copies at most <paramref name="maxBytes"/> + 1 bytes to a temporary file, hashing as it goes; a result longer
    /// than <paramref name="maxBytes"/> means the content was too large (the caller discards it).
    /// </summary>
    Task<StagedFile> StageAsync(Stream content, long maxBytes, CancellationToken ct = default);

    Stream OpenStaged(StagedFile file);

    /// <summary>A new stored name for a file saved at <paramref name="utcNow"/>: "yyyy/MM/{random}".</summary>
    string NewStoredName(DateTime utcNow);

    /// <summary>
    /// Moves a staged file to its stored name. Called inside the transaction that saves the file's row: the database
    /// store writes the bytes in that same transaction.
    /// </summary>
    Task CommitAsync(StagedFile file, string storedName, CancellationToken ct = default);

    /// <summary>Deletes a staged file; never throws.</summary>
    void Discard(StagedFile file);

    /// <summary>Opens a stored file for reading, or null when it is missing.</summary>
    Task<Stream?> OpenReadAsync(string storedName, CancellationToken ct = default);

    /// <summary>Deletes a stored file; never throws.</summary>
    Task DeleteAsync(string storedName, CancellationToken ct = default);
}
