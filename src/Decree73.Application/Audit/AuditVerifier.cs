using Decree73.Application.Abstractions;
using Decree73.Application.Access;
using Decree73.Domain.Access;
using Decree73.Domain.Audit;
using Decree73.Domain.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Decree73.Application.Audit;

/// <summary>
/// Recomputes every proposal's audit chain (docs/decisions/0006-audit-hash-chain.md) and reports the first broken
/// entry of each: an edited row, a row whose predecessor was edited or replaced, or a gap left by a deleted row.
/// </summary>
public sealed class AuditVerifier(IAppDbContext db, UserAccess access, ILogger<AuditVerifier> logger)
{
    /// <summary>Every chain in the database, for the operator's command line.</summary>
    public async Task<AuditVerification> VerifyAsync(CancellationToken ct = default)
    {
        var breaks = new List<AuditBreak>();
        var proposals = 0;
        var entries = 0;
        int? current = null;
        var expected = 0;
        string? previousHash = null;
        var broken = false;

        // Streamed in chain order: memory stays flat however long the trail grows.
        await foreach (var entry in Chains(db).AsAsyncEnumerable().WithCancellation(ct))
        {
            entries++;
            if (entry.ProposalId != current)
            {
                current = entry.ProposalId;
                proposals++;
                expected = 1;
                previousHash = null;
                broken = false;
            }

            if (!broken && Check(entry, expected, previousHash) is { } kind)
            {
                breaks.Add(new AuditBreak(entry.ProposalId, entry.Id, entry.Sequence, kind));
                broken = true;
            }

            expected = entry.Sequence + 1;
            previousHash = entry.Hash;
        }

        if (breaks.Count > 0)
        {
            logger.LogWarning("Audit chain check found {BrokenChains} broken chains among {Proposals} proposals", breaks.Count, proposals);
        }
        else
        {
            logger.LogInformation("Audit chain check: {Proposals} proposals and {Entries} entries intact", proposals, entries);
        }

        return new AuditVerification(proposals, entries, breaks);
    }

    /// <summary>
    /// The check as an administrator sees it: the broken chains of proposals decided in the subtrees they
    /// administer, with the proposals' titles. The counts are those of the whole database.
    /// </summary>
    public async Task<AuditReport> ReportForCurrentUserAsync(CancellationToken ct = default)
    {
        var result = await VerifyAsync(ct);
        var scopes = (await access.GrantsAsync(ct)).Where(g => g.Role == AppRole.Administrator).Select(g => g.ScopePath).ToList();
        var ids = result.Breaks.Select(b => b.ProposalId).ToList();
        var proposals = await Titled(db, ids).ToDictionaryAsync(p => p.Id, ct);

        var visible = result.Breaks
            .Where(b => !proposals.TryGetValue(b.ProposalId, out var p) || scopes.Any(s => OrganisationUnit.IsPathInSubtree(p.Path, s)))
            // A chain whose proposal is gone has no unit to scope it by: only an administrator of a root sees it.
            .Where(b => proposals.ContainsKey(b.ProposalId) || scopes.Any(s => s.Count(c => c == '/') <= 2))
            .Select(b => new AuditBreakItem(b, proposals.TryGetValue(b.ProposalId, out var p) ? p.Title : null))
            .ToList();
        return new AuditReport(result.ProposalsChecked, result.EntriesChecked, visible);
    }

    /// <summary>
    /// The title of a proposal whose technical trail the current administrator may inspect: one decided in a subtree they
    /// administer. Null otherwise (or when there is no such proposal).
    /// </summary>
    public async Task<string?> InspectableTitleAsync(int proposalId, CancellationToken ct = default)
    {
        var scopes = (await access.GrantsAsync(ct)).Where(g => g.Role == AppRole.Administrator).Select(g => g.ScopePath).ToList();
        var proposal = await Titled(db, [proposalId]).SingleOrDefaultAsync(ct);
        return proposal is not null && scopes.Any(s => OrganisationUnit.IsPathInSubtree(proposal.Path, s)) ? proposal.Title : null;
    }

    internal sealed record TitledProposal(int Id, string Title, string Path);

    /// <summary>The proposals of <paramref name="ids"/> with their titles and their deciding unit's path (to scope them).</summary>
    internal static IQueryable<TitledProposal> Titled(IAppDbContext db, IReadOnlyList<int> ids) =>
        db.Proposals.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Join(db.Units, p => p.DecidingUnitId, u => u.Id, (p, u) => new TitledProposal(p.Id, p.Title, u.Path));

    /// <summary>Every audit entry, chain by chain, in sequence (streamed by the check).</summary>
    internal static IQueryable<AuditEntry> Chains(IAppDbContext db) =>
        db.AuditEntries.AsNoTracking().OrderBy(a => a.ProposalId).ThenBy(a => a.Sequence);

    private static AuditBreakKind? Check(AuditEntry entry, int expectedSequence, string? previousHash)
    {
        if (entry.Sequence != expectedSequence)
        {
            return AuditBreakKind.EntriesMissing;
        }

        if (entry.PreviousHash != previousHash)
        {
            return AuditBreakKind.ChainBroken;
        }

        return entry.ComputeHash() != entry.Hash ? AuditBreakKind.ContentChanged : null;
    }
}
