using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Decree73.Application.Common;

/// <summary>
/// A memory cache for expensive read models (the compliance review) where each miss is computed once:
/// <list type="bullet">
/// <item>Concurrent requests for the same key share one computation (single-flight), instead of each recomputing.</item>
/// <item>A value read after <see cref="RefreshAfter"/> of its lifetime is returned at once and recomputed in the
/// background, so a page in use is refreshed before it expires.</item>
/// <item>A caller can ask for a value computed after a given <see cref="WriteClock"/> generation (its own last write):
/// an older value is then not used, so the user sees their own change at once.</item>
/// </list>
/// The computation runs in its own service scope (its own DbContext) without the caller's execution context, so it
/// survives the request that started it and cannot see that request's user; one caller giving up does not cancel it.
/// </summary>
public sealed class SingleFlightCache(IMemoryCache cache, IServiceScopeFactory scopes, ILogger<SingleFlightCache> logger)
{
    /// <summary>Share of the lifetime after which a read also starts a background refresh.</summary>
    public const double RefreshAfter = 0.75;

    private readonly ConcurrentDictionary<string, Flight> flights = new(StringComparer.Ordinal);
    private long computations;

    /// <summary>Computations started since the start of the process (tests and the benchmark count them).</summary>
    public long Computations => Interlocked.Read(ref computations);

    /// <summary>
    /// The value for <paramref name="key"/>: from the cache when it is there and computed at or after the asker's
    /// last write (<see cref="WriteClockReading.LastWriteOfUser"/>), otherwise from the computation already running
    /// for it, otherwise from a new one, which is stamped with <see cref="WriteClockReading.Current"/> (read before it
    /// starts, so it sees at least every write up to then). <paramref name="lifetime"/> zero caches nothing
    /// (concurrent callers still share a running computation).
    /// </summary>
    public async Task<T> GetAsync<T>(
        string key, TimeSpan lifetime, WriteClockReading clock, Func<IServiceProvider, CancellationToken, Task<T>> compute, CancellationToken ct = default)
    {
        if (lifetime > TimeSpan.Zero && cache.TryGetValue(key, out Entry? entry) && entry is not null && entry.Generation >= clock.LastWriteOfUser)
        {
            if (entry.Age >= lifetime * RefreshAfter && Interlocked.Exchange(ref entry.Refreshing, 1) == 0)
            {
                _ = Join(key, lifetime, entry.Generation + 1, clock.Current, compute);
            }

            return (T)entry.Value;
        }

        return (T)await Join(key, lifetime, clock.LastWriteOfUser, clock.Current, compute).WaitAsync(ct);
    }

    private Task<object> Join<T>(string key, TimeSpan lifetime, long notBefore, long current, Func<IServiceProvider, CancellationToken, Task<T>> compute)
    {
        while (true)
        {
            if (flights.TryGetValue(key, out var running) && running.Generation >= notBefore)
            {
                return running.Task;
            }

            var completion = new TaskCompletionSource<object>(TaskCreationOptions.RunContinuationsAsynchronously);
            var flight = new Flight(current, completion.Task);
            if (running is null ? flights.TryAdd(key, flight) : flights.TryUpdate(key, flight, running))
            {
                Interlocked.Increment(ref computations);
                using (ExecutionContext.SuppressFlow())
                {
                    _ = Task.Run(() => RunAsync(key, lifetime, flight, completion, compute));
                }

                return flight.Task;
            }
        }
    }

    private async Task RunAsync<T>(
        string key, TimeSpan lifetime, Flight flight, TaskCompletionSource<object> completion, Func<IServiceProvider, CancellationToken, Task<T>> compute)
    {
        try
        {
            object value;
            await using (var scope = ReadIntent.CreateReadScope(scopes))
            {
                value = (await compute(scope.ServiceProvider, CancellationToken.None))!;
            }

            // A later computation (started after a write) may have finished first: never replace it with an older one.
            if (lifetime > TimeSpan.Zero && !(cache.TryGetValue(key, out Entry? newer) && newer!.Generation > flight.Generation))
            {
                cache.Set(key, new Entry(value, flight.Generation), lifetime);
            }

            completion.SetResult(value);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Computing cached value {CacheKey} failed", key);
            completion.SetException(ex);
        }
        finally
        {
            flights.TryRemove(KeyValuePair.Create(key, flight));
        }
    }

    private sealed record Flight(long Generation, Task<object> Task);

    private sealed class Entry(object value, long generation)
    {
        private readonly long created = System.Diagnostics.Stopwatch.GetTimestamp();
        public int Refreshing;

        public object Value { get; } = value;
        public long Generation { get; } = generation;
        public TimeSpan Age => System.Diagnostics.Stopwatch.GetElapsedTime(created);
    }
}

/// <summary>The write clock as one request sees it: the generation now, and the asker's last write (0: none).</summary>
public readonly record struct WriteClockReading(long Current, long LastWriteOfUser);

/// <summary>
/// Reads the write clock: the in-process <see cref="WriteClock"/> (one instance), or the database's WriteMarks
/// that every instance bumps (setting Compliance:WriteClock, ADR 0012).
/// </summary>
public interface IWriteClockReader
{
    Task<WriteClockReading> ReadAsync(string? userId, CancellationToken ct = default);
}

/// <summary>The in-process clock, for one instance.</summary>
public sealed class MemoryWriteClockReader(WriteClock clock) : IWriteClockReader
{
    public Task<WriteClockReading> ReadAsync(string? userId, CancellationToken ct = default) =>
        Task.FromResult(new WriteClockReading(clock.Current, clock.LastWriteOf(userId)));
}

/// <summary>
/// Counts the saves made by signed-in users and remembers each user's last one, so that a cached read model can
/// tell whether it was computed before that user's own change. In memory, per process, like the cache itself
/// (with several instances, the database's WriteMarks play this part instead).
/// </summary>
public sealed class WriteClock
{
    private readonly ConcurrentDictionary<string, long> lastWrite = new(StringComparer.Ordinal);
    private long current;

    /// <summary>The generation now: a computation starting now sees every write up to it.</summary>
    public long Current => Interlocked.Read(ref current);

    /// <summary>Records a save by <paramref name="userId"/> (null: background work, only counted).</summary>
    public void Written(string? userId)
    {
        var generation = Interlocked.Increment(ref current);
        if (userId is not null)
        {
            lastWrite[userId] = generation;
        }
    }

    /// <summary>The generation of the user's last save, 0 when none (or nobody is signed in).</summary>
    public long LastWriteOf(string? userId) => userId is not null && lastWrite.TryGetValue(userId, out var generation) ? generation : 0;
}
