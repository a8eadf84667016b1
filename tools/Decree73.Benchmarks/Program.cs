using System.Diagnostics;
using System.Globalization;
using System.Text;
using Decree73.Application;
using Decree73.Application.Abstractions;
using Decree73.Application.Common;
using Decree73.Application.Proposals;
using Decree73.Application.Reports;
using Decree73.Benchmarks;
using Decree73.Domain.Common;
using Decree73.Domain.Reports;
using Decree73.Infrastructure;
using Decree73.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

// Seeds a fresh database per provider with a province of 100,000 proposals through the real migrations, then times
// the list, search and similar-proposal calls the pages make, and refuses a folded-title search plan that scans.
// Usage: Decree73.Benchmarks [--proposals N] [--runs N] [--postgres "connection string"] [--no-sqlite] [--out folder]
var options = BenchOptions.Parse(args);
if (Array.IndexOf(args, "--seed-only") is var seedOnly and >= 0 && seedOnly + 1 < args.Length)
{
    // scripts/http-benchmark.sh: seed a database for the app and stop (PostgreSQL only with an explicit --postgres).
    var postgresAdmin = Array.IndexOf(args, "--postgres") is var pg and >= 0 && pg + 1 < args.Length ? args[pg + 1] : null;
    return await HttpSeed.RunAsync(Path.GetFullPath(args[seedOnly + 1]), options.Proposals, postgresAdmin);
}

if (Array.IndexOf(args, "--plans") is var plans and >= 0 && plans + 1 < args.Length)
{
    // scripts/http-benchmark.sh: explain every query of the heavy pages on the seeded database, and stop.
    return await HeavyPlans.RunAsync(Path.GetFullPath(args[plans + 1]), Array.IndexOf(args, "--out") is var o and >= 0 && o + 1 < args.Length ? args[o + 1] : "plans.md");
}

var report = new StringBuilder();
report.AppendLine(CultureInfo.InvariantCulture, $"# Benchmark {DateTime.Now:yyyy-MM-dd HH:mm}");
report.AppendLine();
report.AppendLine(CultureInfo.InvariantCulture, $"{options.Proposals:N0} proposals, {Environment.ProcessorCount} cores, {options.Runs} timed runs after {BenchOptions.WarmUp} warm-up runs; times in ms.");
var failures = new List<string>();

if (options.Sqlite)
{
    var folder = Directory.CreateTempSubdirectory("decree73-bench-");
    try
    {
        var connection = $"Data Source={Path.Combine(folder.FullName, "bench.db")};Foreign Keys=True";
        await RunAsync(DatabaseProvider.Sqlite, connection, folder.FullName);
    }
    finally
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }
}

if (options.Postgres is { } admin)
{
    var name = "decree73_bench_" + Guid.NewGuid().ToString("N")[..8];
    await using (var connection = new NpgsqlConnection(admin))
    {
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await create.ExecuteNonQueryAsync();
    }

    try
    {
        var folder = Directory.CreateTempSubdirectory("decree73-bench-");
        await RunAsync(DatabaseProvider.PostgreSql, new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString, folder.FullName);
        folder.Delete(recursive: true);
    }
    finally
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}

report.AppendLine();
report.AppendLine(failures.Count == 0 ? "Result: every folded-title search plan uses an index." : "Result: FAILED\n\n" + string.Join("\n", failures.Select(f => "- " + f)));
var text = report.ToString();
Console.WriteLine();
Console.WriteLine(text);
Directory.CreateDirectory(options.Out);
var file = Path.Combine(options.Out, DateTime.Now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".md");
await File.WriteAllTextAsync(file, text);
Console.WriteLine("Written to " + file);
return failures.Count == 0 ? 0 : 1;

