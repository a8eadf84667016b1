using Decree73.Infrastructure.Persistence;
using Decree73.Infrastructure.Seeding;
using Decree73.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace Decree73.WebTests;

/// <summary>
/// The real app (Development environment, so the demo organisation is seeded) on a fresh real database with the
/// real migrations applied at start-up. One per test class.
/// </summary>
public abstract class WebAppFactory(DatabaseProvider provider) : WebApplicationFactory<Program>, IAsyncLifetime
{
    private TestDatabase? database;

    public TestDatabase Database => database ?? throw new InvalidOperationException("Not initialised.");

    /// <summary>Reuse another factory's database and data folder (a "restart" of the same installation).</summary>
    public TestDatabase? Shared { get; init; }

    public string DemoPassword =>
        File.ReadLines(Path.Combine(Database.DataDirectory, DemoSeeder.CredentialsFileName)).First().Split(": ", 2)[1].Trim();

    public async Task InitializeAsync()
    {
        database = Shared ?? await TestDatabase.CreateAsync(provider);
        _ = Server; // start now: migrations and seeding run here, not inside the first test's timing
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        if (database is not null && Shared is null)
        {
            await database.DisposeAsync();
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", provider.ToString());
        builder.UseSetting("Database:ConnectionString", Database.ConnectionString);
        builder.UseSetting("Database:DataDirectory", Database.DataDirectory);
        builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(Database.DataDirectory, "logs", "decree73-.log"));
    }
}

public sealed class SqliteWebAppFactory() : WebAppFactory(DatabaseProvider.Sqlite);

public sealed class PostgresWebAppFactory() : WebAppFactory(DatabaseProvider.PostgreSql);
