using Decree73.Application;
using Decree73.Infrastructure;
using Decree73.Infrastructure.Notifications;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Decree73.TestSupport;

/// <summary>
/// The application's services as a separate process would have them, over the host's database and clock, with the
/// mail server settings added: building a second one is a restart. Acts as nobody (background work).
/// </summary>
public sealed class NotificationRuntime : IAsyncDisposable
{
    private readonly ServiceProvider services;

    public NotificationRuntime(ServiceHost host, int smtpPort, IDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Database:Provider"] = host.Provider.ToString(),
            ["Database:ConnectionString"] = host.Database.ConnectionString,
            ["Database:DataDirectory"] = host.Database.DataDirectory,
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:From"] = "thongbao@decree73.test",
            ["Smtp:UseStartTls"] = "false",
            ["Smtp:Timeout"] = "00:00:05",
            ["App:PublicBaseUrl"] = PublicBaseUrl,
            // One instance restarted keeps its id, so it takes its own notification lease back at once.
            ["Instance:Id"] = "notification-runtime",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<TimeProvider>(host.Time);
        collection.AddInfrastructure(configuration, host.Database.DataDirectory);
        collection.AddApplication();
        services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

        // What ValidateOnStart would check when the host starts.
        _ = services.GetRequiredService<IOptions<SmtpOptions>>().Value;
    }

    public const string PublicBaseUrl = "https://decree73.test/";

    public IServiceProvider Services => services;

    /// <summary>One pass of the background service, as its timer would run it.</summary>
    public Task<bool> RunPassAsync() => services.GetRequiredService<NotificationBackgroundService>().RunOnceAsync();

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
