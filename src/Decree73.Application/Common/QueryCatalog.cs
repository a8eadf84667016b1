using Decree73.Application.Abstractions;
using Decree73.Application.Access;
using Decree73.Application.Compliance;
using Decree73.Domain.Calendar;
using Microsoft.Extensions.Options;

namespace Decree73.Application.Common;

/// <summary>One query a service runs, built by the service's own code, for a test to translate.</summary>
public sealed record CatalogQuery(string Name, Func<IAppDbContext, IQueryable> Build);

/// <summary>
/// The queries the services run, built by the same methods the services call, so that a test can ask each provider
/// for their SQL (ToQueryString) without a database: the SQL Server test translates and parses every entry. A query
/// builder added to a service is added here, beside it. See docs/database.md ("What was proven for SQL Server").
/// </summary>
public static class QueryCatalog
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    public static IReadOnlyList<CatalogQuery> All { get; } =
    [
        new("Access: units within the granted subtrees", db => db.Units.WithinSubtrees(["/1/", "/1/2/"]).Select(u => u.Id)),
        new("Compliance: proposals under review in a scope", db => Compliance(db).Proposals),
        new("Compliance: open steps", db => Held(db).Open(Compliance(db))),
        new("Compliance: overdue steps", db => Held(db).Overdue(Compliance(db))),
        new("Compliance: steps at risk", db => Held(db).AtRisk(Compliance(db))),
        new("Compliance: stalled proposals", db => Held(db).Stalled(Compliance(db))),
        new("Compliance: held steps, first page", db => Held(db).StepsQuery(Held(db).Overdue(Compliance(db)), 20)),
        new("Scorecard: proposals received in the period", db => Scorecard(db).Received(Compliance(db))),
        new("Scorecard: decision time rows", db => new DecisionTimes(db).Rows(Scorecard(db).Received(Compliance(db)))),
        new("Showcase: published items", db => Showcase(db).Project(db.ShowcaseEntries)),
    ];

    private static ComplianceContext Compliance(IAppDbContext db) =>
        new ComplianceScopes(db, new UserAccess(db, Nobody.Instance))
            .Context(new ComplianceScope(1, "", "/1/", []), new CompliancePeriod(2026, 2), Today, new WorkingCalendar([]));

    private static HeldStepQueries Held(IAppDbContext db) => new(db, Options.Create(new ComplianceOptions()));

    private static ScorecardQueries Scorecard(IAppDbContext db) => new(db, new DecisionTimes(db));

    // Project reads only the context.
    private static Showcase.ShowcaseService Showcase(IAppDbContext db) =>
        new(db, Nobody.Instance, null!, null!, null!, TimeProvider.System, null!);

    private sealed class Nobody : ICurrentUser
    {
        public static readonly Nobody Instance = new();
        public string? UserId => null;
        public string? ClientIp => null;
    }
}
