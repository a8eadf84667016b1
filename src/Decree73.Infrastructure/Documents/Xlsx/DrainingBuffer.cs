namespace Decree73.Infrastructure.Documents.Xlsx;

/// <summary>
/// A write-only stream that collects what the zip writer produces until <see cref="DrainAsync"/> copies it to the
/// real output asynchronously. The zip and XML writers are synchronous; this keeps their writes off the output (an
/// HTTP response refuses synchronous writes) while holding only the bytes produced since the last drain.
/// </summary>
internal sealed class DrainingBuffer(Stream output) : Stream
{
    private readonly MemoryStream pending = new();
    private long written;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    // ZipArchive reads the position of a stream it cannot seek to record where each entry starts.
    public override long Position
    {
        get => written;
        set => throw new NotSupportedException();
    }

    public async Task DrainAsync(CancellationToken ct)
    {
        if (pending.Length == 0)
        {
            return;
        }

        await output.WriteAsync(pending.GetBuffer().AsMemory(0, (int)pending.Length), ct);
        pending.SetLength(0);
    }

    public override void Write(byte[] buffer, int offset, int count)
    {
        pending.Write(buffer, offset, count);
        written += count;
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        pending.Write(buffer);
        written += buffer.Length;
    }

    public override void Flush()
    {
        // Nothing to do: the bytes leave in DrainAsync.
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            pending.Dispose();
        }

        base.Dispose(disposing);
    }
}
