using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Decree73.Infrastructure.Persistence;

/// <summary>
/// Builds the context for dotnet-ef with the application's own services behind it. IdentityDbContext reads
/// IdentityOptions (MaxLengthForKeys, schema version) from there; a context built from bare options would
/// produce a different model and spurious migrations.
/// </summary>
public static class DesignTimeContext
{
    public static AppDbContext Create(Action<DbContextOptionsBuilder> useProvider)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddInfrastructure(new ConfigurationBuilder().Build(), Directory.GetCurrentDirectory());
        var provider = services.BuildServiceProvider();

        var options = new DbContextOptionsBuilder<AppDbContext>();
        useProvider(options);
        options.UseApplicationServiceProvider(provider);
        return new AppDbContext(options.Options);
    }
}
