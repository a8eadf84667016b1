using Decree73.Application.Abstractions;
using Decree73.Domain.Encouragement;
using Decree73.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace Decree73.Application.Protection;

/// <summary>
/// The officers an evaluation concerns (Art. 10, Art. 11): the proposer, the implementers assigned in the
/// implementation decision, and the head(s) who approved it (the override and the implementation decision).
/// </summary>
public sealed class ConcernedOfficers(IAppDbContext db)
{
    private static readonly DecisionKind[] Approvals = [DecisionKind.Override, DecisionKind.Implementation];

    /// <summary>An evaluated proposal (evaluated or closed, with an outcome), with its decisions; null otherwise.</summary>
    public Task<Proposal?> EvaluatedAsync(int proposalId, CancellationToken ct = default) => Evaluated(db, proposalId).FirstOrDefaultAsync(ct);

    internal static IQueryable<Proposal> Evaluated(IAppDbContext db, int proposalId) =>
        db.Proposals.AsNoTracking().Include(p => p.Decisions)
            .Where(p => p.Id == proposalId && (p.State == ProposalState.Evaluated || p.State == ProposalState.Closed) && p.Outcome != null);

    public async Task<IReadOnlyList<ConcernedOfficer>> ListAsync(Proposal proposal, CancellationToken ct = default)
    {
        var roles = new List<(int OfficerId, BeneficiaryRole Role)> { (proposal.ProposerId, BeneficiaryRole.Proposer) };
        var implementers = await db.ProposalImplementers.AsNoTracking().Where(i => i.ProposalId == proposal.Id).Select(i => i.OfficerId).ToListAsync(ct);
        roles.AddRange(implementers.Select(id => (id, BeneficiaryRole.Implementer)));
        roles.AddRange(proposal.Decisions.Where(d => Approvals.Contains(d.Kind)).Select(d => (d.DecidedByOfficerId, BeneficiaryRole.ApprovingHead)));

        var ids = roles.Select(r => r.OfficerId).Distinct().ToList();
        var officers = await Officers(db, ids).ToListAsync(ct);
        return officers
            .OrderBy(o => roles.FindIndex(r => r.OfficerId == o.Id)).ThenBy(o => o.SortName, StringComparer.Ordinal)
            .Select(o => new ConcernedOfficer(o.Id, o.FullName, o.Category,
                roles.Where(r => r.OfficerId == o.Id).Select(r => r.Role).Distinct().Order().ToList()))
            .ToList();
    }

    internal sealed record OfficerRow(int Id, string FullName, string SortName, Domain.People.CivilServiceCategory Category);

    internal static IQueryable<OfficerRow> Officers(IAppDbContext db, IReadOnlyList<int> ids) =>
        db.Officers.AsNoTracking().Where(o => ids.Contains(o.Id)).Select(o => new OfficerRow(o.Id, o.FullName, o.SortName, o.Category));

    /// <summary>The date of the act by default: the implementation decision's signing date, else the evaluation's.</summary>
    public static DateOnly DefaultActOn(Proposal proposal) =>
        proposal.Decisions.Where(d => d.Kind == DecisionKind.Implementation && d.SignedOn != null).OrderBy(d => d.Id).Select(d => d.SignedOn).FirstOrDefault()
        ?? EvaluationDecision(proposal)?.SignedOn
        ?? default;

    /// <summary>The evaluation-result decision protection rests on (the latest one).</summary>
    public static ProposalDecision? EvaluationDecision(Proposal proposal) =>
        proposal.Decisions.Where(d => d.Kind == DecisionKind.EvaluationResult).OrderBy(d => d.Id).LastOrDefault();
}
