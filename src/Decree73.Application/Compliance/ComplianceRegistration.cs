using Decree73.Application.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Decree73.Application.Compliance;

public static class ComplianceRegistration
{
    public static IServiceCollection AddCompliance(this IServiceCollection services)
    {
        // Bound and validated at start-up by AddInfrastructure, which has the configuration.
        services.AddOptions<ComplianceOptions>();
        services.AddMemoryCache();
        services.AddSingleton<WriteClock>();
        services.TryAddScoped<ReadIntent>();
        // Infrastructure registers the database's clock first when several instances must agree (ADR 0012).
        services.TryAddScoped<IWriteClockReader, MemoryWriteClockReader>();
        services.AddSingleton<SingleFlightCache>();
        services.AddSingleton<ParallelReads>();
        services.AddScoped<ComplianceScopes>();
        services.AddScoped<HeldStepQueries>();
        services.AddScoped<FlagQueries>();
        services.AddScoped<ScorecardQueries>();
        services.AddScoped<ComplianceService>();
        return services;
    }
}
