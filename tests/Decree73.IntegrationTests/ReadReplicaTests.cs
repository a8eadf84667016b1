using Decree73.Application;
using Decree73.Application.Abstractions;
using Decree73.Application.Compliance;
using Decree73.Domain.Organisation;
using Decree73.Infrastructure;
using Decree73.Infrastructure.Persistence;
using Decree73.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static Decree73.IntegrationTests.ComplianceScenario;

namespace Decree73.IntegrationTests;

/// <summary>
/// Issue 15: with Database:ReadOnlyConnectionString, the compliance review's computations read the replica and
/// everything else the primary. The "replica" here is a second, freshly migrated database that never receives the
/// primary's rows, so what the review shows tells which one it read.
/// </summary>
public abstract class ReadReplicaTests(ServiceHost host)
{
    private readonly ComplianceScenario s = new(host);

    private ServiceProvider Instance(string? readOnly)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = host.Provider.ToString(),
            ["Database:ConnectionString"] = host.Database.ConnectionString,
            ["Database:ReadOnlyConnectionString"] = readOnly,
            ["Database:DataDirectory"] = host.Database.DataDirectory,
            ["Compliance:CacheSeconds"] = "0",
        }).Build();
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<TimeProvider>(host.Time);
        collection.AddSingleton(host.CurrentUser);
        collection.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<TestCurrentUser>());
        collection.AddInfrastructure(configuration, host.Database.DataDirectory);
        collection.AddApplication();
        return collection.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    private async Task<int> OverdueAsync(IServiceProvider instance, string userId, int unitId)
    {
        await using var scope = instance.CreateAsyncScope();
        host.CurrentUser.UserId = userId;
        var result = await scope.ServiceProvider.GetRequiredService<ComplianceService>().OverviewAsync(unitId, 2026, null);
        Assert.True(result.Succeeded);
        return result.Value!.OverdueCount;
    }

    [ServiceFact]
    public async Task The_compliance_review_reads_the_replica_and_the_scope_check_the_primary()
    {
        var province = await host.AddUnitAsync("RR1", kind: UnitKind.Province);
        var officer = await s.InteriorOfficerAsync("RR1-SNV", province, province, UnitKind.ProvincialDepartment);
        var a = await s.AgencyAsync("RR1-A", province);
        await s.SubmitAsync(a, "Đề xuất một", At(3, 2));
        host.Time.Now = At(3, 20);

        await using var replica = await TestDatabase.CreateAsync(host.Provider);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = host.Provider.ToString(),
            ["Database:ConnectionString"] = replica.ConnectionString,
            ["Database:DataDirectory"] = replica.DataDirectory,
        }).Build();
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddInfrastructure(configuration, replica.DataDirectory);
        collection.AddApplication();
        await using (var services = collection.BuildServiceProvider())
        await using (var scope = services.CreateAsyncScope())
        {
            // The stand-in replica gets the schema, by the app's own migrator, and none of the primary's rows.
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        }

        await using var primaryOnly = Instance(null);
        await using var withReplica = Instance(replica.ConnectionString);

        Assert.Equal(1, await OverdueAsync(primaryOnly, officer, province.Id));
        // The officer and the unit are found on the primary (the scope is allowed), the figures come from the replica.
        Assert.Equal(0, await OverdueAsync(withReplica, officer, province.Id));
    }
}

public sealed class ReadReplicaTests_Sqlite(SqliteServiceHost host) : ReadReplicaTests(host), IClassFixture<SqliteServiceHost>;

[RequiresPostgres]
public sealed class ReadReplicaTests_PostgreSql(PostgresServiceHost host) : ReadReplicaTests(host), IClassFixture<PostgresServiceHost>;
