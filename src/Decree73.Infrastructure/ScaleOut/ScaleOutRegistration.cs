using Decree73.Application.Common;
using Decree73.Infrastructure.Persistence;
using Decree73.Infrastructure.Persistence.Interceptors;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Decree73.Infrastructure.ScaleOut;

public static class ScaleOutRegistration
{
    /// <summary>How long a stopping instance waits for requests in flight and background work (default 30 s).</summary>
    public const string ShutdownTimeoutSetting = "Hosting:ShutdownTimeout";

    /// <summary>The setting that chooses the compliance cache's write clock.</summary>
    public const string WriteClockSetting = "Compliance:WriteClock";

    /// <summary>
    /// What several instances on one database share (ADR 0012): this instance's identity, the leases, and the write
    /// clock when Compliance:WriteClock puts it in the database.
    /// </summary>
    public static IServiceCollection AddScaleOut(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(new InstanceIdentity(configuration));
        // A stop (SIGTERM from systemd or the orchestrator) lets requests in flight finish, then releases the lease.
        var shutdownTimeout = configuration.GetValue(ShutdownTimeoutSetting, TimeSpan.FromSeconds(30));
        services.Configure<HostOptions>(o => o.ShutdownTimeout = shutdownTimeout);
        services.AddSingleton<DatabaseLeases>();

        var provider = (configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions()).Provider;
        var inDatabase = configuration.GetValue(WriteClockSetting, SharedStateStore.Auto).InDatabase(provider);
        services.AddSingleton(new WriteClockSettings(inDatabase));
        if (inDatabase)
        {
            // Before the Application's TryAdd of the in-process clock.
            services.AddScoped<IWriteClockReader, DatabaseWriteClock>();
        }

        return services;
    }
}
