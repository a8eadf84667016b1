using Decree73.Application.Abstractions;
using Decree73.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace Decree73.Application.Proposals;

/// <summary>The display names around a proposal: proposer, deciding agency, field and kind.</summary>
public sealed class ProposalNames(IAppDbContext db)
{
    public async Task<(string Proposer, string DecidingUnit, string? Field, string? Kind)> OfAsync(Proposal proposal, CancellationToken ct = default)
    {
        var proposer = await db.Officers.Where(o => o.Id == proposal.ProposerId).Select(o => o.FullName).SingleAsync(ct);
        var unit = await db.Units.Where(u => u.Id == proposal.DecidingUnitId).Select(u => u.Name).SingleAsync(ct);
        var field = await db.ProposalFields.Where(f => f.Id == proposal.FieldId).Select(f => f.Name).FirstOrDefaultAsync(ct);
        var kind = await db.InnovationKinds.Where(k => k.Id == proposal.KindId).Select(k => k.Name).FirstOrDefaultAsync(ct);
        return (proposer, unit, field, kind);
    }

    public async Task<string?> OfficerAsync(int? officerId, CancellationToken ct = default) =>
        officerId is { } id ? await db.Officers.Where(o => o.Id == id).Select(o => o.FullName).FirstOrDefaultAsync(ct) : null;
}
