using System.Data.Common;
using Decree73.Application;
using Decree73.Application.Abstractions;
using Decree73.Infrastructure;
using Decree73.Infrastructure.Persistence;
using Decree73.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Decree73.IntegrationTests;

/// <summary>
/// An upgrade of a province's database (a migration's UPDATE of every proposal, the stored facts' backfill) took more
/// than the 30 s a request's query may at 100,000 proposals on a busy PostgreSQL server, and the app refused to start.
/// Every statement of the start-up work now runs with <see cref="DatabaseMigrator.StartupCommandTimeout"/>, and the
/// context is handed back with the request timeout.
/// </summary>
public abstract class StartupTimeoutTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase? database;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync(provider);

    public async Task DisposeAsync()
    {
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }

    [ServiceFact]
    public async Task Every_start_up_statement_may_run_for_the_start_up_timeout_and_requests_keep_theirs()
    {
        var recorder = new TimeoutRecorder();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["Database:ConnectionString"] = database!.ConnectionString,
            ["Database:DataDirectory"] = database.DataDirectory,
        }).Build();
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<ICurrentUser>(new TestCurrentUser());
        collection.AddInfrastructure(configuration, database.DataDirectory);
        collection.AddApplication();
        collection.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(recorder));
        await using var services = collection.BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var requestTimeout = db.Database.GetCommandTimeout();

        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();

        Assert.True(recorder.Timeouts.Count > 50, $"only {recorder.Timeouts.Count} start-up statements were seen");
        Assert.All(recorder.Timeouts, t => Assert.Equal((int)DatabaseMigrator.StartupCommandTimeout.TotalSeconds, t));
        Assert.Equal(requestTimeout, db.Database.GetCommandTimeout());
        recorder.Timeouts.Clear();
        await db.Proposals.CountAsync();
        Assert.NotEqual((int)DatabaseMigrator.StartupCommandTimeout.TotalSeconds, Assert.Single(recorder.Timeouts));
    }

    private sealed class TimeoutRecorder : DbCommandInterceptor
    {
        public List<int> Timeouts { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Timeouts.Add(command.CommandTimeout);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Timeouts.Add(command.CommandTimeout);
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Timeouts.Add(command.CommandTimeout);
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}

public sealed class StartupTimeoutTests_Sqlite() : StartupTimeoutTests(DatabaseProvider.Sqlite);

[RequiresPostgres]
public sealed class StartupTimeoutTests_PostgreSql() : StartupTimeoutTests(DatabaseProvider.PostgreSql);
