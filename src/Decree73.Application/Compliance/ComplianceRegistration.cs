using Decree73.Application.Common;
using Microsoft.Extensions.DependencyInjection;

namespace Decree73.Application.Compliance;

public static class ComplianceRegistration
{
    public static IServiceCollection AddCompliance(this IServiceCollection services)
    {
        // Bound and validated at start-up by AddInfrastructure, which has the configuration.
        services.AddOptions<ComplianceOptions>();
        services.AddMemoryCache();
        services.AddSingleton<WriteClock>();
        services.AddSingleton<SingleFlightCache>();
        services.AddScoped<ComplianceScopes>();
        services.AddScoped<DecisionTimes>();
        services.AddScoped<HeldStepQueries>();
        services.AddScoped<FlagQueries>();
        services.AddScoped<ScorecardQueries>();
        services.AddScoped<ComplianceService>();
        return services;
    }
}
