using Decree73.Application.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Decree73.Infrastructure.Notifications;

/// <summary>
/// Runs <see cref="NotificationPass"/> every <see cref="NotificationOptions.ReminderInterval"/>, each pass in its own
/// scope. A failing pass is logged and the next one runs as planned: nothing escapes to stop the host. The dedupe
/// keys and the e-mail claims are in the database, so a restart neither repeats nor forgets a reminder.
/// </summary>
public sealed class NotificationBackgroundService(
    IServiceScopeFactory scopes, IOptions<NotificationOptions> options, TimeProvider time, ILogger<NotificationBackgroundService> logger)
    : BackgroundService
{
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

    /// <summary>One pass; returns false when it failed (and was logged). Tests call this instead of waiting.</summary>
    public async Task<bool> RunOnceAsync(CancellationToken ct = default)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var (reminders, emails) = await scope.ServiceProvider.GetRequiredService<NotificationPass>().RunAsync(ct);
            if (reminders > 0 || emails > 0)
            {
                logger.LogInformation("Notification pass: {Reminders} reminder(s) stored, {Emails} e-mail(s) sent", reminders, emails);
            }

            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogError(ex, "Notification pass failed; the next pass runs in {Interval}", options.Value.ReminderInterval);
            return false;
        }
    }
}
