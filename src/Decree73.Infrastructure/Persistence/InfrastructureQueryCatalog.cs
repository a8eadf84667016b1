using Decree73.Application.Common;
using Decree73.Infrastructure.Identity;
using Decree73.Infrastructure.Notifications;

namespace Decree73.Infrastructure.Persistence;

/// <summary>
/// The queries of the infrastructure services (they read the Identity tables, which the application layer does not
/// see), built by the same methods those services call; the SQL Server test translates them with
/// <see cref="QueryCatalog.All"/>. A query builder added to an infrastructure service is added here.
/// </summary>
public static class InfrastructureQueryCatalog
{
    public static IReadOnlyList<CatalogQuery> All { get; } =
    [
        new("E-mail outbox: pending batch", db => EmailOutbox.Pending(App(db), 50)),
        new("E-mail outbox: proposal titles", db => EmailOutbox.Titles(App(db), [5, 6])),
        new("E-mail outbox: recipients' addresses", db => EmailOutbox.Addresses(App(db), [7, 8])),
        new("E-mail outbox: abandoned claims", db => EmailOutbox.Abandoned(App(db), new DateTime(2026, 6, 15, 3, 0, 0, DateTimeKind.Utc))),
        new("Accounts: administered accounts with officer and roles", db => IdentityAccountService.Administered(App(db), ["/1/"])),
        new("Audit trail: the tail of a proposal's chain", db => Interceptors.AuditTrailInterceptor.Tail(App(db), 5)),
        new("Accounts: recent privileged grants", db => IdentityAccountService.PrivilegedGrants(App(db), ["/1/"], 20)),
    ];

    private static AppDbContext App(Application.Abstractions.IAppDbContext db) => (AppDbContext)db;
}
