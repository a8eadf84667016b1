using Decree73.Infrastructure.Persistence;
using Decree73.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Xunit;

namespace Decree73.WebTests.ScaleOut;

/// <summary>One instance of the app among several on one database.</summary>
public sealed class InstanceFactory(DatabaseProvider provider) : WebAppFactory(provider);

/// <summary>
/// Two instances of the app (two hosts, two DI containers, two memory caches) on one real database, with every
/// shared store of ADR 0012 switched to the database, as behind a load balancer.
/// </summary>
public abstract class TwoInstances(DatabaseProvider provider) : IAsyncLifetime
{
    /// <summary>Sign-in attempts allowed per account name and minute, across both instances.</summary>
    public const int PermitsPerAccount = 4;

    public static readonly IReadOnlyDictionary<string, string?> SharedSettings = new Dictionary<string, string?>
    {
        ["SignIn:PermitsPerAccountPerMinute"] = PermitsPerAccount.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["SignIn:FirstDelay"] = "00:00:00.050",
        ["DataProtection:Store"] = "Database",
        ["Files:Store"] = "Database",
        ["Compliance:WriteClock"] = "Database",
        ["SignIn:Store"] = "Database",
    };

    private TestDatabase? database;

    public InstanceFactory A { get; private set; } = null!;
    public InstanceFactory B { get; private set; } = null!;

    public TestDatabase Database => database ?? throw new InvalidOperationException("Not initialised.");

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(provider);
        // One after the other, as a deployment starts them: the first migrates and seeds, the second finds it done.
        A = new InstanceFactory(provider) { Shared = database, Settings = SharedSettings };
        await ((IAsyncLifetime)A).InitializeAsync();
        B = new InstanceFactory(provider) { Shared = database, Settings = SharedSettings };
        await ((IAsyncLifetime)B).InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)B).DisposeAsync();
        await ((IAsyncLifetime)A).DisposeAsync();
        await Database.DisposeAsync();
    }

    /// <summary>A browser whose requests go to A or B as the test chooses, with one cookie jar.</summary>
    public Browser NewBrowser() => new(this);

    public sealed class Browser
    {
        private readonly System.Net.CookieContainer cookies = new();

        internal Browser(TwoInstances instances)
        {
            OnA = instances.A.CreateDefaultClient(new CookieContainerHandler(cookies));
            OnB = instances.B.CreateDefaultClient(new CookieContainerHandler(cookies));
        }

        public HttpClient OnA { get; }
        public HttpClient OnB { get; }
    }
}

public sealed class SqliteTwoInstances() : TwoInstances(DatabaseProvider.Sqlite);

public sealed class PostgresTwoInstances() : TwoInstances(DatabaseProvider.PostgreSql);
