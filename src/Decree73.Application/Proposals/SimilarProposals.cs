using Decree73.Application.Abstractions;
using Decree73.Domain.Common;
using Decree73.Domain.Organisation;
using Decree73.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace Decree73.Application.Proposals;

/// <summary>A possible duplicate: only the title and the agency that received it (see <see cref="SimilarProposals"/>).</summary>
/// <param name="SharedWords">Whole words shared as written (tones and all, or typed without marks).</param>
/// <param name="FoldedOnlyWords">Whole words shared only once tones are folded away ("thử"/"thủ"): ranked second.</param>
public sealed record SimilarProposal(int Id, string Title, string UnitName, int SharedWords, int FoldedOnlyWords = 0);

/// <summary>
/// Before submitting, the proposer sees existing proposals of their province whose titles share significant words
/// with theirs (issue 3, "possible duplicates"). The lookup reads the (province, word) index of
/// <see cref="ProposalTitleWord"/> and counts shared words per proposal; it never scans the proposals. The bounded
/// candidate set (at most <see cref="Candidates"/> titles) is then ranked in memory by <see cref="SimilarTitleRanking"/>:
/// whole words with their tones first, words equal only folded second, newest first on a tie (issue 13).
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

    /// <summary>How many of a word's newest proposals are looked at (bounds the work for very common words).</summary>
    public const int WordSample = 1000;

    /// <summary>How many of the best-ranked ids are checked for state (drafts are dropped there).</summary>
    public const int Candidates = 50;

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

        return await FindInProvinceAsync(provinceId, excludeId, words, title, ct);
    }

    /// <summary>The lookup itself, for a known province (also what the benchmark measures).</summary>
    /// <param name="words">The title's folded index words (<see cref="TitleWords.Of"/>): they find the candidates.</param>
    /// <param name="title">The title as typed: its words, with their tones, rank the candidates.</param>
    public async Task<IReadOnlyList<SimilarProposal>> FindInProvinceAsync(
        int provinceId, int? excludeId, IReadOnlyList<string> words, string? title, CancellationToken ct = default)
    {
        // One shared word is noise in a language of one-syllable words; ask for two unless the title has only one.
        var minimum = Math.Min(2, words.Count);
        var exclude = excludeId ?? 0;

        // Each word contributes at most its newest WordSample entries (an index range on (province, word, id)), so a
        // word found in half the province's titles ("ho", "so") costs no more than a rare one; the counting happens
        // here over at most words × WordSample ids.
        var candidates = (await Sample(db, provinceId, words).ToListAsync(ct))
            .Where(id => id != exclude)
            .CountBy(id => id)
            .Where(c => c.Value >= minimum)
            .OrderByDescending(c => c.Value).ThenByDescending(c => c.Key)
            .Take(Candidates)
            .ToDictionary(c => c.Key, c => c.Value);
        if (candidates.Count == 0)
        {
            return [];
        }

        var ids = candidates.Keys.ToList();
        var rows = await Submitted(db, ids).ToListAsync(ct);
        return Rank(rows.Select(r => (r.Id, r.Title, r.UnitName)), title);
    }

    /// <summary>
    /// Ranks a bounded set of candidate titles against <paramref name="title"/>: listed only when they share at
    /// least two whole words as written (one for a one-word title), so a title sharing a syllable of another word
    /// ("kinh nghiệm" for "thử nghiệm") or a different word that folds the same ("thủ" for "thử") is not listed on
    /// that alone; most shared words with tones first, then most shared only folded, then newest.
    /// </summary>
    public static IReadOnlyList<SimilarProposal> Rank(IEnumerable<(int Id, string Title, string UnitName)> candidates, string? title)
    {
        var query = SimilarTitleRanking.Words(title);
        var needed = Math.Min(2, query.Count);
        if (needed == 0)
        {
            return [];
        }

        return candidates
            .Select(c => (c, match: SimilarTitleRanking.Compare(query, c.Title)))
            .Where(x => x.match.Exact >= needed)
            .OrderByDescending(x => x.match.Exact).ThenByDescending(x => x.match.FoldedOnly).ThenByDescending(x => x.c.Id)
            .Take(MaxResults)
            .Select(x => new SimilarProposal(x.c.Id, x.c.Title, x.c.UnitName, x.match.Exact, x.match.FoldedOnly))
            .ToList();
    }

    /// <summary>Each word's newest <see cref="WordSample"/> proposal ids in the province, one after another (UNION ALL).</summary>
    internal static IQueryable<int> Sample(IAppDbContext db, int provinceId, IReadOnlyList<string> words)
    {
        IQueryable<int>? sample = null;
        foreach (var word in words)
        {
            var newest = db.ProposalTitleWords.Where(w => w.ProvinceId == provinceId && w.Word == word)
                .OrderByDescending(w => w.ProposalId).Take(WordSample).Select(w => w.ProposalId);
            sample = sample is null ? newest : sample.Concat(newest);
        }

        return sample!;
    }

    internal sealed record Candidate(int Id, string Title, string UnitName);

    /// <summary>Of the candidate ids, the submitted proposals with their deciding agency's name.</summary>
    internal static IQueryable<Candidate> Submitted(IAppDbContext db, IReadOnlyList<int> ids) =>
        db.Proposals.AsNoTracking()
            .Where(p => ids.Contains(p.Id) && p.State != ProposalState.Draft)
            .Select(p => new Candidate(p.Id, p.Title, db.Units.Where(u => u.Id == p.DecidingUnitId).Select(u => u.Name).First()));
}
