using Decree73.Application.Calendar;
using Decree73.Application.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
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
    IOptions<ComplianceOptions> options,
    TimeProvider time,
    ILogger<ComplianceService> logger,
    HeldStepQueries held,
    FlagQueries flags,
    ScorecardQueries scorecards)
{
    private ComplianceOptions Settings => options.Value;

    public Task<OperationResult<ComplianceOverview>> OverviewAsync(int? unitId, int? year, int? quarter, CancellationToken ct = default) =>
        RunAsync("overview", unitId, year, quarter, async c =>
        {
            var limit = Settings.ExamplesPerFlag;
            var flagList = new List<ComplianceFlag>();
            foreach (var key in ComplianceFlags.All)
            {
                flagList.Add(await flags.ComputeAsync(c, key, limit, ct));
            }

            var listLimit = Math.Max(limit, 10);
            return new ComplianceOverview(
                c.Scope, c.Period, c.Today,
                await held.Overdue(c).CountAsync(ct),
                await held.AtRisk(c).CountAsync(ct),
                await held.Stalled(c).CountAsync(ct),
                await held.StepsAsync(c, held.Overdue(c), listLimit, ct),
                await held.StepsAsync(c, held.AtRisk(c), listLimit, ct),
                await held.StalledListAsync(c, listLimit, ct),
                await held.ByUnitAsync(c, 20, ct),
                await held.ByPersonAsync(c, 20, ct),
                flagList,
                await scorecards.ScorecardAsync(c, ct),
                await scorecards.ChartsAsync(c, ct));
        }, ct);

    public Task<OperationResult<Scorecard>> ScorecardAsync(int? unitId, int? year, int? quarter, CancellationToken ct = default) =>
        RunAsync("scorecard", unitId, year, quarter, c => scorecards.ScorecardAsync(c, ct), ct);

    /// <summary>One flag with up to <see cref="ComplianceOptions.FlagPageLimit"/> proposals; not found for an unknown key.</summary>
    public async Task<OperationResult<(ComplianceScope Scope, CompliancePeriod Period, ComplianceFlag Flag)>> FlagAsync(
        string key, int? unitId, int? year, int? quarter, CancellationToken ct = default)
    {
        if (!ComplianceFlags.All.Contains(key))
        {
            return OperationResult<(ComplianceScope, CompliancePeriod, ComplianceFlag)>.From(OperationResult.NotFound());
        }

        return await RunAsync("flag:" + key, unitId, year, quarter,
            async c => (c.Scope, c.Period, await flags.ComputeAsync(c, key, Settings.FlagPageLimit, ct)), ct);
    }

    /// <summary>Drops every cached review (the benchmark measures with and without the cache).</summary>
    public void ClearCache()
    {
        if (cache is MemoryCache memory)
        {
            memory.Clear();
        }
    }

    private async Task<OperationResult<T>> RunAsync<T>(
        string what, int? unitId, int? year, int? quarter, Func<ComplianceContext, Task<T>> compute, CancellationToken ct)
    {
        var scope = await scopes.ResolveAsync(unitId, ct);
        if (!scope.Succeeded)
        {
            return OperationResult<T>.From(scope);
        }

        var today = VietnamTime.Today(time);
        var period = CompliancePeriod.From(year, quarter, today);
        var key = $"compliance:{what}:{scope.Value!.UnitId}:{period.Year}:{period.Quarter}:{today:yyyyMMdd}";
        if (Settings.CacheSeconds > 0 && cache.TryGetValue(key, out T? cached) && cached is not null)
        {
            return OperationResult<T>.Ok(WithScope(cached, scope.Value));
        }

        var context = scopes.Context(scope.Value, period, today, await calendar.GetAsync(ct));
        var started = time.GetTimestamp();
        var result = await compute(context);
        logger.LogInformation("Compliance {What} for unit {UnitId}, {Year} Q{Quarter} computed in {ElapsedMs} ms",
            what, scope.Value.UnitId, period.Year, period.Quarter, (int)time.GetElapsedTime(started).TotalMilliseconds);
        if (Settings.CacheSeconds > 0)
        {
            cache.Set(key, result, TimeSpan.FromSeconds(Settings.CacheSeconds));
        }

        return OperationResult<T>.Ok(result);
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
