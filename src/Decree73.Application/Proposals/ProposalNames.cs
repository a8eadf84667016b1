using Decree73.Application.Abstractions;
using Decree73.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace Decree73.Application.Proposals;

/// <summary>The deciding agency's name and tree path, and the names of the proposal's field and kind.</summary>
public sealed record ProposalLabels(string DecidingUnit, string DecidingUnitPath, string? Field, string? Kind);

/// <summary>The proposal at the other end of an escalation, with the name of its deciding agency.</summary>
public sealed record EscalationEnd(Proposal Proposal, string UnitName);

/// <summary>
/// The display names around a proposal, each kind fetched in one query: the labels (agency, field, kind) together, and
/// the officers the page names (proposer, voters, responsible officer, implementers, reporters) by their ids at once.
/// </summary>
public sealed class ProposalNames(IAppDbContext db)
{
    public async Task<ProposalLabels> LabelsAsync(Proposal proposal, CancellationToken ct = default)
    {
        var (fieldId, kindId) = (proposal.FieldId, proposal.KindId);
        return await db.Units.AsNoTracking().Where(u => u.Id == proposal.DecidingUnitId)
            .Select(u => new ProposalLabels(
                u.Name, u.Path,
                db.ProposalFields.Where(f => f.Id == fieldId).Select(f => f.Name).FirstOrDefault(),
                db.InnovationKinds.Where(k => k.Id == kindId).Select(k => k.Name).FirstOrDefault()))
            .SingleAsync(ct);
    }

    /// <summary>The full names of these officers, in one query (none for an empty list).</summary>
    public async Task<IReadOnlyDictionary<int, string>> OfficersAsync(IEnumerable<int> officerIds, CancellationToken ct = default)
    {
        var ids = officerIds.Distinct().ToList();
        return ids.Count == 0
            ? new Dictionary<int, string>()
            : await db.Officers.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.FullName, ct);
    }

    /// <summary>
    /// Both ends of an escalation, in one query: the receipt at the competent level this proposal was escalated to and
    /// the original it was received from, each with its agency's name. No query for a proposal never escalated.
    /// </summary>
    public async Task<IReadOnlyList<EscalationEnd>> EscalationEndsAsync(Proposal proposal, CancellationToken ct = default)
    {
        var (id, fromId) = (proposal.Id, proposal.EscalatedFromProposalId);
        if (proposal.State != ProposalState.Escalated && fromId is null)
        {
            return [];
        }

        return await db.Proposals.AsNoTracking()
            .Where(p => p.EscalatedFromProposalId == id || p.Id == fromId)
            .Select(p => new EscalationEnd(p, db.Units.Where(u => u.Id == p.DecidingUnitId).Select(u => u.Name).First()))
            .ToListAsync(ct);
    }
}
