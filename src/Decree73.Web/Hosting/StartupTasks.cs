using Decree73.Infrastructure.Persistence;
using Decree73.Infrastructure.Seeding;
using Microsoft.Extensions.Options;

namespace Decree73.Web.Hosting;

/// <summary>
/// Migrates the database and, in Development, seeds the demo organisation, before any request is served
/// (StartingAsync runs before the web server starts). Also runs under WebApplicationFactory, unlike code placed
/// after builder.Build() in Program.
/// </summary>
public sealed class StartupTasks(
    IServiceProvider services, IHostEnvironment environment, IOptions<DatabaseOptions> database, DatabaseReadiness readiness,
    ILogger<StartupTasks> logger)
    : IHostedLifecycleService, IDisposable
{
    /// <summary>How long to wait before trying again to migrate a server database that was unreachable.</summary>
    public static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(30);

    private readonly CancellationTokenSource stopping = new();
    private Task? retries;
    private volatile bool disposed;

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        var dataDirectory = Decree73.Infrastructure.DependencyInjection.DataDirectory(database.Value, environment.ContentRootPath);
        Directory.CreateDirectory(dataDirectory);

        await using var scope = services.CreateAsyncScope();
        if (database.Value.MigrateOnStartup && !await TryMigrateAsync(scope.ServiceProvider, cancellationToken))
        {
            retries = Task.Run(() => RetryMigrationAsync(stopping.Token), CancellationToken.None);
            return;
        }

        readiness.MarkSchemaReady();

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

    /// <summary>
    /// Migrates; false when a server database cannot be reached (logged once, clearly). A failure while the database
    /// answers (a broken migration) and any failure on the embedded SQLite file still stop the start-up.
    /// </summary>
    private async Task<bool> TryMigrateAsync(IServiceProvider scoped, CancellationToken ct)
    {
        try
        {
            await scoped.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
            return true;
        }
        catch (Exception ex) when (database.Value.Provider != DatabaseProvider.Sqlite && !ct.IsCancellationRequested)
        {
            if (await CanConnectAsync(scoped, ct))
            {
                throw;
            }

            logger.LogError(ex,
                "Database {Provider} is unreachable at start-up: migrations were not applied and /health/ready answers 503 " +
                "until they are. Check Database:ConnectionString and that the server is up; retrying every {RetrySeconds} s",
                database.Value.Provider.ToString(), RetryInterval.TotalSeconds);
            return false;
        }
    }

    private static async Task<bool> CanConnectAsync(IServiceProvider scoped, CancellationToken ct)
    {
        try
        {
            return await scoped.GetRequiredService<AppDbContext>().Database.CanConnectAsync(ct);
        }
        catch (Exception)
        {
            // A connection string that does not even parse cannot connect either.
            return false;
        }
    }

    private async Task RetryMigrationAsync(CancellationToken ct)
    {
        try
        {
            while (!readiness.SchemaReady)
            {
                await Task.Delay(RetryInterval, ct);
                await using var scope = services.CreateAsyncScope();
                try
                {
                    await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
                    readiness.MarkSchemaReady();
                    logger.LogInformation("Database {Provider} reached: migrations applied, the app is ready", database.Value.Provider.ToString());
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogWarning("Database {Provider} still unreachable ({Error}); next try in {RetrySeconds} s",
                        database.Value.Provider.ToString(), ex.GetType().Name, RetryInterval.TotalSeconds);
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        // The host can be disposed before it is stopped (a test host torn down after a failed start): nothing to stop.
        if (disposed)
        {
            return;
        }

        await stopping.CancelAsync();
        if (retries is not null)
        {
            await retries;
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
        disposed = true;
        stopping.Dispose();
    }
}
