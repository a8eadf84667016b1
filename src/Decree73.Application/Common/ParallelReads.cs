using Microsoft.Extensions.DependencyInjection;

namespace Decree73.Application.Common;

/// <summary>
/// Runs independent read-only queries side by side, each in its own DI scope and so on its own database context and
/// connection (a context is never shared between threads). At most <c>parallelism</c> run at once; the results keep the
/// order of the items. Used where one page is made of many unrelated counts (the compliance overview's flags), so that
/// the database works on several while the app waits, instead of one after the other.
/// </summary>
public sealed class ParallelReads(IServiceScopeFactory scopes)
{
    public async Task<TResult[]> RunAsync<TItem, TResult>(
        IReadOnlyList<TItem> items, int parallelism, Func<IServiceProvider, TItem, CancellationToken, Task<TResult>> read, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        var results = new TResult[items.Count];
        await Parallel.ForAsync(0, items.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = ct },
            async (i, token) =>
            {
                await using var scope = ReadIntent.CreateReadScope(scopes);
                results[i] = await read(scope.ServiceProvider, items[i], token);
            });
        return results;
    }
}