async Task RunAsync(DatabaseProvider provider, string connectionString, string dataDirectory)
{
    void Log(string message) => Console.WriteLine($"[{provider}] {message}");

    var currentUser = new BenchCurrentUser();
    var capture = new PlanAudit();
    var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Database:Provider"] = provider.ToString(),
        ["Database:ConnectionString"] = connectionString,
        ["Database:DataDirectory"] = dataDirectory,
    }).Build();
    var collection = new ServiceCollection();
    collection.AddLogging(b => b.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
    collection.AddSingleton<ICurrentUser>(currentUser);
    collection.AddInfrastructure(configuration, dataDirectory);
    collection.AddApplication();
    collection.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(capture));
    await using var services = collection.BuildServiceProvider();

    var clock = Stopwatch.StartNew();
    await using (var scope = services.CreateAsyncScope())
    {
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
    }

    Log($"migrated in {clock.Elapsed.TotalSeconds:0.0} s");
    clock.Restart();
    var seeded = await Seeder.SeedAsync(services, options.Proposals, Log);
    var seedSeconds = clock.Elapsed.TotalSeconds;
    await using (var scope = services.CreateAsyncScope())
    {
        // What the application's next start does: migrations are current, SQLite refreshes its statistics.
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
    }

    async Task<T> As<T>(string userId, Func<IServiceProvider, Task<T>> call)
    {
        currentUser.UserId = userId;
        await using var scope = services.CreateAsyncScope();
        return await call(scope.ServiceProvider);
    }

    Task<KeysetPage<ProposalListItem>> List(string userId, ProposalFilter filter) =>
        As(userId, sp => sp.GetRequiredService<ProposalService>().ListAsync(filter));

    var deepCursor = KeysetCursor.Encode("", seeded.MiddleProposalId);
    var similarTitle = "Số hóa tiếp nhận hồ sơ đất đai tại bộ phận một cửa";
    // A submitted province report for 2026, so that reading frozen figures can be timed beside computing live ones.
    var frozenReportId = await As(seeded.InteriorUserId, async sp =>
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var period = new ReportPeriod(ReportPeriodKind.Year, 2026, 1);
        var figures = await sp.GetRequiredService<ReportFiguresBuilder>().LiveAsync(seeded.ProvinceId, period);
        var report = new PeriodicReport(seeded.ProvinceId, period, consolidatesSubordinateReports: false);
        report.Submit(figures.ToJson(), await db.Officers.OrderBy(o => o.Id).Select(o => o.Id).FirstAsync(), DateTime.UtcNow);
        db.PeriodicReports.Add(report);
        await db.SaveChangesAsync();
        return report.Id;
    });

    var scenarios = new (string Name, Func<Task<int>> Call)[]
    {
        ("Interior officer (province): first page", async () => (await List(seeded.InteriorUserId, new ProposalFilter())).Items.Count),
        ("Interior officer: deep page by keyset cursor (middle of the table)", async () => (await List(seeded.InteriorUserId, new ProposalFilter(After: deepCursor))).Items.Count),
        ("Interior officer: search \"doi moi\"", async () => (await List(seeded.InteriorUserId, new ProposalFilter(Search: "doi moi"))).Items.Count),
        ("Interior officer: search \"so hoa\"", async () => (await List(seeded.InteriorUserId, new ProposalFilter(Search: "so hoa"))).Items.Count),
        ("Interior officer: search with no hits", async () => (await List(seeded.InteriorUserId, new ProposalFilter(Search: "khong co de xuat nao"))).Items.Count),
        ("Commune head: list of their agency", async () => (await List(seeded.HeadUserId, new ProposalFilter())).Items.Count),
        ("Proposer: similar proposals of the province", async () =>
            (await As(seeded.ProposerUserId, sp => sp.GetRequiredService<SimilarProposals>().FindAsync(null, similarTitle))).Count),
        // Issue 5: the compliance review of the whole province for the current year, without and with the short cache.
        ("Compliance overview (province, this year), uncached", () => Review(seeded.InteriorUserId, null, cached: false, overview: true)),
        ("Compliance overview (province, this year), cached", () => Review(seeded.InteriorUserId, null, cached: true, overview: true)),
        ("Compliance scorecard (province, this year), uncached", () => Review(seeded.InteriorUserId, null, cached: false, overview: false)),
        ("Compliance scorecard (province, this year), cached", () => Review(seeded.InteriorUserId, null, cached: true, overview: false)),
        ("Compliance overview (one commune, this year), uncached", () => Review(seeded.InteriorUserId, seeded.HeadUnitId, cached: false, overview: true)),
        // Issue 5: the periodic report's figures. A draft computes them live ("uncached"); a submitted report reads
        // the figures frozen at submission ("cached": that is the only copy a report keeps).
        ("Report figures (province, year 2026), live", () => Figures(seeded.InteriorUserId, seeded.ProvinceId, new ReportPeriod(ReportPeriodKind.Year, 2026, 1))),
        ("Report figures (province, Q4 2026), live", () => Figures(seeded.InteriorUserId, seeded.ProvinceId, new ReportPeriod(ReportPeriodKind.Quarter, 2026, 4))),
        ("Report figures (one commune, year 2026), live", () => Figures(seeded.InteriorUserId, seeded.HeadUnitId, new ReportPeriod(ReportPeriodKind.Year, 2026, 1))),
        ("Report figures (province, year 2026), frozen in a submitted report", () => Frozen(frozenReportId)),
    };

    // Rows: proposals received in the period, so a run that counts nothing shows it.
    async Task<int> Figures(string userId, int unitId, ReportPeriod period) =>
        await As(userId, async sp => (await sp.GetRequiredService<ReportFiguresBuilder>().LiveAsync(unitId, period)).Received);

    async Task<int> Frozen(int reportId) =>
        await As(seeded.InteriorUserId, async sp =>
        {
            var json = await sp.GetRequiredService<AppDbContext>().PeriodicReports.AsNoTracking()
                .Where(r => r.Id == reportId).Select(r => r.FrozenFiguresJson).SingleAsync();
            return ReportFigures.FromJson(json!).Received;
        });

    // Rows: the flags raised (overview) or the units listed (scorecard), so a run that finds nothing shows it.
    async Task<int> Review(string userId, int? unitId, bool cached, bool overview) =>
        await As(userId, async sp =>
        {
            var compliance = sp.GetRequiredService<Decree73.Application.Compliance.ComplianceService>();
            if (!cached)
            {
                compliance.ClearCache();
            }

            return overview
                ? (await compliance.OverviewAsync(unitId, null, null)).Value!.Flags.Sum(f => f.Count)
                : (await compliance.ScorecardAsync(unitId, null, null)).Value!.Rows.Count;
        });

    report.AppendLine();
    report.AppendLine(CultureInfo.InvariantCulture, $"## {provider}");
    report.AppendLine();
    report.AppendLine(CultureInfo.InvariantCulture, $"Migrations and seeding: {seedSeconds:0} s (seeding), title words: {await CountWordsAsync(services):N0} rows.");
    report.AppendLine();
    report.AppendLine("| Call | Rows | Median | p95 |");
    report.AppendLine("|---|---:|---:|---:|");
    foreach (var (name, call) in scenarios)
    {
        var rows = 0;
        for (var i = 0; i < BenchOptions.WarmUp; i++)
        {
            rows = await call();
        }

        var times = new List<double>();
        for (var i = 0; i < options.Runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await call();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        var median = times[times.Count / 2];
        var p95 = times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * 0.95) - 1)];
        Log($"{name}: {rows} rows, median {median:0.0} ms, p95 {p95:0.0} ms");
        report.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {rows} | {median:0.0} | {p95:0.0} |");
    }

    foreach (var (search, requireTitleIndex) in new[] { ("doi moi", false), ("khong co de xuat nao", true) })
    {
        capture.Step = "search " + search;
        await List(seeded.InteriorUserId, new ProposalFilter(Search: search));
        capture.Step = "";
        var explained = capture.Queries.LastOrDefault(q => q.Step == "search " + search && q.Sql.Contains(" LIKE ", StringComparison.Ordinal));
        var (sql, plan) = (explained?.Sql, explained?.Plan ?? []);
        var verdict = SearchPlanVerdict.ScanVerdict(sql ?? "", plan, requireTitleIndex);
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"Plan of the folded-title search \"{search}\" (Interior officer): {(verdict is null ? "index, no scan of Proposals" : "FULL SCAN: " + verdict)}");
        report.AppendLine();
        report.AppendLine("```");
        foreach (var line in plan)
        {
            report.AppendLine(line);
        }

        report.AppendLine("```");
        report.AppendLine();
        report.AppendLine("<details><summary>SQL</summary>");
        report.AppendLine();
        report.AppendLine("```sql");
        report.AppendLine(sql);
        report.AppendLine("```");
        report.AppendLine();
        report.AppendLine("</details>");
        if (sql is null)
        {
            failures.Add($"{provider}: the search \"{search}\" sent no LIKE query to explain");
        }
        else if (verdict is not null)
        {
            failures.Add($"{provider}: search \"{search}\": {verdict}");
        }
    }
}

static async Task<int> CountWordsAsync(IServiceProvider services)
{
    await using var scope = services.CreateAsyncScope();
    return await scope.ServiceProvider.GetRequiredService<AppDbContext>().ProposalTitleWords.CountAsync();
}

internal sealed record BenchOptions(int Proposals, int Runs, string? Postgres, bool Sqlite, string Out)
{
    public const int WarmUp = 3;

    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        return new BenchOptions(
            int.Parse(Value("--proposals") ?? "100000", CultureInfo.InvariantCulture),
            int.Parse(Value("--runs") ?? "20", CultureInfo.InvariantCulture),
            Value("--postgres") ?? NullIfEmpty(Environment.GetEnvironmentVariable("DECREE73_TEST_POSTGRES")),
            !args.Contains("--no-sqlite"),
            Value("--out") ?? Path.Combine("artifacts", "benchmarks"));
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
