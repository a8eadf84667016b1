using Decree73.Infrastructure.Persistence;
using Decree73.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit;

namespace Decree73.IntegrationTests;

/// <summary>Session settings the app gives its own PostgreSQL connections.</summary>
[RequiresPostgres]
public sealed class PostgreSqlSessionTests(PostgresServiceHost host) : IClassFixture<PostgresServiceHost>
{
    [ServiceFact]
    public async Task The_apps_connections_run_without_jit_and_without_parallel_workers()
    {
        var (jit, workers) = await host.InScopeAsync(async sp =>
        {
            var database = sp.GetRequiredService<AppDbContext>().Database;
            return (await database.SqlQueryRaw<string>("SELECT current_setting('jit') AS \"Value\"").SingleAsync(),
                await database.SqlQueryRaw<string>("SELECT current_setting('max_parallel_workers_per_gather') AS \"Value\"").SingleAsync());
        });
        Assert.Equal(("off", "0"), (jit, workers));
    }

    [ServiceFact]
    public void Options_already_in_the_connection_string_are_kept_and_an_explicit_setting_wins()
    {
        var kept = new NpgsqlConnectionStringBuilder(
            ProviderSetup.PostgreSqlConnectionString("Host=127.0.0.1;Database=d;Options=-c statement_timeout=5000"));
        Assert.Equal("-c statement_timeout=5000 -c jit=off -c max_parallel_workers_per_gather=0", kept.Options);

        var chosen = new NpgsqlConnectionStringBuilder(ProviderSetup.PostgreSqlConnectionString(
            "Host=127.0.0.1;Database=d;Options=-c jit=on -c max_parallel_workers_per_gather=2"));
        Assert.Equal("-c jit=on -c max_parallel_workers_per_gather=2", chosen.Options);
    }
}
