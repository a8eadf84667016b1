using Decree73.Domain.Encouragement;
using Decree73.Domain.People;
using Decree73.Domain.Proposals;
using Decree73.Domain.Protection;
using Decree73.Infrastructure.Persistence;

namespace Decree73.Benchmarks;

/// <summary>Protection and encouragement records for part of the evaluated proposals of a batch, as the review reads them.</summary>
internal static class Records
{
    public static async Task AddAsync(AppDbContext db, IReadOnlyList<Proposal> evaluated, List<List<Officer>> officersByCommune, Random random)
    {
        foreach (var p in evaluated)
        {
            var head = officersByCommune.First(l => l.Any(o => o.Id == p.ProposerId))[0];
            var proposer = officersByCommune.SelectMany(l => l).First(o => o.Id == p.ProposerId);
            var evaluation = p.Decisions.Single(d => d.Kind == DecisionKind.EvaluationResult);
            var document = new DecisionDocument("9/QĐ-UBND", evaluation.SignedOn ?? new DateOnly(2026, 1, 5), "Chủ tịch");
            if (random.Next(3) == 0 && ProtectionRules.Suggested(p.Outcome!.Value, p.Findings!) is { } type)
            {
                var (protection, _) = ProtectionDecision.Create(p, evaluation.Id, proposer, type, document.SignedOn, head.Id, document, "Thiệt hại nhỏ", null);
                if (protection is not null)
                {
                    db.ProtectionDecisions.Add(protection);
                }
            }

            if (random.Next(2) == 0)
            {
                var measure = p.Outcome == EvaluationOutcome.Completed ? EncouragementMeasure.Commendation : EncouragementMeasure.PlanningAndAppointmentPriority;
                var (record, _) = EncouragementRecord.Create(p, proposer.Id, BeneficiaryRole.Proposer, measure, null, document, p.DecidingUnitId, head.Id, null);
                if (record is not null)
                {
                    db.EncouragementRecords.Add(record);
                }
            }
        }

        await db.SaveChangesAsync();
    }
}
