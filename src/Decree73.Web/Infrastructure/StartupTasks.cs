using Decree73.Infrastructure.Persistence;
using Decree73.Infrastructure.Seeding;
using Microsoft.Extensions.Options;

namespace Decree73.Web.Infrastructure;

/// <summary>
/// Migrates the database and, in Development, seeds the demo organisation, before any request is served
/// (StartingAsync runs before the web server starts). Also runs under WebApplicationFactory, unlike code placed
/// after builder.Build() in Program.
/// </summary>
public sealed class StartupTasks(IServiceProvider services, IHostEnvironment environment, IOptions<DatabaseOptions> database)
    : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        var dataDirectory = Decree73.Infrastructure.DependencyInjection.DataDirectory(database.Value, environment.ContentRootPath);
        Directory.CreateDirectory(dataDirectory);

        await using var scope = services.CreateAsyncScope();
        if (database.Value.MigrateOnStartup)
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        }

        if (!environment.IsDevelopment())
        {
            return;
        }

        var seeded = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(dataDirectory, cancellationToken);
        var file = seeded ?? Path.Combine(dataDirectory, DemoSeeder.CredentialsFileName);
        if (File.Exists(file))
        {
            // To the developer's console, not the log: it points at the file that holds the password.
            Console.WriteLine("Decree73 (Development): demo accounts and their password are in " + file);
            foreach (var account in DemoSeeder.Accounts)
            {
                Console.WriteLine($"  {account.Email,-42} {account.Description}");
            }
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
