using Decree73.Application.Common;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Decree73.UnitTests;

/// <summary>
/// The compliance overview's flags run side by side through <see cref="ParallelReads"/>: each on its own scope (so its
/// own database context), never more at once than asked, the results in the items' order, a failure not swallowed.
/// </summary>
public sealed class ParallelReadsTests
{
    private sealed class ScopedProbe
    {
        public Guid Id { get; } = Guid.NewGuid();
    }

    private static ServiceProvider Services() =>
        new ServiceCollection().AddScoped<ScopedProbe>().AddScoped<ReadIntent>().AddSingleton<ParallelReads>().BuildServiceProvider();

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task Each_item_gets_its_own_scope_at_most_the_given_number_run_at_once_and_results_keep_their_order(int parallelism)
    {
        using var services = Services();
        var running = 0;
        var most = 0;
        var scopes = new System.Collections.Concurrent.ConcurrentBag<Guid>();
        var items = Enumerable.Range(1, 10).ToList();

        var results = await services.GetRequiredService<ParallelReads>().RunAsync(items, parallelism, async (sp, item, ct) =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            scopes.Add(sp.GetRequiredService<ScopedProbe>().Id);
            Assert.True(sp.GetRequiredService<ReadIntent>().ReplicaAllowed);
            await Task.Delay(20, ct);
            Interlocked.Decrement(ref running);
            return item * 10;
        }, CancellationToken.None);

        Assert.Equal(items.Select(i => i * 10), results);
        Assert.Equal(10, scopes.Distinct().Count());
        Assert.InRange(most, 1, parallelism);
        if (parallelism > 1)
        {
            Assert.True(most > 1, "the reads never overlapped");
        }
    }

    [Fact]
    public async Task A_failing_read_fails_the_whole_and_a_parallelism_below_one_is_refused()
    {
        using var services = Services();
        var reads = services.GetRequiredService<ParallelReads>();

        await Assert.ThrowsAsync<InvalidOperationException>(() => reads.RunAsync<int, int>([1, 2, 3], 2,
            (_, item, _) => item == 2 ? throw new InvalidOperationException("lỗi") : Task.FromResult(item), CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => reads.RunAsync<int, int>([1], 0, (_, i, _) => Task.FromResult(i), CancellationToken.None));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
