using Decree73.Application.Abstractions;
using Decree73.Domain.Common;
using Decree73.Domain.Organisation;
using Decree73.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace Decree73.Application.Proposals;

/// <summary>A possible duplicate: only the title and the agency that received it (see <see cref="SimilarProposals"/>).</summary>
public sealed record SimilarProposal(int Id, string Title, string UnitName, int SharedWords);

/// <summary>
/// Before submitting, the proposer sees existing proposals of their province whose titles share significant words
/// with theirs (issue 3, "possible duplicates"). The lookup reads the (province, word) index of
/// <see cref="ProposalTitleWord"/> and counts shared words per proposal; it never scans the proposals.
/// </summary>
/// <remarks>
/// Visibility: any submitted (non-draft) proposal of the province is shown, but only by its title and the agency
/// that received it. A proposer may not read other agencies' proposals, yet the hint exists precisely to reveal
/// work already under way elsewhere in the province; a title and an agency name are what a receipt register shows
/// and carry no personal, vote or protection data. Receipt number, state, proposer and content stay behind
/// <see cref="ProposalAccess.CanReadAsync"/>. Drafts are never shown: they belong to their proposer alone.
/// </remarks>
public sealed class SimilarProposals(IAppDbContext db, ICurrentUser currentUser)
{
    public const int MaxResults = 5;

    /// <summary>Up to five similar submitted proposals in the signed-in officer's province, most shared words first.</summary>
    public async Task<IReadOnlyList<SimilarProposal>> FindAsync(int? excludeId, string? title, CancellationToken ct = default)
    {
        var words = TitleWords.Of(title);
        if (words.Count == 0 || currentUser.UserId is not { } userId)
        {
            return [];
        }

        var unitPath = await db.Officers.Where(o => o.UserId == userId)
            .Join(db.Units, o => o.UnitId, u => u.Id, (o, u) => u.Path)
            .FirstOrDefaultAsync(ct);
        if (UnitPaths.RootId(unitPath) is not { } provinceId)
        {
            return [];
        }

        return await FindInProvinceAsync(provinceId, excludeId, words, ct);
    }

    /// <summary>The lookup itself, for a known province (also what the benchmark measures).</summary>
    public async Task<IReadOnlyList<SimilarProposal>> FindInProvinceAsync(
        int provinceId, int? excludeId, IReadOnlyList<string> words, CancellationToken ct = default)
    {
        // One shared word is noise in a language of one-syllable words; ask for two unless the title has only one.
        var minimum = Math.Min(2, words.Count);
        var exclude = excludeId ?? 0;
        var ranked = db.ProposalTitleWords
            .Where(w => w.ProvinceId == provinceId && words.Contains(w.Word) && w.ProposalId != exclude)
            .GroupBy(w => w.ProposalId)
            .Select(g => new { ProposalId = g.Key, Shared = g.Count() })
            .Where(g => g.Shared >= minimum);

        return await ranked
            .Join(db.Proposals.Where(p => p.State != ProposalState.Draft), g => g.ProposalId, p => p.Id, (g, p) => new { g.Shared, p })
            .OrderByDescending(x => x.Shared).ThenByDescending(x => x.p.Id)
            .Take(MaxResults)
            .Select(x => new SimilarProposal(
                x.p.Id, x.p.Title, db.Units.Where(u => u.Id == x.p.DecidingUnitId).Select(u => u.Name).First(), x.Shared))
            .ToListAsync(ct);
    }
}
