using Microsoft.Extensions.DependencyInjection;

namespace Decree73.Application.Notifications;

public static class NotificationRegistration
{
    /// <summary>The in-app side and the reminder sources. A new source is one more line here.</summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services)
    {
        services.AddScoped<AssignmentNotifier>();
        services.AddScoped<NotificationService>();
        services.AddScoped<ReminderService>();
        services.AddScoped<IReminderSource, StepDeadlineReminders>();
        services.AddScoped<IReminderSource, OpinionRequestReminders>();
        return services;
    }
}
