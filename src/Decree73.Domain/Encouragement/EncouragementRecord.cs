using Decree73.Domain.Common;
using Decree73.Domain.Proposals;

namespace Decree73.Domain.Encouragement;

/// <summary>One encouragement measure granted to one officer for one evaluated proposal, with its decision.</summary>
public sealed class EncouragementRecord : Entity
{
    private EncouragementRecord() { }

    private EncouragementRecord(int officerId, int proposalId, BeneficiaryRole role, EncouragementMeasure measure)
    {
        OfficerId = officerId;
        ProposalId = proposalId;
        Role = role;
        Measure = measure;
    }

    public int OfficerId { get; private set; }
    public int ProposalId { get; private set; }
    public BeneficiaryRole Role { get; private set; }
    public EncouragementMeasure Measure { get; private set; }

    /// <summary>How many months early the salary step is raised (1–12); only for <see cref="EncouragementMeasure.EarlySalaryRaise"/>.</summary>
    public int? EarlyRaiseMonths { get; private set; }

    /// <summary>The decision granting it (for a commendation, the emulation and commendation decision).</summary>
    public string DecisionNumber { get; set; } = "";
    public DateOnly DecisionSignedOn { get; set; }
    public string DecisionSigner { get; set; } = "";

    /// <summary>The unit whose head or Interior office recorded it.</summary>
    public int GrantingUnitId { get; private set; }
    public int RecordedByOfficerId { get; private set; }
    public string? Notes { get; set; }

    public static (EncouragementRecord? Record, DomainError? Error) Create(
        Proposal proposal, int officerId, BeneficiaryRole role, EncouragementMeasure measure, int? earlyRaiseMonths,
        DecisionDocument document, int grantingUnitId, int recordedByOfficerId, string? notes)
    {
        var check = EncouragementRules.CheckFor(proposal, measure, earlyRaiseMonths);
        if (!check.IsSuccess)
        {
            return (null, check.Error);
        }

        if (!document.IsComplete)
        {
            return (null, ProposalErrors.DecisionRequired);
        }

        return (new EncouragementRecord(officerId, proposal.Id, role, measure)
        {
            EarlyRaiseMonths = measure == EncouragementMeasure.EarlySalaryRaise ? earlyRaiseMonths : null,
            DecisionNumber = document.Number.Trim(),
            DecisionSignedOn = document.SignedOn,
            DecisionSigner = document.Signer.Trim(),
            GrantingUnitId = grantingUnitId,
            RecordedByOfficerId = recordedByOfficerId,
            Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim(),
        }, null);
    }
}
