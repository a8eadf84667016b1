using Decree73.Application.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Decree73.Infrastructure.Persistence;

/// <summary>
/// Applies the provider's migrations; on SQLite also switches the file to WAL so readers do not block the writer; then
/// fills the stored facts older rows lack (<see cref="DecisionFactsBackfill"/>).
/// </summary>
public sealed class DatabaseMigrator(
    AppDbContext db, ILogger<DatabaseMigrator> logger, ILoggerFactory loggers, IOptions<ProposalOptions>? proposalOptions = null)
{
    /// <summary>
    /// The time one start-up statement may take. An upgrade rewrites every proposal of a province (a migration's UPDATE,
    /// the backfill's): at 100,000 proposals on a busy PostgreSQL server one such statement took more than the 30 s a
    /// request's query may, and the app refused to start. Start-up is not a request: nobody waits on a page for it.
    /// </summary>
    public static readonly TimeSpan StartupCommandTimeout = TimeSpan.FromMinutes(30);

    public async Task MigrateAsync(CancellationToken ct = default)
    {
        var requestTimeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(StartupCommandTimeout);
        try
        {
            await MigrateAndFillAsync(ct);
        }
        finally
        {
            db.Database.SetCommandTimeout(requestTimeout);
        }
    }

    private async Task MigrateAndFillAsync(CancellationToken ct)
    {
        if (db.Database.IsSqlite())
        {
            var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        // MigrateAsync creates the history table before reading it; asking for pending migrations first would make
        // PostgreSQL log a failed query on every fresh database.
        await db.Database.MigrateAsync(ct);
        logger.LogInformation("Database schema at migration {Migration}", db.Database.GetMigrations().LastOrDefault());

        if (db.Database.IsSqlite())
        {
            // journal_mode=WAL is persistent in the file; setting it again is a no-op.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);

            // Without statistics SQLite guesses that any equality matches ten rows and answers the folded-title search
            // through the visibility OR instead of the title index (docs/benchmarks.md). A sampled ANALYZE at each
            // start keeps the statistics roughly current at a bounded cost.
            await db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit=1000; ANALYZE;", ct);
        }

        // After the statistics: an index a migration just added has none, and SQLite would pick it over the right one
        // for the backfill's correlated subqueries (a range per row instead of a lookup by proposal).
        await new DecisionFactsBackfill(db, loggers.CreateLogger<DecisionFactsBackfill>(), proposalOptions?.Value.Deadlines).RunAsync(ct);
    }
}
