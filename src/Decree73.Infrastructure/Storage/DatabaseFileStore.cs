using System.Data.Common;
using Decree73.Application.Abstractions;
using Decree73.Infrastructure.Persistence;
using Decree73.Infrastructure.ScaleOut;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Decree73.Infrastructure.Storage;

/// <summary>
/// Attachments in the database (table StoredFileChunks), for several instances on one database with no shared folder
/// (Files:Store=Database, ADR 0012). A file is cut into chunks of <see cref="ChunkBytes"/>, so neither writing nor
/// reading holds more than one chunk in memory, whatever Attachments:MaxBytes allows (up to 1 GiB), and no single
/// value comes near a provider's limit (PostgreSQL bytea: 1 GB). Uploads are staged on the local disk of the instance
/// that receives them (same request), then written in the transaction that saves their row: a failed save leaves no
/// chunk, a saved row always has its bytes.
/// </summary>
public sealed class DatabaseFileStore(AppDbContext db, LocalFileStore staging, IServiceScopeFactory scopes, ILogger<DatabaseFileStore> logger)
    : IFileStore
{
    public const int ChunkBytes = 1024 * 1024;

    public Task<StagedFile> StageAsync(Stream content, long maxBytes, CancellationToken ct = default) => staging.StageAsync(content, maxBytes, ct);

    public Stream OpenStaged(StagedFile file) => staging.OpenStaged(file);

    public string NewStoredName(DateTime utcNow) => staging.NewStoredName(utcNow);

    public async Task CommitAsync(StagedFile file, string storedName, CancellationToken ct = default)
    {
        if (storedName.Length > StoredFileChunk.StoredNameMaxLength)
        {
            throw new ArgumentException("Stored name too long.", nameof(storedName));
        }

        await using (var content = staging.OpenStaged(file))
        {
            var buffer = new byte[ChunkBytes];
            for (var sequence = 0; ; sequence++)
            {
                var length = await content.ReadAtLeastAsync(buffer, ChunkBytes, throwOnEndOfStream: false, ct);
                if (length == 0 && sequence > 0)
                {
                    break;
                }

                var chunk = new StoredFileChunk(storedName, sequence, buffer[..length]);
                db.StoredFileChunks.Add(chunk);
                await db.SaveChangesAsync(ct);
                // Written: the tracker need not keep the bytes.
                db.Entry(chunk).State = EntityState.Detached;
                if (length < ChunkBytes)
                {
                    break;
                }
            }
        }

        staging.Discard(file);
    }

    public void Discard(StagedFile file) => staging.Discard(file);

    public async Task<Stream?> OpenReadAsync(string storedName, CancellationToken ct = default)
    {
        var exists = await Chunk(db, storedName, 0).AnyAsync(ct);
        return exists ? new ChunkStream(scopes, storedName) : null;
    }

    public async Task DeleteAsync(string storedName, CancellationToken ct = default)
    {
        try
        {
            await DeleteChunksAsync(db, storedName, ct);
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or OperationCanceledException)
        {
            logger.LogWarning(e, "Could not delete stored file {StoredName} from the database", storedName);
        }
    }

    /// <summary>One chunk's bytes.</summary>
    internal static IQueryable<byte[]> Chunk(AppDbContext db, string storedName, int sequence) =>
        db.StoredFileChunks.AsNoTracking().Where(c => c.StoredName == storedName && c.Sequence == sequence).Select(c => c.Data);

    internal static Task<int> DeleteChunksAsync(AppDbContext db, string storedName, CancellationToken ct) =>
        db.StoredFileChunks.Where(c => c.StoredName == storedName).ExecuteDeleteAsync(ct);

    /// <summary>
    /// Reads a stored file chunk by chunk, each with its own short query, on a DbContext of its own: the response is
    /// written after the page's handler returned, and the request's own context is not shared with it.
    /// </summary>
    private sealed class ChunkStream(IServiceScopeFactory scopes, string storedName) : Stream
    {
        private AsyncServiceScope? scope;
        private byte[] chunk = [];
        private int offset;
        private int next;
        private bool ended;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            while (offset == chunk.Length)
            {
                if (ended || !await NextChunkAsync(cancellationToken))
                {
                    return 0;
                }
            }

            var count = Math.Min(buffer.Length, chunk.Length - offset);
            chunk.AsMemory(offset, count).CopyTo(buffer);
            offset += count;
            return count;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        private async Task<bool> NextChunkAsync(CancellationToken ct)
        {
            scope ??= scopes.CreateAsyncScope();
            var db = scope.Value.ServiceProvider.GetRequiredService<AppDbContext>();
            var data = await Chunk(db, storedName, next).FirstOrDefaultAsync(ct);
            if (data is null || data.Length == 0)
            {
                ended = true;
                return false;
            }

            chunk = data;
            offset = 0;
            next++;
            return true;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override async ValueTask DisposeAsync()
        {
            if (scope is { } s)
            {
                await s.DisposeAsync();
                scope = null;
            }

            await base.DisposeAsync();
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && scope is { } s)
            {
                s.Dispose();
                scope = null;
            }

            base.Dispose(disposing);
        }
    }
}
