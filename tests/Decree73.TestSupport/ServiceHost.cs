using Decree73.Application;
using Decree73.Application.Abstractions;
using Decree73.Domain.Access;
using Decree73.Domain.Organisation;
using Decree73.Infrastructure;
using Decree73.Infrastructure.Identity;
using Decree73.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Decree73.TestSupport;

/// <summary>The test's actor; set <see cref="UserId"/> to act as someone.</summary>
public sealed class TestCurrentUser : ICurrentUser
{
    public string? UserId { get; set; }
    public string? ClientIp { get; set; }
}

/// <summary>
/// The application's real service registrations over a fresh real database with the real migrations applied.
/// One per test class (an xunit class fixture): derive for each provider.
/// </summary>
public abstract class ServiceHost(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase? database;
    private ServiceProvider? services;

    public TestCurrentUser CurrentUser { get; } = new();
    public MutableTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 20, 2, 0, 0, TimeSpan.Zero));
    public TestDatabase Database => database ?? throw new InvalidOperationException("Not initialised.");
    public IServiceProvider Services => services ?? throw new InvalidOperationException("Not initialised.");
    public DatabaseProvider Provider => provider;

    /// <summary>Further settings of a derived host (for example Files:Store=Database).</summary>
    public virtual IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>();

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(provider);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["Database:ConnectionString"] = database.ConnectionString,
            ["Database:DataDirectory"] = database.DataDirectory,
        }).AddInMemoryCollection(Settings).Build();

        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<TimeProvider>(Time);
        collection.AddSingleton(CurrentUser);
        collection.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<TestCurrentUser>());
        collection.AddInfrastructure(configuration, database.DataDirectory);
        collection.AddApplication();
        services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        if (services is not null)
        {
            await services.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }

    /// <summary>Runs <paramref name="action"/> in a new scope (a new DbContext), as a request would.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public Task InScopeAsync(Func<IServiceProvider, Task> action) =>
        InScopeAsync<bool>(async sp =>
        {
            await action(sp);
            return true;
        });

    /// <summary>Creates a root unit, returning it with its path set.</summary>
    public Task<OrganisationUnit> AddUnitAsync(string code, OrganisationUnit? parent = null, UnitKind kind = UnitKind.Commune) =>
        InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var unit = new OrganisationUnit(code, "Đơn vị " + code, kind);
            if (parent is not null)
            {
                db.Attach(parent);
            }

            unit.PlaceUnder(parent);
            db.Units.Add(unit);
            await db.SaveChangesAsync();
            unit.RefreshPath();
            await db.SaveChangesAsync();
            return unit;
        });

    /// <summary>Creates an account holding <paramref name="role"/> in <paramref name="unit"/>; returns its user id.</summary>
    public Task<string> AddAccountAsync(string email, AppRole role, OrganisationUnit unit) =>
        InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true };
            var result = await users.CreateAsync(user, "test password long enough");
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Code)));
            var db = sp.GetRequiredService<AppDbContext>();
            db.RoleGrants.Add(new RoleGrant(user.Id, role, unit.Id));
            await db.SaveChangesAsync();
            return user.Id;
        });
}

public static class ServiceHostPeople
{
    /// <summary>An officer with a login account and the given grants; returns (user id, officer id).</summary>
    public static Task<(string UserId, int OfficerId)> AddOfficerAsync(
        this ServiceHost host, string email, OrganisationUnit unit, Domain.People.PostKind post, params (AppRole Role, OrganisationUnit Unit)[] grants) =>
        host.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, "test password long enough")).Succeeded);
            var db = sp.GetRequiredService<AppDbContext>();
            var officer = new Domain.People.Officer
            {
                FullName = "Cán bộ " + email.Split('@')[0], UnitId = unit.Id, PostKind = post, PostTitle = post == Domain.People.PostKind.None ? null : "Chức vụ",
                DateOfBirth = new DateOnly(1985, 6, 1), UserId = user.Id,
            };
            db.Officers.Add(officer);
            foreach (var (role, grantUnit) in grants)
            {
                db.RoleGrants.Add(new RoleGrant(user.Id, role, grantUnit.Id));
            }

            await db.SaveChangesAsync();
            return (user.Id, officer.Id);
        });
}

public sealed class SqliteServiceHost() : ServiceHost(DatabaseProvider.Sqlite);

public sealed class PostgresServiceHost() : ServiceHost(DatabaseProvider.PostgreSql);

/// <summary>Attachments kept in the database instead of the data folder (Files:Store=Database, ADR 0012).</summary>
public sealed class SqliteDatabaseFilesServiceHost() : ServiceHost(DatabaseProvider.Sqlite)
{
    public override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["Files:Store"] = "Database" };
}

/// <summary>Attachments kept in the database instead of the data folder (Files:Store=Database, ADR 0012).</summary>
public sealed class PostgresDatabaseFilesServiceHost() : ServiceHost(DatabaseProvider.PostgreSql)
{
    public override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["Files:Store"] = "Database" };
}
