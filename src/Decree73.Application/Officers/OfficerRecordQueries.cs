using Decree73.Application.Abstractions;
using Decree73.Application.Appraisal;
using Decree73.Application.Proposals;
using Decree73.Application.Protection;
using Decree73.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace Decree73.Application.Officers;

/// <summary>
/// The rows of one officer's innovation record, for the appraisal sheet (one appraisal year) and the officer page
/// (all years). A proposal counts for the year of its evaluation: the date the evaluation-result decision was signed.
/// </summary>
public sealed class OfficerRecordQueries(IAppDbContext db, ProposalAccess proposalAccess, ProtectionAccess protectionAccess)
{
    /// <summary>
    /// Proposals the officer proposed or implemented, drafts excepted (a draft is the proposer's alone). With a
    /// range, only those evaluated within it.
    /// </summary>
    public async Task<IReadOnlyList<OfficerProposal>> ProposalsAsync(int officerId, (DateOnly From, DateOnly To)? range, CancellationToken ct)
    {
        var rows = await Proposals(db, officerId, range).ToListAsync(ct);

        var result = new List<OfficerProposal>(rows.Count);
        foreach (var row in rows)
        {
            // Only what the viewer may open is linked; the page never points at a 404.
            var canOpen = await proposalAccess.CanReadAsync(row.Proposal, ct);
            result.Add(new OfficerProposal(
                row.Proposal.Id, row.Proposal.Title, row.Proposal.State, row.Proposal.Outcome, row.EvaluatedOn,
                row.Proposal.ProposerId == officerId, canOpen));
        }

        return result;
    }

    internal sealed record ProposalRow(Proposal Proposal, DateOnly? EvaluatedOn);

    /// <summary>The officer's proposals (proposed or implemented, no drafts), newest first, evaluated in the range when given.</summary>
    internal static IQueryable<ProposalRow> Proposals(IAppDbContext db, int officerId, (DateOnly From, DateOnly To)? range)
    {
        var implemented = db.ProposalImplementers.Where(i => i.OfficerId == officerId).Select(i => i.ProposalId);
        var query = db.Proposals.AsNoTracking()
            .Where(p => p.State != ProposalState.Draft && (p.ProposerId == officerId || implemented.Contains(p.Id)));
        if (range is var (from, to))
        {
            query = query.Where(p => db.ProposalDecisions.Any(d =>
                d.ProposalId == p.Id && d.Kind == DecisionKind.EvaluationResult && d.SignedOn >= from && d.SignedOn <= to));
        }

        return query
            .OrderByDescending(p => p.Id)
            .Select(p => new ProposalRow(
                p,
                db.ProposalDecisions.Where(d => d.ProposalId == p.Id && d.Kind == DecisionKind.EvaluationResult).Max(d => d.SignedOn)));
    }

    public async Task<IReadOnlyList<OfficerEncouragement>> EncouragementAsync(int officerId, (DateOnly From, DateOnly To)? range, CancellationToken ct)
    {
        var rows = await Encouragement(db, officerId, range).ToListAsync(ct);

        // The measure is the officer's record; the proposal's title is shown only to those who may read the proposal.
        var readable = new HashSet<int>();
        foreach (var id in rows.Select(r => r.ProposalId).Distinct())
        {
            var proposal = await db.Proposals.AsNoTracking().FirstAsync(p => p.Id == id, ct);
            if (await proposalAccess.CanReadAsync(proposal, ct))
            {
                readable.Add(id);
            }
        }

        return rows.Select(r => readable.Contains(r.ProposalId) ? r : r with { ProposalTitle = null }).ToList();
    }

    /// <summary>The officer's encouragement records, newest decision first, signed in the range when given.</summary>
    internal static IQueryable<OfficerEncouragement> Encouragement(IAppDbContext db, int officerId, (DateOnly From, DateOnly To)? range)
    {
        var query = db.EncouragementRecords.AsNoTracking().Where(e => e.OfficerId == officerId);
        if (range is var (from, to))
        {
            query = query.Where(e => e.DecisionSignedOn >= from && e.DecisionSignedOn <= to);
        }

        return query
            .Join(db.Proposals, e => e.ProposalId, p => p.Id, (e, p) => new { e, p.Title })
            .OrderByDescending(x => x.e.DecisionSignedOn).ThenByDescending(x => x.e.Id)
            .Select(x => new OfficerEncouragement(
                x.e.ProposalId, x.Title, x.e.Measure, x.e.Role, x.e.EarlyRaiseMonths, x.e.DecisionNumber, x.e.DecisionSignedOn));
    }

    /// <summary>Only the records <see cref="ProtectionAccess"/> lets the signed-in user see: need-to-know (domain.md §7).</summary>
    public async Task<IReadOnlyList<OfficerProtection>> ProtectionAsync(int officerId, (DateOnly From, DateOnly To)? range, CancellationToken ct)
        => await Protection(db, await protectionAccess.VisibleAsync(ct), officerId, range).ToListAsync(ct);

    /// <summary>Of the visible protection decisions, the officer's, newest first, signed in the range when given.</summary>
    internal static IQueryable<OfficerProtection> Protection(
        IAppDbContext db, IQueryable<Domain.Protection.ProtectionDecision> visible, int officerId, (DateOnly From, DateOnly To)? range)
    {
        var query = visible.Where(p => p.OfficerId == officerId);
        if (range is var (from, to))
        {
            query = query.Where(p => p.DecisionSignedOn >= from && p.DecisionSignedOn <= to);
        }

        return query
            .Join(db.Proposals, d => d.ProposalId, p => p.Id, (d, p) => new { d, p.Title })
            .OrderByDescending(x => x.d.DecisionSignedOn).ThenByDescending(x => x.d.Id)
            .Select(x => new OfficerProtection(x.d.Id, x.d.ProposalId, x.Title, x.d.Type, x.d.LegalBasis, x.d.DecisionNumber, x.d.DecisionSignedOn));
    }

    /// <summary>What to suggest crediting for the year; the grade is never suggested.</summary>
    public static CreditSuggestion Suggest(IReadOnlyList<OfficerProposal> yearProposals, IReadOnlyList<OfficerEncouragement> yearEncouragement) =>
        yearProposals.Any(p => p.Outcome == EvaluationOutcome.Completed) ? new CreditSuggestion(CreditReason.CompletedProposal)
        : yearEncouragement.Count > 0 ? new CreditSuggestion(CreditReason.EncouragementGranted)
        : new CreditSuggestion(CreditReason.None);
}
