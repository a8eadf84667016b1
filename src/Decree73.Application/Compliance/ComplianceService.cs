using Decree73.Application.Abstractions;
using Decree73.Application.Calendar;
using Decree73.Application.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Decree73.Application.Compliance;

/// <summary>
/// The Interior office's compliance review (issue 5) over a subtree the user monitors or administers: who holds what
/// and for how long, stalled proposals, red flags, the per-unit scorecard and the charts. The scope is checked on
/// every call, before any cache lookup; results are cached briefly per unit, period and day (the figures are the
/// same for everyone allowed to see that unit).
/// </summary>
public sealed class ComplianceService(
    ComplianceScopes scopes,
    CalendarService calendar,
    IMemoryCache cache,
    SingleFlightCache reviews,
    IWriteClockReader writes,
    ICurrentUser currentUser,
    IOptions<ComplianceOptions> options,
    TimeProvider time,
    ILogger<ComplianceService> logger,
    HeldStepQueries held,
    FlagQueries flags,
    ScorecardQueries scorecards,
    ParallelReads parallel)
{
    private ComplianceOptions Settings => options.Value;

    public Task<OperationResult<ComplianceOverview>> OverviewAsync(int? unitId, int? year, int? quarter, CancellationToken ct = default) =>
        RunAsync("overview", unitId, year, quarter, (service, c, token) => service.ComputeOverviewAsync(c, token), ct);

    public Task<OperationResult<Scorecard>> ScorecardAsync(int? unitId, int? year, int? quarter, CancellationToken ct = default) =>
        RunAsync("scorecard", unitId, year, quarter, (service, c, token) => service.ComputeScorecardAsync(c, token), ct);

    /// <summary>One flag with up to <see cref="ComplianceOptions.FlagPageLimit"/> proposals; not found for an unknown key.</summary>
    public async Task<OperationResult<(ComplianceScope Scope, CompliancePeriod Period, ComplianceFlag Flag)>> FlagAsync(
        string key, int? unitId, int? year, int? quarter, CancellationToken ct = default)
    {
        if (!ComplianceFlags.All.Contains(key))
        {
            return OperationResult<(ComplianceScope, CompliancePeriod, ComplianceFlag)>.From(OperationResult.NotFound());
        }

        return await RunAsync("flag:" + key, unitId, year, quarter,
            async (service, c, token) => (c.Scope, c.Period, await service.ComputeFlagAsync(c, key, token)), ct);
    }

    /// <summary>Drops every cached review (the benchmark measures with and without the cache).</summary>
    public void ClearCache()
    {
        if (cache is MemoryCache memory)
        {
            memory.Clear();
        }
    }

    private Task<Scorecard> ComputeScorecardAsync(ComplianceContext c, CancellationToken ct) => scorecards.ScorecardAsync(c, ct);

    private Task<ComplianceFlag> ComputeFlagAsync(ComplianceContext c, string key, CancellationToken ct) =>
        flags.ComputeAsync(c, key, Settings.FlagPageLimit, ct);

    private async Task<ComplianceOverview> ComputeOverviewAsync(ComplianceContext c, CancellationToken ct)
    {
        var limit = Settings.ExamplesPerFlag;
        // The flags are unrelated counts: they run side by side on their own contexts while this one reads the rest
        // (ADR 0021). Both are awaited together, so a failure of either is never left unobserved.
        var flagList = parallel.RunAsync(ComplianceFlags.All, Settings.ParallelQueries, (services, key, token) =>
        {
            var own = services.GetRequiredService<ComplianceScopes>().Context(c.Scope, c.Period, c.Today, c.Calendar);
            return services.GetRequiredService<FlagQueries>().ComputeAsync(own, key, limit, token);
        }, ct);
        var rest = ComputeHeldAndScorecardAsync(c, Math.Max(limit, 10), ct);
        await Task.WhenAll(flagList, rest);
        return (await rest) with { Flags = await flagList };
    }

    /// <summary>The overview without its flags: who holds what, the scorecard and the charts, on this context.</summary>
    private async Task<ComplianceOverview> ComputeHeldAndScorecardAsync(ComplianceContext c, int listLimit, CancellationToken ct)
    {
        // The scorecard and the charts share one grouped count of the period's receipts.
        var received = await scorecards.ReceivedGroupsAsync(c, ct);
        var units = await held.ByUnitAsync(c, 20, ct);
        return new ComplianceOverview(
            c.Scope, c.Period, c.Today,
            units.Overdue,
            units.AtRisk,
            await held.Stalled(c).CountAsync(ct),
            await held.StepsAsync(c, held.Overdue(c), listLimit, ct),
            await held.StepsAsync(c, held.AtRisk(c), listLimit, ct),
            await held.StalledListAsync(c, listLimit, ct),
            units.Top,
            await held.ByPersonAsync(c, 20, ct),
            [],
            await scorecards.ScorecardAsync(c, received, ct),
            await scorecards.ChartsAsync(c, received, ct));
    }

    /// <summary>
    /// The scope is resolved (and refused) for the asker first; the figures then come from <see cref="SingleFlightCache"/>:
    /// one computation per unit, period and day however many ask at once, computed in its own scope by a fresh
    /// instance of this service, and never older than the asker's own last change.
    /// </summary>
    private async Task<OperationResult<T>> RunAsync<T>(
        string what, int? unitId, int? year, int? quarter, Func<ComplianceService, ComplianceContext, CancellationToken, Task<T>> compute,
        CancellationToken ct)
    {
        var scope = await scopes.ResolveAsync(unitId, ct);
        if (!scope.Succeeded)
        {
            return OperationResult<T>.From(scope);
        }

        var today = VietnamTime.Today(time);
        var period = CompliancePeriod.From(year, quarter, today);
        var resolved = scope.Value!;
        var key = $"compliance:{what}:{resolved.UnitId}:{period.Year}:{period.Quarter}:{today:yyyyMMdd}";
        var clock = await writes.ReadAsync(currentUser.UserId, ct);
        var result = await reviews.GetAsync(key, TimeSpan.FromSeconds(Settings.CacheSeconds), clock,
            (services, token) => services.GetRequiredService<ComplianceService>().ComputeAsync(what, resolved, period, today, compute, token), ct);
        return OperationResult<T>.Ok(WithScope(result, resolved));
    }

    private async Task<T> ComputeAsync<T>(
        string what, ComplianceScope scope, CompliancePeriod period, DateOnly today,
        Func<ComplianceService, ComplianceContext, CancellationToken, Task<T>> compute, CancellationToken ct)
    {
        var context = scopes.Context(scope, period, today, await calendar.GetAsync(ct));
        var started = time.GetTimestamp();
        var result = await compute(this, context, ct);
        logger.LogInformation("Compliance {What} for unit {UnitId}, {Year} Q{Quarter} computed in {ElapsedMs} ms",
            what, scope.UnitId, period.Year, period.Quarter, (int)time.GetElapsedTime(started).TotalMilliseconds);
        return result;
    }

    /// <summary>The unit options depend on who asks, not on the unit: a cached result gets the asker's own list.</summary>
    private static T WithScope<T>(T value, ComplianceScope scope) => value switch
    {
        ComplianceOverview o => (T)(object)(o with { Scope = scope, Scorecard = o.Scorecard with { Scope = scope } }),
        Scorecard s => (T)(object)(s with { Scope = scope }),
        ValueTuple<ComplianceScope, CompliancePeriod, ComplianceFlag> f => (T)(object)(scope, f.Item2, f.Item3),
        _ => value,
    };
}
