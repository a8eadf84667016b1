using Decree73.Domain.Common;
using Decree73.Domain.Organisation;
using Decree73.Domain.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Decree73.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Keeps <see cref="ProposalTitleWord"/> in step with every saved title, in the same SaveChanges, so no service can
/// forget it: words are added for a new proposal, and diffed against the stored ones when a title changes.
/// </summary>
public sealed class TitleWordsInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        UpdateAsync(eventData.Context, CancellationToken.None).GetAwaiter().GetResult();
        return base.SavingChanges(eventData, result);
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await UpdateAsync(eventData.Context, cancellationToken);
        return await base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private static async Task UpdateAsync(DbContext? context, CancellationToken ct)
    {
        if (context is not AppDbContext db)
        {
            return;
        }

        var changed = db.ChangeTracker.Entries<Proposal>()
            .Where(e => e.State == EntityState.Added || (e.State == EntityState.Modified && e.Property(p => p.TitleFolded).IsModified))
            .Select(e => e.Entity)
            .ToList();
        if (changed.Count == 0)
        {
            return;
        }

        var unitIds = changed.Select(p => p.UnitId).Distinct().ToList();
        var provinces = (await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).Select(u => new { u.Id, u.Path }).ToListAsync(ct))
            .ToDictionary(u => u.Id, u => UnitPaths.RootId(u.Path));

        var existingIds = changed.Where(p => db.Entry(p).State == EntityState.Modified).Select(p => p.Id).ToList();
        var existing = existingIds.Count == 0
            ? []
            : await db.ProposalTitleWords.Where(w => existingIds.Contains(w.ProposalId)).ToListAsync(ct);

        // The audit trail's interceptor saves inside this save, which runs every interceptor again: words added by
        // the first pass are already tracked and must not be added twice. One pass over the tracker, not one per proposal.
        var alreadyAdded = db.ChangeTracker.Entries<ProposalTitleWord>()
            .Where(e => e.State == EntityState.Added && e.Entity.Proposal is not null)
            .GroupBy(e => e.Entity.Proposal!)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Entity.Word).ToHashSet(StringComparer.Ordinal));

        foreach (var proposal in changed)
        {
            var words = TitleWords.Of(proposal.Title);
            var stored = existing.Where(w => w.ProposalId == proposal.Id && db.Entry(proposal).State == EntityState.Modified).ToList();
            db.ProposalTitleWords.RemoveRange(stored.Where(w => !words.Contains(w.Word)));
            if (!provinces.TryGetValue(proposal.UnitId, out var province) || province is null)
            {
                continue;
            }

            var pending = alreadyAdded.TryGetValue(proposal, out var added) ? added : [];
            db.ProposalTitleWords.AddRange(words.Where(word => !pending.Contains(word) && stored.TrueForAll(w => w.Word != word))
                .Select(word => new ProposalTitleWord(proposal, province.Value, word)));
        }
    }
}
