using Decree73.Domain.Proposals;
using Decree73.Domain.Protection;
using Microsoft.EntityFrameworkCore;

namespace Decree73.Application.Compliance;

/// <summary>The flag on protection decisions: those resting on no evaluation result, or of a type it does not allow.</summary>
public sealed partial class FlagQueries
{
    /// <summary>
    /// Protection decided in the period that rests on no evaluation result of that proposal, or whose type the
    /// evaluation does not allow (<see cref="ProtectionRules.Check"/>, the domain.md §7 table).
    /// </summary>
    private async Task<ComplianceFlag> IrregularProtectionAsync(ComplianceContext c, int limit, CancellationToken ct)
    {
        var rows = ProtectionRows(c);
        var flagged = new Tally(limit);
        int? previous = null;
        var previousFlagged = false;
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(ct))
        {
            var findings = row.InLine is null ? null : new EvaluationFindings(row.InLine.Value, row.Pure!.Value, row.Common!.Value, row.Damage!.Value, null);
            var irregular = !row.HasEvaluation || !ProtectionRules.Check(row.Outcome, findings, row.Type).IsSuccess;
            // Rows come grouped by proposal (ordered by its id): count each proposal once.
            if (row.Id != previous)
            {
                previous = row.Id;
                previousFlagged = false;
            }

            if (irregular && !previousFlagged)
            {
                previousFlagged = true;
                flagged.AddIf(true, row.Id);
            }
        }

        return await FromTallyAsync(ComplianceFlags.IrregularProtection, flagged, ct);
    }

    internal sealed class ProtectionRow
    {
        public int Id { get; init; }
        public ProtectionType Type { get; init; }
        public EvaluationOutcome? Outcome { get; init; }
        public bool? InLine { get; init; }
        public bool? Pure { get; init; }
        public bool? Common { get; init; }
        public bool? Damage { get; init; }
        public bool HasEvaluation { get; init; }
    }

    /// <summary>The protection decisions signed in the period, with the findings of their proposal, by proposal.</summary>
    internal IQueryable<ProtectionRow> ProtectionRows(ComplianceContext c)
    {
        var (first, last) = (c.Period.FirstDay, c.Period.LastDay);
        // The evaluation decision is joined by its key (every protection decision names one): a correlated EXISTS
        // made PostgreSQL hash every evaluation result of the database to test the period's few hundred.
        return c.Proposals
            .Join(db.ProtectionDecisions.Where(r => r.DecisionSignedOn >= first && r.DecisionSignedOn <= last), p => p.Id, r => r.ProposalId,
                (p, r) => new { p, r })
            .Join(db.ProposalDecisions, x => x.r.EvaluationDecisionId, d => d.Id,
                (x, d) => new ProtectionRow
                {
                    Id = x.p.Id, Type = x.r.Type, Outcome = x.p.Outcome,
                    InLine = (bool?)x.p.Findings!.InLineWithPolicy, Pure = (bool?)x.p.Findings!.PureMotive,
                    Common = (bool?)x.p.Findings!.CommonInterest, Damage = (bool?)x.p.Findings!.DamageCaused,
                    HasEvaluation = d.ProposalId == x.p.Id && d.Kind == DecisionKind.EvaluationResult,
                })
            .OrderByDescending(r => r.Id);
    }
}
