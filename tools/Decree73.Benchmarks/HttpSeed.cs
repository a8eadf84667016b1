using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Decree73.Application;
using Decree73.Application.Abstractions;
using Decree73.Domain.Reports;
using Decree73.Infrastructure;
using Decree73.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Decree73.Benchmarks;

/// <summary>
/// <c>--seed-only DIR</c>: seeds a province into a database the app can then be started on (scripts/http-benchmark.sh),
/// and writes <c>DIR/seed.json</c> with the three accounts (one generated password), the ids the pages need and, for
/// PostgreSQL, the connection string. SQLite: <c>DIR/decree73.db</c>, the file the app uses with DataDirectory=DIR.
/// </summary>
internal static class HttpSeed
{
    public static async Task<int> RunAsync(string directory, int proposals, string? postgresAdmin)
    {
        Directory.CreateDirectory(directory);
        var provider = postgresAdmin is null ? DatabaseProvider.Sqlite : DatabaseProvider.PostgreSql;
        string connectionString;
        if (postgresAdmin is null)
        {
            connectionString = ProviderSetup.SqliteConnectionString(directory);
        }
        else
        {
            var name = "decree73_http_" + Guid.NewGuid().ToString("N")[..8];
            await using (var admin = new NpgsqlConnection(postgresAdmin))
            {
                await admin.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
                await create.ExecuteNonQueryAsync();
            }

            connectionString = new NpgsqlConnectionStringBuilder(postgresAdmin) { Database = name }.ConnectionString;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["Database:ConnectionString"] = connectionString,
            ["Database:DataDirectory"] = directory,
        }).Build();
        var collection = new ServiceCollection();
        collection.AddLogging(b => b.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
        collection.AddSingleton<ICurrentUser>(new BenchCurrentUser());
        collection.AddInfrastructure(configuration, directory);
        collection.AddApplication();
        await using var services = collection.BuildServiceProvider();
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        }

        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant();
        var seeded = await Seeder.SeedAsync(services, proposals, m => Console.WriteLine($"[{provider}] {m}"), password);

        // A draft province report for 2026: its page and downloads compute live figures.
        int reportId;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var report = new PeriodicReport(seeded.ProvinceId, new ReportPeriod(ReportPeriodKind.Year, 2026, 1), consolidatesSubordinateReports: false);
            db.PeriodicReports.Add(report);
            await db.SaveChangesAsync();
            reportId = report.Id;
        }

        await using (var scope = services.CreateAsyncScope())
        {
            // What the application's next start does: SQLite refreshes its statistics.
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        }

        var seed = new Dictionary<string, object?>
        {
            ["provider"] = provider == DatabaseProvider.Sqlite ? "sqlite" : "postgres",
            ["connectionString"] = provider == DatabaseProvider.Sqlite ? null : connectionString,
            ["proposals"] = proposals,
            ["password"] = password,
            ["interior"] = "noivu@bench.decree73.vn",
            ["head"] = "chutich.x01@bench.decree73.vn",
            ["proposer"] = "truongphong.x01@bench.decree73.vn",
            ["provinceId"] = seeded.ProvinceId,
            ["headUnitId"] = seeded.HeadUnitId,
            ["middleProposalId"] = seeded.MiddleProposalId,
            ["deepCursor"] = Decree73.Application.Common.KeysetCursor.Encode("", seeded.MiddleProposalId),
            ["reportId"] = reportId,
            ["seededAt"] = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture),
        };
        await File.WriteAllTextAsync(Path.Combine(directory, "seed.json"), JsonSerializer.Serialize(seed, new JsonSerializerOptions { WriteIndented = true }));
        Console.WriteLine($"Seeded {proposals:N0} proposals ({provider}) into {directory}");
        return 0;
    }
}
