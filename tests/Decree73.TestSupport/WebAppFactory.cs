using Decree73.Infrastructure.Persistence;
using Decree73.Infrastructure.Seeding;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace Decree73.TestSupport;

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

    /// <summary>Further settings for this host (for example the scale-out stores of ADR 0012).</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    public string DemoPassword =>
        File.ReadLines(Path.Combine(Database.DataDirectory, DemoSeeder.CredentialsFileName)).First().Split(": ", 2)[1].Trim();

    public async Task InitializeAsync()
    {
        database = Shared ?? await TestDatabase.CreateAsync(provider);
        Start();
    }

    /// <summary>Starts the app now, so migrations and seeding run here rather than inside the first test.</summary>
    protected virtual void Start() => _ = Server;

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
        // Test classes sign in dozens of times a minute from one address; the limits have tests of their own.
        builder.UseSetting("SignIn:PermitsPerAddressPerMinute", "100000");
        builder.UseSetting("SignIn:PermitsPerAccountPerMinute", "100000");
        // The tests sign in as administrators, heads and Interior officers everywhere: no second factor asked. The 2FA
        // tests (WebTests/Security/TwoFactorTests) set it back to the product default.
        builder.UseSetting(TwoFactorOff.Key, TwoFactorOff.Value);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        // Records the commands of a request that asks for it (CommandRecorder.Header); every other request is untouched.
        builder.ConfigureTestServices(services => services.AddSingleton<CommandRecordingWindow>().ConfigureDbContext<AppDbContext>(
            (sp, options) => options.AddInterceptors(
                new CommandRecorder(sp.GetRequiredService<IHttpContextAccessor>(), sp.GetRequiredService<CommandRecordingWindow>()))));
    }
}

/// <summary>
/// The setting every test host starts with: <c>Authentication:TwoFactorRequiredRoles</c> empty, so the tests that sign
/// in as administrators, heads and Interior officers are not asked for an authenticator code. The 2FA tests run with
/// the product default ("Administrator,UnitHead,InteriorOfficer").
/// </summary>
public static class TwoFactorOff
{
    public const string Key = "Authentication:TwoFactorRequiredRoles";
    public const string Value = "";
}

public sealed class SqliteWebAppFactory() : WebAppFactory(DatabaseProvider.Sqlite);

public sealed class PostgresWebAppFactory() : WebAppFactory(DatabaseProvider.PostgreSql);

/// <summary>The app on a real Kestrel port on 127.0.0.1, for a real browser.</summary>
public sealed class KestrelWebAppFactory() : WebAppFactory(DatabaseProvider.Sqlite)
{
    public string RootUrl { get; private set; } = "";

    protected override void Start()
    {
        UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        RootUrl = addresses.Addresses.Single().TrimEnd('/');
    }
}
