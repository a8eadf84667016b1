using Decree73.Application.Notifications;
using Decree73.Domain.Notifications;
using Decree73.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Decree73.Infrastructure.Notifications;

/// <summary>
/// Sends the e-mail copies of notifications, at most once each: a notification is claimed (and the claim saved)
/// before the SMTP conversation, and marked sent after it. A claim that outlived <see cref="NotificationOptions.ClaimTimeout"/>
/// means a pass died mid-send; whether the server got the message is unknown, so it is marked failed for a person to
/// see, never sent again blindly. Only a failure to reach the server (nothing handed over) is retried.
/// Logs name notification ids only: no addresses, no bodies.
/// </summary>
public sealed class EmailOutbox(
    AppDbContext db,
    SmtpMailer mailer,
    IOptions<SmtpOptions> smtp,
    IOptions<AppUrlOptions> app,
    IOptions<NotificationOptions> options,
    TimeProvider time,
    ILogger<EmailOutbox> logger)
{
    /// <summary>Returns how many e-mails were sent.</summary>
    public async Task<int> SendPendingAsync(CancellationToken ct = default)
    {
        await FailAbandonedClaimsAsync(ct);
        if (!smtp.Value.Enabled)
        {
            return 0;
        }

        var pending = await Pending(db, options.Value.EmailBatchSize).ToListAsync(ct);
        var proposalIds = pending.Select(n => n.ProposalId).Distinct().ToList();
        var officerIds = pending.Select(n => n.RecipientOfficerId).Distinct().ToList();
        var proposals = await Titles(db, proposalIds).ToDictionaryAsync(p => p.Id, ct);
        var addresses = await Addresses(db, officerIds).ToDictionaryAsync(x => x.Id, x => x.Email, ct);

        var sent = 0;
        foreach (var notification in pending)
        {
            if (addresses.GetValueOrDefault(notification.RecipientOfficerId) is not { Length: > 0 } address)
            {
                notification.EmailHasNoAddress();
                await SaveAsync(notification, ct);
                continue;
            }

            if (!notification.ClaimEmail(Now()) || !await TrySaveClaimAsync(notification, ct))
            {
                continue;
            }

            var proposal = proposals[notification.ProposalId];
            var email = NotificationEmail.Compose(notification.Kind, proposal.Title, proposal.ReceiptNumber, notification.DueOn, LinkTo(notification.ProposalId), notification.Step);
            try
            {
                await mailer.SendAsync(address, email.Subject, email.Body, ct);
            }
            catch (MailServerUnavailableException ex)
            {
                notification.EmailNotDelivered(ex.Message, options.Value.MaxEmailAttempts);
                await SaveAsync(notification, ct);
                logger.LogWarning("Mail server unavailable ({Reason}); e-mail of notification {NotificationId} is {EmailState} after {Attempts} attempt(s)",
                    ex.Message, notification.Id, notification.EmailState, notification.EmailAttempts);
                break; // The server is down: the rest wait for the next pass, their attempts untouched.
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                notification.EmailFailed(ex.GetType().Name);
                await SaveAsync(notification, ct);
                logger.LogWarning("E-mail of notification {NotificationId} failed during sending ({Reason}); marked failed, not retried", notification.Id, ex.GetType().Name);
                continue;
            }

            notification.EmailSent(Now());
            await SaveAsync(notification, ct);
            sent++;
            logger.LogInformation("E-mail of notification {NotificationId} sent", notification.Id);
        }

        return sent;
    }

    /// <summary>The oldest notifications whose e-mail is still to send (tracked: each is claimed before sending).</summary>
    internal static IQueryable<Notification> Pending(AppDbContext db, int batchSize) =>
        db.Notifications.Where(n => n.EmailState == EmailState.Pending).OrderBy(n => n.Id).Take(batchSize);

    internal sealed record ProposalTitle(int Id, string Title, string? ReceiptNumber);

    internal static IQueryable<ProposalTitle> Titles(AppDbContext db, IReadOnlyList<int> ids) =>
        db.Proposals.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new ProposalTitle(p.Id, p.Title, p.ReceiptNumber));

    internal sealed record Address(int Id, string? Email);

    /// <summary>The e-mail addresses of the officers' accounts.</summary>
    internal static IQueryable<Address> Addresses(AppDbContext db, IReadOnlyList<int> officerIds) =>
        db.Officers.AsNoTracking().Where(o => officerIds.Contains(o.Id))
            .Join(db.Users, o => o.UserId, u => u.Id, (o, u) => new Address(o.Id, u.Email));

    /// <summary>Claims older than <paramref name="before"/> never confirmed sent.</summary>
    internal static IQueryable<Notification> Abandoned(AppDbContext db, DateTime before) =>
        db.Notifications.Where(n => n.EmailState == EmailState.Claimed && n.EmailClaimedAtUtc < before);

    private async Task FailAbandonedClaimsAsync(CancellationToken ct)
    {
        var before = Now() - options.Value.ClaimTimeout;
        var abandoned = await Abandoned(db, before).ToListAsync(ct);
        foreach (var notification in abandoned)
        {
            logger.LogWarning("E-mail of notification {NotificationId} was claimed at {ClaimedAtUtc} and never confirmed sent; marked failed, not re-sent",
                notification.Id, notification.EmailClaimedAtUtc);
            notification.EmailFailed("ClaimAbandoned");
            await SaveAsync(notification, ct);
        }
    }

    /// <summary>The claim is saved with the version it was read at: if another instance claimed it first, this one backs off.</summary>
    private async Task<bool> TrySaveClaimAsync(Notification notification, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.Entry(notification).State = EntityState.Detached;
            logger.LogInformation("E-mail of notification {NotificationId} was claimed elsewhere", notification.Id);
            return false;
        }
    }

    /// <summary>
    /// Saves an e-mail outcome. The recipient may have marked the notification read meanwhile (which bumps the version);
    /// the outcome is then written onto the fresh row rather than lost.
    /// </summary>
    private async Task SaveAsync(Notification notification, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            var entry = db.Entry(notification);
            var values = await entry.GetDatabaseValuesAsync(ct);
            if (values is null)
            {
                entry.State = EntityState.Detached;
                return;
            }

            entry.Property(n => n.Version).OriginalValue = values.GetValue<int>(nameof(Notification.Version));
            entry.Property(n => n.ReadAtUtc).CurrentValue = values.GetValue<DateTime?>(nameof(Notification.ReadAtUtc));
            await db.SaveChangesAsync(ct);
        }
    }

    private Uri LinkTo(int proposalId) =>
        new(new Uri(app.Value.PublicBaseUrl!.TrimEnd('/') + "/"), $"Proposals/Details/{proposalId}");

    private DateTime Now() => time.GetUtcNow().UtcDateTime;
}
