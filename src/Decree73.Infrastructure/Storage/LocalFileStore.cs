using System.Globalization;
using System.Security.Cryptography;
using Decree73.Application.Abstractions;
using Microsoft.Extensions.Logging;

namespace Decree73.Infrastructure.Storage;

/// <summary>
/// Attachments as files under "&lt;data folder&gt;/attachments/yyyy/MM/&lt;random&gt;" (or the folder Files:LocalPath names,
/// which may be a mount shared by several instances), outside the web root. Uploads are written to
/// "attachments/incoming" first and moved into place only when their row is saved.
/// </summary>
public sealed class LocalFileStore(string root, ILogger<LocalFileStore> logger) : IFileStore
{
    private const string Incoming = "incoming";

    /// <summary>An upload is staged for seconds; a staged file this old was abandoned by a request that died.</summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromDays(1);

    private static readonly TimeSpan SweepEvery = TimeSpan.FromHours(1);
    private long nextSweepTicks;

    public string Root { get; } = Path.GetFullPath(root);

    public async Task<StagedFile> StageAsync(Stream content, long maxBytes, CancellationToken ct = default)
    {
        var folder = Path.Combine(Root, Incoming);
        Directory.CreateDirectory(folder);
        SweepAbandoned(folder, DateTime.UtcNow);
        var path = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".tmp");
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long total = 0;
        try
        {
            await using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
            var buffer = new byte[81920];
            int read;
            // One byte past the limit is enough to know it is too large; the rest is never written.
            while (total <= maxBytes && (read = await content.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, maxBytes + 1 - total)), ct)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                await target.WriteAsync(buffer.AsMemory(0, read), ct);
                total += read;
            }
        }
        catch
        {
            TryDelete(path);
            throw;
        }

        return new StagedFile(path, total, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    public Stream OpenStaged(StagedFile file) => new FileStream(Inside(file.TempPath), FileMode.Open, FileAccess.Read, FileShare.Read);

    public string NewStoredName(DateTime utcNow) =>
        string.Create(CultureInfo.InvariantCulture, $"{utcNow:yyyy}/{utcNow:MM}/{Guid.NewGuid():N}");

    public Task CommitAsync(StagedFile file, string storedName, CancellationToken ct = default)
    {
        var target = PathOf(storedName);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Move(Inside(file.TempPath), target, overwrite: false);
        return Task.CompletedTask;
    }

    public void Discard(StagedFile file) => TryDelete(Inside(file.TempPath));

    public Task<Stream?> OpenReadAsync(string storedName, CancellationToken ct = default)
    {
        var path = PathOf(storedName);
        return Task.FromResult<Stream?>(File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true) : null);
    }

    public Task DeleteAsync(string storedName, CancellationToken ct = default)
    {
        TryDelete(PathOf(storedName));
        return Task.CompletedTask;
    }

    /// <summary>The full path of a stored name; refuses anything that would leave the store's folder.</summary>
    public string PathOf(string storedName) => Inside(Path.Combine(Root, storedName));

    private string Inside(string path)
    {
        var full = Path.GetFullPath(path);
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("A stored file name points outside the attachment folder.");
        }

        return full;
    }

    /// <summary>
    /// Deletes staged files older than <see cref="AbandonedAfter"/> (a crash or a killed request between staging and
    /// commit leaves them behind), at most once an hour per process, on the next upload.
    /// </summary>
    private void SweepAbandoned(string folder, DateTime utcNow)
    {
        var due = Interlocked.Read(ref nextSweepTicks);
        if ((utcNow.Ticks < due || Interlocked.CompareExchange(ref nextSweepTicks, (utcNow + SweepEvery).Ticks, due) != due))
        {
            return;
        }

        var removed = 0;
        foreach (var file in new DirectoryInfo(folder).EnumerateFiles("*.tmp"))
        {
            if (file.LastWriteTimeUtc < utcNow - AbandonedAfter)
            {
                TryDelete(file.FullName);
                removed++;
            }
        }

        if (removed > 0)
        {
            logger.LogInformation("Removed {Count} abandoned staged upload(s)", removed);
        }
    }

    private void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException e)
        {
            logger.LogWarning(e, "Could not delete attachment file {FileName}", Path.GetFileName(path));
        }
        catch (UnauthorizedAccessException e)
        {
            logger.LogWarning(e, "Could not delete attachment file {FileName}", Path.GetFileName(path));
        }
    }
}
