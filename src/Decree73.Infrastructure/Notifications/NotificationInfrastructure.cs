using Decree73.Application.Notifications;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Decree73.Infrastructure.Notifications;

public static class NotificationInfrastructure
{
    /// <summary>Options (validated at start-up), the e-mail outbox and the background service.</summary>
    public static IServiceCollection AddNotificationDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NotificationOptions>().Bind(configuration.GetSection(NotificationOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AppUrlOptions>().Bind(configuration.GetSection(AppUrlOptions.Section));
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SmtpOptions>, SmtpOptionsValidator>();
        services.AddScoped<SmtpMailer>();
        services.AddScoped<EmailOutbox>();
        services.AddScoped<NotificationPass>();
        services.AddSingleton<NotificationBackgroundService>();
        services.AddHostedService(sp => sp.GetRequiredService<NotificationBackgroundService>());
        return services;
    }
}
