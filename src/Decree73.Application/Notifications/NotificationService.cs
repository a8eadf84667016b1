using System.Globalization;
using Decree73.Application.Abstractions;
using Decree73.Application.Common;
using Decree73.Domain.Notifications;
using Decree73.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace Decree73.Application.Notifications;

/// <summary>One line of the signed-in officer's notification list.</summary>
/// <param name="Step">For an assignment, the step it gave (null on rows written before the step was kept).</param>
public sealed record NotificationItem(
    int Id, int ProposalId, string ProposalTitle, string? ReceiptNumber, NotificationKind Kind, DateOnly? DueOn, DateTime CreatedAtUtc, bool IsRead,
    ProposalState? Step);

/// <summary>
/// The signed-in officer's own notifications. Every query is filtered by the recipient, so somebody else's
/// notification is simply not found.
/// </summary>
public sealed class NotificationService(IAppDbContext db, ICurrentUser currentUser, TimeProvider time)
{
    public const int PageSize = 20;

    private int? officerId;
    private bool officerLoaded;

    /// <summary>For the navigation on every page: one indexed count on (recipient, read at).</summary>
    public async Task<int> UnreadCountAsync(CancellationToken ct = default) =>
        await MeAsync(ct) is { } me ? await Unread(db, me).CountAsync(ct) : 0;

    internal static IQueryable<Notification> Unread(IAppDbContext db, int me) =>
        db.Notifications.Where(n => n.RecipientOfficerId == me && n.ReadAtUtc == null);

    /// <summary>Newest first; <paramref name="after"/> is the cursor of the previous page.</summary>
    public async Task<KeysetPage<NotificationItem>> ListAsync(string? after = null, CancellationToken ct = default)
    {
        if (await MeAsync(ct) is not { } me)
        {
            return new KeysetPage<NotificationItem>([], null);
        }

        int? lastId = KeysetCursor.TryDecode(after, out _, out var last) ? last : null;
        var rows = await ListPage(db, me, lastId).ToListAsync(ct);
        var items = rows.Take(PageSize).ToList();
        var next = rows.Count > PageSize ? KeysetCursor.Encode(items[^1].Id.ToString(CultureInfo.InvariantCulture), items[^1].Id) : null;
        return new KeysetPage<NotificationItem>(items, next);
    }

    /// <summary>One page of an officer's notifications, newest first (one row more, to know whether another follows).</summary>
    internal static IQueryable<NotificationItem> ListPage(IAppDbContext db, int me, int? lastId)
    {
        var query = db.Notifications.AsNoTracking().Where(n => n.RecipientOfficerId == me);
        if (lastId is { } before)
        {
            query = query.Where(n => n.Id < before);
        }

        return query.OrderByDescending(n => n.Id).Take(PageSize + 1)
            .Join(db.Proposals, n => n.ProposalId, p => p.Id, (n, p) => new { n, p.Title, p.ReceiptNumber })
            .OrderByDescending(x => x.n.Id)
            .Select(x => new NotificationItem(
                x.n.Id, x.n.ProposalId, x.Title, x.ReceiptNumber, x.n.Kind, x.n.DueOn, x.n.CreatedAtUtc, x.n.ReadAtUtc != null, x.n.Step));
    }

    /// <summary>Marks one of the signed-in officer's notifications read; anyone else's is not found.</summary>
    public async Task<OperationResult> MarkReadAsync(int id, CancellationToken ct = default)
    {
        if (await MeAsync(ct) is not { } me || !await db.Notifications.AnyAsync(n => n.Id == id && n.RecipientOfficerId == me, ct))
        {
            return OperationResult.NotFound();
        }

        await MarkAsync(db.Notifications.Where(n => n.Id == id && n.RecipientOfficerId == me), ct);
        return OperationResult.Ok();
    }

    /// <summary>Marks all of the signed-in officer's notifications read; returns how many were unread.</summary>
    public async Task<int> MarkAllReadAsync(CancellationToken ct = default) =>
        await MeAsync(ct) is { } me ? await MarkAsync(db.Notifications.Where(n => n.RecipientOfficerId == me), ct) : 0;

    // A set-based update: reading races with the outbox, which saves the same rows by version; bumping the version
    // here makes the outbox reload rather than overwrite "read".
    private Task<int> MarkAsync(IQueryable<Notification> notifications, CancellationToken ct) =>
        MarkReadAsync(notifications, time.GetUtcNow().UtcDateTime, currentUser.UserId, ct);

    /// <summary>The set-based update itself (one UPDATE statement; see <see cref="QueryCatalog.Updates"/>).</summary>
    internal static Task<int> MarkReadAsync(IQueryable<Notification> notifications, DateTime now, string? userId, CancellationToken ct) =>
        notifications.Where(n => n.ReadAtUtc == null).ExecuteUpdateAsync(s => s
            .SetProperty(n => n.ReadAtUtc, now)
            .SetProperty(n => n.ModifiedAtUtc, now)
            .SetProperty(n => n.ModifiedBy, userId)
            .SetProperty(n => n.Version, n => n.Version + 1), ct);

    private async Task<int?> MeAsync(CancellationToken ct)
    {
        if (!officerLoaded && currentUser.UserId is { } userId)
        {
            officerId = await db.Officers.Where(o => o.UserId == userId).Select(o => (int?)o.Id).FirstOrDefaultAsync(ct);
        }

        officerLoaded = true;
        return officerId;
    }
}
