namespace Decree73.Infrastructure.ScaleOut;

/// <summary>
/// A named lease (table Leases): the instance that holds it until <see cref="ExpiresAtUtc"/> is the only one to run
/// the work it names, such as the notification pass (ADR 0012).
/// </summary>
public sealed class Lease
{
    public const int NameMaxLength = 100;
    public const int OwnerMaxLength = 200;

    private Lease() { }

    public Lease(string name) => Name = name;

    public string Name { get; private set; } = "";

    /// <summary>The instance id of the holder; null when released or never taken.</summary>
    public string? Owner { get; private set; }

    public DateTime ExpiresAtUtc { get; private set; } = DateTime.UnixEpoch;
}

/// <summary>
/// A write clock mark (table WriteMarks): the row "*" counts the saves that changed data, on any instance; a row per
/// user holds the count just after that user's last such save. The compliance cache compares them (ADR 0012).
/// </summary>
public sealed class WriteMark
{
    public const string Global = "*";
    public const int KeyMaxLength = 450;

    private WriteMark() { }

    public WriteMark(string key, long generation)
    {
        Key = key;
        Generation = generation;
    }

    public string Key { get; private set; } = "";
    public long Generation { get; private set; }
}

/// <summary>
/// A sign-in counter (table SignInCounters): attempts per address or account name in a fixed window, or an account
/// name's consecutive failures, shared by every instance (ADR 0012).
/// </summary>
public sealed class SignInCounter
{
    public const int KindMaxLength = 20;
    public const int KeyMaxLength = 256;

    private SignInCounter() { }

    public SignInCounter(string kind, string key, DateTime windowStartUtc, DateTime expiresAtUtc)
    {
        Kind = kind;
        Key = key;
        WindowStartUtc = windowStartUtc;
        ExpiresAtUtc = expiresAtUtc;
        Count = 1;
    }

    public string Kind { get; private set; } = "";
    public string Key { get; private set; } = "";
    public DateTime WindowStartUtc { get; private set; }
    public int Count { get; private set; }

    /// <summary>After this the row is of no use and is pruned.</summary>
    public DateTime ExpiresAtUtc { get; private set; }
}

/// <summary>
/// One chunk of a file kept in the database (table StoredFileChunks), for the database file store: a file is its
/// chunks 0, 1, 2… in order, each at most <see cref="Storage.DatabaseFileStore.ChunkBytes"/> long.
/// </summary>
public sealed class StoredFileChunk
{
    public const int StoredNameMaxLength = 200;

    private StoredFileChunk() { }

    public StoredFileChunk(string storedName, int sequence, byte[] data)
    {
        StoredName = storedName;
        Sequence = sequence;
        Data = data;
    }

    public string StoredName { get; private set; } = "";
    public int Sequence { get; private set; }
    public byte[] Data { get; private set; } = [];
}
