using Decree73.Application.Abstractions;
using Decree73.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace Decree73.Application.Proposals;

/// <summary>What the result notice of Art. 9 names besides the proposal: the issuing agency, its parent, the proposer and the evaluation decision.</summary>
public sealed record ResultNoticeContext(
    Proposal Proposal, string IssuingUnitName, string? ParentUnitName, string ProposerName, ProposalDecision? EvaluationDecision);

/// <summary>Reads the names the notice needs; the caller has already checked that the proposal may be read.</summary>
public sealed class ResultNoticeQueries(IAppDbContext db)
{
    internal sealed record IssuerNames(string Name, string? Parent);

    /// <summary>The issuing agency's name and its parent's.</summary>
    internal static IQueryable<IssuerNames> Issuer(IAppDbContext db, int unitId) =>
        db.Units.AsNoTracking().Where(u => u.Id == unitId)
            .Select(u => new IssuerNames(u.Name, db.Units.Where(p => p.Id == u.ParentId).Select(p => p.Name).FirstOrDefault()));

    public async Task<ResultNoticeContext> ContextAsync(Proposal proposal, CancellationToken ct = default)
    {
        var unit = await Issuer(db, proposal.DecidingUnitId).SingleAsync(ct);
        var proposer = await db.Officers.AsNoTracking().Where(o => o.Id == proposal.ProposerId).Select(o => o.FullName).SingleAsync(ct);
        var evaluation = proposal.Decisions.Where(d => d.Kind == DecisionKind.EvaluationResult).OrderBy(d => d.Id).LastOrDefault();
        return new ResultNoticeContext(proposal, unit.Name, unit.Parent, proposer, evaluation);
    }
}
