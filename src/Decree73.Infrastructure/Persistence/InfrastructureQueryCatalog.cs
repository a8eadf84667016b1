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
        new("Audit trail: the proposals a save touched", db => Interceptors.AuditTrailInterceptor.Touched(App(db), [5, 6])),
        new("Accounts: recent privileged grants", db => IdentityAccountService.PrivilegedGrants(App(db), ["/1/"], 20)),
        new("Scale-out: lease holder", db => ScaleOut.DatabaseLeases.Holder(App(db), "notifications", Now)),
        new("Scale-out: write marks, global and the user's", db => ScaleOut.DatabaseWriteClock.Marks(App(db), "user-1")),
        new("Scale-out: global write generation", db => ScaleOut.DatabaseWriteClock.Generation(App(db))),
        new("Scale-out: sign-in counter", db => ScaleOut.DatabaseSignInCounters.Count(App(db), "address", "127.0.0.1", Now)),
        new("Scale-out: live sign-in failures", db => ScaleOut.DatabaseSignInCounters.LiveCount(App(db), "failures", "A@B.VN", DateTime.UnixEpoch, Now)),
        new("Files in the database: one chunk", db => Storage.DatabaseFileStore.Chunk(App(db), "ab/cdef.bin", 3)),
        new("Decision facts backfill: decided without the stored moment", db => DecisionFactsBackfill.Missing(App(db))),
        new("Decision facts backfill: moments without their date", db => DecisionFactsBackfill.Undated(App(db))),
        new("Decision facts backfill: evaluated without the stored moment", db => DecisionFactsBackfill.Unevaluated(App(db))),
        new("Decision facts backfill: voted without the stored moment", db => DecisionFactsBackfill.Unvoted(App(db))),
        new("Decision facts backfill: decided without the stored working days", db => DecisionFactsBackfill.Unmeasured(App(db))),
        new("Decision facts backfill: evaluated without the deadline, with its start", db => DecisionFactsBackfill.EvaluatedWithoutDue(App(db))),
        new("Decision facts backfill: evaluation moments without their date", db => DecisionFactsBackfill.EvaluatedUndated(App(db))),
        new("Decision facts backfill: pairs of dates without their working days", db => DecisionFactsBackfill.UnmeasuredPairs(App(db))),
    ];

    /// <summary>The infrastructure's set-based writes (ExecuteUpdate/ExecuteDelete), run by the services' own methods.</summary>
    public static IReadOnlyList<CatalogWrite> Writes { get; } =
    [
        new("Scale-out: take a lease", (db, ct) => ScaleOut.DatabaseLeases.TakeAsync(App(db), "notifications", "app-1", Now, Now.AddMinutes(30), ct)),
        new("Scale-out: release a lease", (db, ct) => ScaleOut.DatabaseLeases.FreeAsync(App(db), "notifications", "app-1", ct)),
        new("Scale-out: bump the write clock", (db, ct) => ScaleOut.DatabaseWriteClock.BumpAsync(App(db), ct)),
        new("Scale-out: raise a user's write mark", (db, ct) => ScaleOut.DatabaseWriteClock.RaiseAsync(App(db), "user-1", 42, ct)),
        new("Scale-out: count a sign-in attempt", (db, ct) => ScaleOut.DatabaseSignInCounters.CountOneAsync(App(db), "address", "127.0.0.1", Now, Now, Now.AddMinutes(1), ct)),
        new("Scale-out: clear sign-in failures", (db, ct) => ScaleOut.DatabaseSignInCounters.ClearAsync(App(db), "failures", "A@B.VN", DateTime.UnixEpoch, ct)),
        new("Decision facts backfill: the moments", (db, ct) => DecisionFactsBackfill.FillMomentsAsync(App(db), ct)),
        new("Decision facts backfill: one day's dates", (db, ct) => DecisionFactsBackfill.FillDateAsync(App(db), new DateOnly(2026, 6, 15), ct)),
        new("Decision facts backfill: the evaluation moments", (db, ct) => DecisionFactsBackfill.FillEvaluationMomentsAsync(App(db), ct)),
        new("Decision facts backfill: voted without the Party opinion", (db, ct) => DecisionFactsBackfill.FillVotedWithoutPartyOpinionAsync(App(db), ct)),
        new("Decision facts backfill: the vote moments", (db, ct) => DecisionFactsBackfill.FillVoteMomentsAsync(App(db), ct)),
        new("Decision facts backfill: approved by another agency", (db, ct) => DecisionFactsBackfill.FillApprovedByOtherAgencyAsync(App(db), ct)),
        new("Decision facts backfill: awaiting evaluation's deadline", (db, ct) => DecisionFactsBackfill.FillAwaitingEvaluationDueAsync(App(db), ct)),
        new("Decision facts backfill: evaluation deadline of some proposals", (db, ct) =>
            DecisionFactsBackfill.FillEvaluationDueAsync(App(db), [5, 6], new DateOnly(2026, 6, 15), ct)),
        new("Decision facts backfill: one day's evaluation dates", (db, ct) => DecisionFactsBackfill.FillEvaluatedOnAsync(App(db), new DateOnly(2026, 6, 15), ct)),
        new("Decision facts backfill: one pair's working days", (db, ct) =>
            DecisionFactsBackfill.FillWorkingDaysAsync(App(db), new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 9), 6, ct)),
        new("Scale-out: prune expired sign-in counters", (db, ct) => ScaleOut.DatabaseSignInCounters.PruneExpiredAsync(App(db), Now, ct)),
        new("Audit trail: stamp the proposals' latest action", (db, ct) =>
            Interceptors.AuditTrailInterceptor.StampLastActionAsync(Interceptors.AuditTrailInterceptor.Touched(App(db), [5, 6]), Now, ct)),
        new("Files in the database: delete a file's chunks", (db, ct) => Storage.DatabaseFileStore.DeleteChunksAsync(App(db), "ab/cdef.bin", ct)),
    ];

    private static readonly DateTime Now = new(2026, 6, 15, 3, 0, 0, DateTimeKind.Utc);

    private static AppDbContext App(Application.Abstractions.IAppDbContext db) => (AppDbContext)db;
}
