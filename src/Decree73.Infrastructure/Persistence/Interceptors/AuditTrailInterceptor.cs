using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Decree73.Application.Abstractions;
using Decree73.Domain.Audit;
using Decree73.Domain.Common;
using Decree73.Domain.People;
using Decree73.Domain.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Decree73.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Writes an <see cref="AuditEntry"/> for every inserted, updated or deleted <see cref="Proposal"/>, row owned by
/// one (<see cref="IProposalOwned"/>) or value owned by one (the evaluation findings), in the same transaction as
/// the change, and refuses any update or delete of an audit entry.
/// </summary>
/// <remarks>
/// A new proposal has no id before its insert, and the entry's hash covers the id. So when a save touches a
/// proposal, this interceptor takes the save over: it captures the changes, opens a transaction (unless the caller
/// already has one), saves the changes, builds the entries now that the ids are known, saves them, and commits.
/// Any failure, a lost concurrency race included, rolls back both, so a refused change leaves no entry.
/// </remarks>
public sealed class AuditTrailInterceptor(TimeProvider time, ICurrentUser currentUser) : SaveChangesInterceptor
{
    // Stamps the other interceptor writes, and values derived from others: noise in a trail of what people changed.
    private static readonly HashSet<string> Bookkeeping =
    [
        nameof(IAuditable.CreatedAtUtc), nameof(IAuditable.CreatedBy), nameof(IAuditable.ModifiedAtUtc), nameof(IAuditable.ModifiedBy),
        nameof(IVersioned.Version), nameof(Proposal.TitleFolded),
    ];

    private static readonly JsonSerializerOptions Json = new()
    {
        // Stored, not sent to a browser: Vietnamese stays readable; the pages encode it when they show it.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    private bool saving;
    private (string UserId, int? OfficerId)? officer;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        SaveWithTrailAsync(eventData.Context, result, async: false, default).GetAwaiter().GetResult();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        await SaveWithTrailAsync(eventData.Context, result, async: true, cancellationToken);

    private async Task<InterceptionResult<int>> SaveWithTrailAsync(DbContext? context, InterceptionResult<int> result, bool async, CancellationToken ct)
    {
        if (context is null || result.HasResult)
        {
            return result;
        }

        var changes = new List<PendingChange>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.Entity is AuditEntry)
            {
                if (entry.State is EntityState.Modified or EntityState.Deleted)
                {
                    throw new InvalidOperationException("Audit entries are append-only: they cannot be updated or deleted.");
                }

                continue;
            }

            if (!saving && entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && Capture(entry) is { } change)
            {
                changes.Add(change);
            }
        }

        if (saving || changes.Count == 0)
        {
            // The nested saves below, and saves that touch no proposal: EF Core saves as usual.
            return result;
        }

