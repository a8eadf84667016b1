using Decree73.Application.Abstractions;
using Decree73.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace Decree73.Application.Proposals;

/// <summary>An officer the head may assign to implement a proposal.</summary>
public sealed record ImplementerOption(int OfficerId, string FullName, string UnitName);

/// <summary>Who may implement a proposal, and the names shown next to opinions and progress.</summary>
public sealed class ImplementerQueries(IAppDbContext db)
{
    /// <summary>Officers of the deciding agency and the units below it, other than the proposer (who implements anyway).</summary>
    public async Task<IReadOnlyList<ImplementerOption>> CandidatesAsync(Proposal proposal, CancellationToken ct = default)
    {
        var path = await db.Units.Where(u => u.Id == proposal.DecidingUnitId).Select(u => u.Path).FirstAsync(ct);
        return await Candidates(db, path, proposal.ProposerId).ToListAsync(ct);
    }

    /// <summary>The officers of the subtree under <paramref name="path"/> but the proposer, by name.</summary>
    internal static IQueryable<ImplementerOption> Candidates(IAppDbContext db, string path, int proposerId) =>
        db.Officers.AsNoTracking()
            .Where(o => o.Id != proposerId && o.Unit!.Path.StartsWith(path))
            .OrderBy(o => o.SortName).ThenBy(o => o.Id)
            .Select(o => new ImplementerOption(o.Id, o.FullName, o.Unit!.Name));

    public async Task<IReadOnlyDictionary<int, string>> NamesAsync(IEnumerable<int> officerIds, CancellationToken ct = default)
    {
        var ids = officerIds.Distinct().ToList();
        return ids.Count == 0
            ? new Dictionary<int, string>()
            : await db.Officers.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.FullName, ct);
    }
}
