using System.Globalization;
using System.Text;
using System.Text.Json;
using Decree73.Application;
using Decree73.Application.Abstractions;
using Decree73.Application.Compliance;
using Decree73.Application.Proposals;
using Decree73.Application.Reports;
using Decree73.Domain.Proposals;
using Decree73.Domain.Reports;
using Decree73.Infrastructure;
using Decree73.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Decree73.Benchmarks;

/// <summary>
/// <c>--plans DIR --out FILE</c> (scripts/http-benchmark.sh, before the app starts): on the database seeded into DIR,
/// runs as the province's Interior officer every heavy read the measured pages make — the uncached compliance overview,
/// the scorecard, every flag page, the report's live figures, the filtered and searched lists — and explains each query
/// they send (<see cref="PlanAudit"/>). Writes every plan with its verdict to FILE; the exit code is 1 when a query reads
/// a large table whole or (PostgreSQL) the planner misjudges a large node, so a plan that regresses is seen at once.
/// </summary>
internal static class HeavyPlans
{
    public static async Task<int> RunAsync(string directory, string outFile)
    {
        using var seed = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(directory, "seed.json")));
        string Text(string name) => seed.RootElement.GetProperty(name).GetString() ?? "";
        int Number(string name) => seed.RootElement.GetProperty(name).GetInt32();
        var postgres = Text("provider") == "postgres";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = (postgres ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite).ToString(),
            ["Database:ConnectionString"] = postgres ? Text("connectionString") : ProviderSetup.SqliteConnectionString(directory),
            ["Database:DataDirectory"] = directory,
        }).Build();
        var currentUser = new BenchCurrentUser();
        var audit = new PlanAudit();
        var collection = new ServiceCollection();
        collection.AddLogging(b => b.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
        collection.AddSingleton<ICurrentUser>(currentUser);
        collection.AddInfrastructure(configuration, directory);
        collection.AddApplication();
        collection.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(audit));
        await using var services = collection.BuildServiceProvider();

        await using (var scope = services.CreateAsyncScope())
        {
            // What the app's start does first, so that a kept database of an older version is explained as it will run.
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var email = Text("interior");
            currentUser.UserId = await db.Users.AsNoTracking().Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        }

        var province = Number("provinceId");
        var commune = Number("headUnitId");
        var steps = new List<(string Name, Func<IServiceProvider, Task> Run)>
        {
            ("compliance overview (province, this year)", sp => sp.GetRequiredService<ComplianceService>().OverviewAsync(null, null, null)),
            ("compliance scorecard (province, this year)", sp => sp.GetRequiredService<ComplianceService>().ScorecardAsync(null, null, null)),
        };
        steps.AddRange(ComplianceFlags.All.Select(key =>
            ($"flag page {key} (province, this year)", (Func<IServiceProvider, Task>)(sp => sp.GetRequiredService<ComplianceService>().FlagAsync(key, null, null, null)))));
        steps.Add(("report figures (province, year 2026)", sp => sp.GetRequiredService<ReportFiguresBuilder>().LiveAsync(province, new ReportPeriod(ReportPeriodKind.Year, 2026, 1))));
        steps.Add(("list: search \"so hoa\"", sp => sp.GetRequiredService<ProposalService>().ListAsync(new ProposalFilter(Search: "so hoa"))));
        steps.Add(("list: state InProgress", sp => sp.GetRequiredService<ProposalService>().ListAsync(new ProposalFilter(State: ProposalState.InProgress))));
        steps.Add(("list: one commune", sp => sp.GetRequiredService<ProposalService>().ListAsync(new ProposalFilter(UnitId: commune))));

        foreach (var (name, run) in steps)
        {
            audit.Step = name;
            await using var scope = services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ComplianceService>().ClearCache();
            await run(scope.ServiceProvider);
            Console.WriteLine($"[plans] {name}: {audit.Queries.Count(q => q.Step == name)} queries explained");
        }

        var faulty = audit.Queries.Where(q => q.Faults.Count > 0).ToList();
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"# Plans of the heavy reads ({(postgres ? "PostgreSQL" : "SQLite")}, {Number("proposals"):N0} proposals), {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture,
            $"{audit.Queries.Count} queries explained in {steps.Count} steps; {faulty.Count} with a fault (a whole read of a large table, or an estimate off by more than {PlanAudit.MisestimateFactor}× on a node of {PlanAudit.ScanRows:N0}+ rows).");
        foreach (var step in audit.Queries.GroupBy(q => q.Step))
        {
            report.AppendLine();
            report.AppendLine(CultureInfo.InvariantCulture, $"## {step.Key}");
            var n = 0;
            foreach (var query in step)
            {
                n++;
                report.AppendLine();
                var time = query.Milliseconds is { } ms ? string.Create(CultureInfo.InvariantCulture, $", {ms:0.0} ms") : "";
                report.AppendLine(CultureInfo.InvariantCulture, $"### Query {n}{time}: {(query.Faults.Count == 0 ? "ok" : "FAULT — " + string.Join("; ", query.Faults))}");
                report.AppendLine();
                report.AppendLine("```");
                report.AppendLine(query.Sql);
                report.AppendLine("--");
                foreach (var line in query.Plan)
                {
                    report.AppendLine(line);
                }

                report.AppendLine("```");
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outFile))!);
        await File.WriteAllTextAsync(outFile, report.ToString());
        Console.WriteLine($"Plans: {audit.Queries.Count} queries explained, {faulty.Count} with a fault; written to {outFile}");
        foreach (var query in faulty)
        {
            Console.WriteLine($"  FAULT in {query.Step}: {string.Join("; ", query.Faults)}");
        }

        return faulty.Count == 0 ? 0 : 1;
    }
}
