using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Threading.RateLimiting;
using Decree73.Infrastructure.Identity;
using Decree73.Infrastructure.Persistence;
using Decree73.Infrastructure.ScaleOut;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Decree73.Web.Security;

/// <summary>Limits on password guessing (section "SignIn").</summary>
public sealed class LoginOptions
{
    public const string Section = "SignIn";

    /// <summary>Sign-in posts allowed per client address per minute; more get 429 with Retry-After.</summary>
    [Range(1, 100_000)]
    public int PermitsPerAddressPerMinute { get; set; } = 20;

    /// <summary>Sign-in posts allowed per account name per minute, whatever the address.</summary>
    [Range(1, 100_000)]
    public int PermitsPerAccountPerMinute { get; set; } = 10;

    /// <summary>Consecutive failures on one account name answered at once; after that each answer waits longer.</summary>
    [Range(0, 100)]
    public int FailuresBeforeDelay { get; set; } = 3;

    /// <summary>The first delay; it doubles with each further failure.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:10")]
    public TimeSpan FirstDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest delay: the owner typing the right password still gets in after at most this wait.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>
    /// Where the counts are kept: <c>Memory</c> (this process), <c>Database</c> (shared by every instance on the
    /// database) or <c>Auto</c> (the database on PostgreSQL and SQL Server, memory on SQLite). ADR 0012.
    /// </summary>
    public SharedStateStore Store { get; set; } = SharedStateStore.Auto;

    /// <summary>Wrong current passwords on "Đổi mật khẩu" after which the session is ended.</summary>
    [Range(1, 100)]
    public int ChangePasswordFailuresBeforeSignOut { get; set; } = 5;
}

/// <summary>
/// Sign-in abuse protection (ASVS V6.3): per-address and per-account-name rate limits (System.Threading.RateLimiting),
/// a progressive delay instead of a lockout (a guesser cannot lock the owner out: the right password still works,
/// after at most <see cref="LoginOptions.MaxDelay"/>), and equal work for unknown accounts (a dummy hash is verified).
/// The counts are in memory (a restart forgets them, which only shortens delays), or in the database when several
/// instances must share them (<see cref="LoginOptions.Store"/>, <see cref="DatabaseSignInCounters"/>).
/// </summary>
public sealed class LoginProtection : IDisposable
{
    private readonly LoginOptions options;
    private readonly TimeProvider time;
    private readonly PartitionedRateLimiter<string> perAddress;
    private readonly PartitionedRateLimiter<string> perAccount;
    private readonly ConcurrentDictionary<string, Failures> failures = new(StringComparer.Ordinal);
    private readonly Lazy<string> dummyHash;
    private readonly IPasswordHasher<AppUser> hasher;

    private readonly DatabaseSignInCounters? shared;

