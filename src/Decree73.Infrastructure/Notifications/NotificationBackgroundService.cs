using Decree73.Application.Notifications;
using Decree73.Infrastructure.ScaleOut;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Decree73.Infrastructure.Notifications;

/// <summary>What one tick of the background service did.</summary>
public enum PassOutcome
{
    /// <summary>This instance holds the lease and ran the pass.</summary>
    Ran,

    /// <summary>Another instance holds the lease: nothing was done here.</summary>
    NotHolder,

    /// <summary>The pass (or taking the lease) failed, and was logged.</summary>
    Failed,
}

/// <summary>
/// Runs <see cref="NotificationPass"/> every <see cref="NotificationOptions.ReminderInterval"/>, each pass in its own
/// scope. A failing pass is logged and the next one runs as planned: nothing escapes to stop the host. The dedupe
/// keys and the e-mail claims are in the database, so a restart neither repeats nor forgets a reminder. With several
/// instances on one database, only the holder of the database lease "notifications" runs the pass (ADR 0012); it
/// renews the lease at each tick and releases it when the host stops gracefully.
/// </summary>
public sealed class NotificationBackgroundService(
    IServiceScopeFactory scopes, IOptions<NotificationOptions> options, TimeProvider time, DatabaseLeases leases,
    ILogger<NotificationBackgroundService> logger)
    : BackgroundService
{
    public const string LeaseName = "notifications";

    /// <summary>The lease's length: Notifications:LeaseDuration, or three intervals, so a live holder renews it in time.</summary>
    public TimeSpan LeaseDuration => options.Value.LeaseDuration ?? options.Value.ReminderInterval * 3;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            logger.LogInformation("Notification reminders are disabled (Notifications:Enabled=false)");
            return;
        }

        try
        {
            await Task.Delay(options.Value.InitialDelay, time, stoppingToken);
            using var timer = new PeriodicTimer(options.Value.ReminderInterval, time);
            do
            {
                await RunOnceAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>One tick; returns false when it failed (and was logged). Tests call this instead of waiting.</summary>
    public async Task<bool> RunOnceAsync(CancellationToken ct = default) => await RunPassAsync(ct) != PassOutcome.Failed;

    /// <summary>Takes (or renews) the lease, and runs one pass if this instance holds it.</summary>
    public async Task<PassOutcome> RunPassAsync(CancellationToken ct = default)
    {
        try
        {
            if (!await leases.TryAcquireAsync(LeaseName, LeaseDuration, ct))
            {
                logger.LogDebug("Notification pass skipped: another instance holds the lease");
                return PassOutcome.NotHolder;
            }

            mayHoldLease = true;

            await using var scope = scopes.CreateAsyncScope();
            var (reminders, emails) = await scope.ServiceProvider.GetRequiredService<NotificationPass>().RunAsync(ct);
            if (reminders > 0 || emails > 0)
            {
                logger.LogInformation("Notification pass: {Reminders} reminder(s) stored, {Emails} e-mail(s) sent", reminders, emails);
            }

            return PassOutcome.Ran;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogError(ex, "Notification pass failed; the next pass runs in {Interval}", options.Value.ReminderInterval);
            return PassOutcome.Failed;
        }
    }

    /// <summary>Stops the loop (an unfinished pass is cancelled), then gives the lease up so another instance takes over at once.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await ReleaseAsync();
    }

    // Set once this instance has taken the lease: an instance that never held it has nothing to give up on stop.
    private volatile bool mayHoldLease;

    /// <summary>Releases the lease if held here; never throws (a lease not released simply expires).</summary>
    public async Task ReleaseAsync()
    {
        if (!mayHoldLease)
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await leases.ReleaseAsync(LeaseName, timeout.Token);
        }
        catch (ObjectDisposedException)
        {
            // The host's services were disposed before it was stopped (a test host torn down): the lease simply expires.
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "The notification lease could not be released; it expires in at most {LeaseDuration}", LeaseDuration);
        }
    }
}