        // The proposal's own entry (the transition) first, then its rows, in a stable order.
        changes = changes.OrderBy(c => c.Entity == nameof(Proposal) ? 0 : 1).ThenBy(c => c.Entity, StringComparer.Ordinal).ToList();
        saving = true;
        var transaction = context.Database.CurrentTransaction is null
            ? async ? await context.Database.BeginTransactionAsync(ct) : context.Database.BeginTransaction()
            : null;
        try
        {
            var saved = async ? await context.SaveChangesAsync(ct) : context.SaveChanges();
            await AppendAsync(context, changes, async, ct);
            if (transaction is not null)
            {
                if (async)
                {
                    await transaction.CommitAsync(ct);
                }
                else
                {
                    transaction.Commit();
                }
            }

            return InterceptionResult<int>.SuppressWithResult(saved);
        }
        finally
        {
            saving = false;
            if (transaction is not null)
            {
                // Disposing an uncommitted transaction rolls it back.
                if (async)
                {
                    await transaction.DisposeAsync();
                }
                else
                {
                    transaction.Dispose();
                }
            }
        }
    }

    private async Task AppendAsync(DbContext context, List<PendingChange> changes, bool async, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var officerId = await OfficerIdAsync(context, async, ct);
        var tails = new Dictionary<int, (int Sequence, string? Hash)>();
        foreach (var change in changes)
        {
            var proposalId = change.ProposalId();
            if (change.Entity == nameof(Proposal) && change.Action == AuditActions.Created)
            {
                // Inserted by this save: its chain starts here, there is nothing to look up.
                tails[proposalId] = (0, null);
            }

            if (!tails.TryGetValue(proposalId, out var tail))
            {
                var query = Tail(context, proposalId);
                var last = async ? await query.FirstOrDefaultAsync(ct) : query.FirstOrDefault();
                tail = last is null ? (0, null) : (last.Sequence, last.Hash);
            }

            var audit = new AuditEntry(
                proposalId, tail.Sequence + 1, now, currentUser.UserId, officerId, change.Action, change.Entity, change.EntityId(),
                change.Before, change.After, currentUser.ClientIp, tail.Hash);
            context.Set<AuditEntry>().Add(audit);
            tails[proposalId] = (audit.Sequence, audit.Hash);
        }

        if (async)
        {
            await context.SaveChangesAsync(ct);
        }
        else
        {
            context.SaveChanges();
        }

        // The proposals' latest action is the newest entry just written: stamped in the same transaction, without
        // touching their version (it is not a change anyone made to the proposal).
        var stamp = Touched(context, tails.Keys.ToArray());
        if (async)
        {
            await StampLastActionAsync(stamp, now, ct);
        }
        else
        {
            stamp.ExecuteUpdate(s => s.SetProperty(p => p.LastActionAtUtc, now));
        }
    }

    /// <summary>The proposals a save wrote trail entries for.</summary>
    internal static IQueryable<Proposal> Touched(DbContext context, int[] proposalIds) =>
        context.Set<Proposal>().Where(p => proposalIds.Contains(p.Id));

    /// <summary>Sets <see cref="Proposal.LastActionAtUtc"/> of <paramref name="touched"/> to the moment of their new entries.</summary>
    internal static Task<int> StampLastActionAsync(IQueryable<Proposal> touched, DateTime nowUtc, CancellationToken ct) =>
        touched.ExecuteUpdateAsync(s => s.SetProperty(p => p.LastActionAtUtc, nowUtc), ct);

    internal sealed record ChainTail(int Sequence, string Hash);

    /// <summary>The last entry of a proposal's chain, newest first (read before appending to it).</summary>
    internal static IQueryable<ChainTail> Tail(DbContext context, int proposalId) =>
        context.Set<AuditEntry>().AsNoTracking().Where(a => a.ProposalId == proposalId)
            .OrderByDescending(a => a.Sequence).Select(a => new ChainTail(a.Sequence, a.Hash));

    private async Task<int?> OfficerIdAsync(DbContext context, bool async, CancellationToken ct)
    {
        if (currentUser.UserId is not { } userId)
        {
            return null;
        }

        if (officer is { } known && known.UserId == userId)
        {
            return known.OfficerId;
        }

        var query = context.Set<Officer>().AsNoTracking().Where(o => o.UserId == userId).Select(o => (int?)o.Id);
        var id = async ? await query.FirstOrDefaultAsync(ct) : query.FirstOrDefault();
        officer = (userId, id);
        return id;
    }

    private static PendingChange? Capture(EntityEntry entry)
    {
        if (ProposalKey(entry) is not { } proposalKey)
        {
            return null;
        }

        var primaryKey = entry.Metadata.FindPrimaryKey()?.Properties;
        // An owned value's key is its owner's: it has no id of its own.
        var ownKey = primaryKey is [{ ClrType: var keyType } key] && keyType == typeof(int) && !entry.Metadata.IsOwned() ? key : null;
        var values = Scalars(entry)
            .Where(p => !p.Metadata.IsPrimaryKey() && p.Metadata != proposalKey && !Bookkeeping.Contains(p.Metadata.Name))
            .ToList();

        string? before = null, after = null;
        var change = entry.State switch
        {
            EntityState.Added => "Added",
            EntityState.Deleted => "Deleted",
            _ => "Modified",
        };
        switch (entry.State)
        {
            case EntityState.Added:
                after = Serialise(values.Where(p => p.CurrentValue is not null).ToDictionary(p => p.Metadata.Name, p => p.CurrentValue));
                break;
            case EntityState.Deleted:
                before = Serialise(values.Where(p => p.OriginalValue is not null).ToDictionary(p => p.Metadata.Name, p => p.OriginalValue));
                break;
            default:
                var changed = values.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)).ToList();
                if (changed.Count == 0)
                {
                    return null;
                }

                before = Serialise(changed.ToDictionary(p => p.Metadata.Name, p => p.OriginalValue));
                after = Serialise(changed.ToDictionary(p => p.Metadata.Name, p => p.CurrentValue));
                break;
        }

        var entity = entry.Metadata.ClrType.Name;
        var action = entry.Entity is Proposal proposal ? ProposalAction(entry, proposal, change) : AuditActions.Row(entity, change);

        // Ids of inserted rows are known only after the save; those of deleted rows only before it.
        var proposalIdNow = entry.Property(proposalKey.Name).CurrentValue as int?;
        var entityIdNow = ownKey is null ? null : entry.Property(ownKey.Name).CurrentValue as int?;
        return entry.State == EntityState.Added
            ? new PendingChange(entity, action, before, after,
                () => (int)entry.Property(proposalKey.Name).CurrentValue!,
                () => ownKey is null ? null : (int?)entry.Property(ownKey.Name).CurrentValue)
            : new PendingChange(entity, action, before, after, () => proposalIdNow!.Value, () => entityIdNow);
    }

    private static string ProposalAction(EntityEntry entry, Proposal proposal, string change)
    {
        if (change == "Added")
        {
            return AuditActions.Created;
        }

        if (change == "Deleted")
        {
            return AuditActions.Deleted;
        }

        var state = entry.Property(nameof(Proposal.State));
        if (state.OriginalValue is ProposalState from && from != proposal.State)
        {
            return AuditActions.Transition(from, proposal.State);
        }

        var party = entry.Property(nameof(Proposal.PartyOpinionReceived));
        if (party.OriginalValue is false && proposal.PartyOpinionReceived)
        {
            return AuditActions.PartyOpinionRecorded;
        }

        string[] dueDates = [nameof(Proposal.DecisionDueOn), nameof(Proposal.StepDueOn), nameof(Proposal.EvaluationDueOn), nameof(Proposal.DecisionWorkingDays)];
        var changed = Scalars(entry).Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue) && !Bookkeeping.Contains(p.Metadata.Name))
            .Select(p => p.Metadata.Name).ToList();
        if (changed.Count > 0 && changed.All(dueDates.Contains))
        {
            return AuditActions.DeadlinesRecomputed;
        }

        return proposal.State == ProposalState.Draft ? AuditActions.DraftEdited : AuditActions.Updated;
    }

    /// <summary>
    /// The row's values: its own properties and those of its complex values (the proposal's plan), each under its own
    /// name, as the columns are named.
    /// </summary>
    private static IEnumerable<PropertyEntry> Scalars(EntityEntry entry) =>
        entry.Properties.Concat(entry.ComplexProperties.SelectMany(c => c.Properties));

    /// <summary>The property holding the id of the proposal this row belongs to; null when it belongs to none.</summary>
    private static IProperty? ProposalKey(EntityEntry entry)
    {
        if (entry.Entity is Proposal)
        {
            return entry.Metadata.FindPrimaryKey()!.Properties[0];
        }

        if (entry.Entity is IProposalOwned)
        {
            return entry.Metadata.FindProperty(nameof(IProposalOwned.ProposalId));
        }

        return entry.Metadata.FindOwnership() is { } ownership && ownership.PrincipalEntityType.ClrType == typeof(Proposal)
            ? ownership.Properties[0]
            : null;
    }

    private static string Serialise(Dictionary<string, object?> values) =>
        JsonSerializer.Serialize(new SortedDictionary<string, object?>(values, StringComparer.Ordinal), Json);

    private sealed record PendingChange(string Entity, string Action, string? Before, string? After, Func<int> ProposalId, Func<int?> EntityId);
}