    public LoginProtection(
        IOptions<LoginOptions> options, TimeProvider time, IOptions<PasswordHasherOptions> hasherOptions, IOptions<DatabaseOptions> database,
        DatabaseSignInCounters counters)
    {
        this.options = options.Value;
        shared = this.options.Store.InDatabase(database.Value.Provider) ? counters : null;
        this.time = time;
        // Identity's own hasher with the application's options (the registered one is scoped).
        hasher = new PasswordHasher<AppUser>(hasherOptions);
        perAddress = Limiter(this.options.PermitsPerAddressPerMinute);
        perAccount = Limiter(this.options.PermitsPerAccountPerMinute);
        // Hashed once with the application's hasher, so that verifying it costs what verifying a real password costs.
        dummyHash = new Lazy<string>(() => hasher.HashPassword(new AppUser(), Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24))));
    }

    private sealed record Failures(int Count, DateTimeOffset Last);

    /// <summary>Takes one permit from the address's and the account name's budgets; null when both allow it, else the wait.</summary>
    public async Task<TimeSpan?> TryAcquireAsync(string? address, string accountName, CancellationToken ct = default)
    {
        if (shared is null)
        {
            return TryAcquire(address, accountName);
        }

        var window = TimeSpan.FromMinutes(1);
        var byAddress = await shared.HitAsync("address", Truncate(address ?? "(none)"), window, ct);
        if (byAddress.Count > options.PermitsPerAddressPerMinute)
        {
            return byAddress.WindowEnd - time.GetUtcNow();
        }

        var byAccount = await shared.HitAsync("account", Key(accountName), window, ct);
        return byAccount.Count > options.PermitsPerAccountPerMinute ? byAccount.WindowEnd - time.GetUtcNow() : null;
    }

    /// <summary>How long to wait before answering for this account name, from its consecutive failures.</summary>
    public async Task<TimeSpan> DelayForAsync(string accountName, CancellationToken ct = default) =>
        Delay(shared is null ? Failed(accountName) : await shared.FailuresAsync(Key(accountName), ct));

    /// <summary>Counts a failure; returns the number of consecutive failures on that name.</summary>
    public Task<int> RecordFailureAsync(string accountName, CancellationToken ct = default) =>
        shared is null ? Task.FromResult(RecordFailure(accountName)) : shared.RecordFailureAsync(Key(accountName), ct);

    public Task RecordSuccessAsync(string accountName, CancellationToken ct = default)
    {
        if (shared is null)
        {
            RecordSuccess(accountName);
            return Task.CompletedTask;
        }

        return shared.ClearFailuresAsync(Key(accountName), ct);
    }

    private TimeSpan? TryAcquire(string? address, string accountName)
    {
        using var byAddress = perAddress.AttemptAcquire(address ?? "(none)");
        if (!byAddress.IsAcquired)
        {
            return RetryAfter(byAddress);
        }

        using var byAccount = perAccount.AttemptAcquire(Key(accountName));
        return byAccount.IsAcquired ? null : RetryAfter(byAccount);
    }

    private int Failed(string accountName) => failures.TryGetValue(Key(accountName), out var f) ? f.Count : 0;

    private TimeSpan Delay(int failed)
    {
        if (failed <= options.FailuresBeforeDelay)
        {
            return TimeSpan.Zero;
        }

        var doublings = Math.Min(failed - options.FailuresBeforeDelay - 1, 16);
        var delay = options.FirstDelay * Math.Pow(2, doublings);
        return delay > options.MaxDelay ? options.MaxDelay : delay;
    }

    private int RecordFailure(string accountName)
    {
        var now = time.GetUtcNow();
        Prune(now);
        return failures.AddOrUpdate(Key(accountName), _ => new Failures(1, now), (_, f) => new Failures(f.Count + 1, now)).Count;
    }

    private void RecordSuccess(string accountName) => failures.TryRemove(Key(accountName), out _);

    /// <summary>The work of checking a password, for a name that has no account (or a locked one).</summary>
    public void VerifyDummy(string password) => hasher.VerifyHashedPassword(new AppUser(), dummyHash.Value, password);

    public int ChangePasswordFailuresBeforeSignOut => options.ChangePasswordFailuresBeforeSignOut;

    public void Dispose()
    {
        perAddress.Dispose();
        perAccount.Dispose();
    }

    private static string Key(string accountName) => Truncate(accountName.Trim().ToUpperInvariant());

    private static string Truncate(string key) => key.Length > 256 ? key[..256] : key;

    private static TimeSpan RetryAfter(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? retry : TimeSpan.FromMinutes(1);

    private static PartitionedRateLimiter<string> Limiter(int permits) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    // Bounded memory: names untouched for an hour are forgotten once the table grows.
    private void Prune(DateTimeOffset now)
    {
        if (failures.Count < 10_000)
        {
            return;
        }

        foreach (var (key, value) in failures)
        {
            if (now - value.Last > TimeSpan.FromHours(1))
            {
                failures.TryRemove(key, out _);
            }
        }
    }
}

public static class LoginProtectionRegistration
{
    public static IServiceCollection AddLoginProtection(this IServiceCollection services)
    {
        services.AddOptions<LoginOptions>().BindConfiguration(LoginOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DatabaseSignInCounters>();
        services.AddSingleton<LoginProtection>();
        return services;
    }

    /// <summary>Sets 429 and Retry-After (whole seconds, at least one).</summary>
    public static void TooManyRequests(this HttpResponse response, TimeSpan retryAfter)
    {
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
    }
}
