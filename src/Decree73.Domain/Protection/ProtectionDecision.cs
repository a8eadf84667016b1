using Decree73.Domain.Common;
using Decree73.Domain.People;
using Decree73.Domain.Proposals;

namespace Decree73.Domain.Protection;

/// <summary>
/// A protection decision for one officer on one evaluated proposal (Art. 5(2), Art. 11). Need-to-know: only the
/// deciding head, Interior officers in scope, administrators and the officer concerned may see it. It is not part of
/// the proposal's audit chain on purpose: that history is shown to everyone who may read the proposal.
/// </summary>
public sealed class ProtectionDecision : Entity
{
    private ProtectionDecision() { }

    private ProtectionDecision(int officerId, int proposalId, int evaluationDecisionId, int decidingUnitId, ProtectionType type)
    {
        OfficerId = officerId;
        ProposalId = proposalId;
        EvaluationDecisionId = evaluationDecisionId;
        DecidingUnitId = decidingUnitId;
        Type = type;
    }

    public int OfficerId { get; private set; }
    public int ProposalId { get; private set; }

    /// <summary>The evaluation-result decision (<see cref="DecisionKind.EvaluationResult"/>) this record rests on.</summary>
    public int EvaluationDecisionId { get; private set; }

    /// <summary>The agency that authorised the proposal, which decides on protection.</summary>
    public int DecidingUnitId { get; private set; }

    public ProtectionType Type { get; private set; }
    public string? DamageDescription { get; set; }
    public decimal? DamageAmountVnd { get; set; }

    /// <summary>The date of the act; with the officer's category it decides the discipline decree.</summary>
    public DateOnly ActOn { get; private set; }

    /// <summary>The category the officer had when the record was made (the officer's may change later).</summary>
    public CivilServiceCategory OfficerCategory { get; private set; }

    /// <summary>Computed from the category and <see cref="ActOn"/> (see <see cref="DisciplineDecree"/>).</summary>
    public string DisciplineDecreeNumber { get; private set; } = "";
    public string LegalBasis { get; private set; } = "";

    public string DecisionNumber { get; set; } = "";
    public DateOnly DecisionSignedOn { get; set; }
    public string DecisionSigner { get; set; } = "";
    public int DecidedByOfficerId { get; private set; }

    public string? DisciplineCaseReference { get; set; }
    public string? Notes { get; set; }

    // The signed decision file, kept outside the proposal's attachments so that it stays need-to-know.
    public string? SignedFileName { get; private set; }
    public string? SignedFileStoredName { get; private set; }
    public string? SignedFileContentType { get; private set; }
    public long? SignedFileLength { get; private set; }
    public string? SignedFileSha256 { get; private set; }

    /// <summary>
    /// Records protection for <paramref name="officer"/> after checking the type against the evaluation (domain.md §7
    /// table); returns the typed error otherwise.
    /// </summary>
    public static (ProtectionDecision? Decision, DomainError? Error) Create(
        Proposal proposal, int evaluationDecisionId, Officer officer, ProtectionType type, DateOnly actOn,
        int decidedByOfficerId, DecisionDocument document, string? damageDescription, decimal? damageAmountVnd)
    {
        var check = ProtectionRules.CheckFor(proposal, type);
        if (!check.IsSuccess)
        {
            return (null, check.Error);
        }

        if (type != ProtectionType.NotHeldLiable && proposal.Findings!.DamageCaused && string.IsNullOrWhiteSpace(damageDescription))
        {
            return (null, ProtectionErrors.DamageDescriptionRequired);
        }

        if (!document.IsComplete)
        {
            return (null, ProposalErrors.DecisionRequired);
        }

        var decision = new ProtectionDecision(officer.Id, proposal.Id, evaluationDecisionId, proposal.DecidingUnitId, type)
        {
            DamageDescription = string.IsNullOrWhiteSpace(damageDescription) ? null : damageDescription.Trim(),
            DamageAmountVnd = damageAmountVnd,
            DecisionNumber = document.Number.Trim(),
            DecisionSignedOn = document.SignedOn,
            DecisionSigner = document.Signer.Trim(),
            DecidedByOfficerId = decidedByOfficerId,
        };
        decision.SetAct(officer.Category, actOn);
        return (decision, null);
    }

    /// <summary>Changes the type within what the evaluation allows.</summary>
    public Result ChangeType(Proposal proposal, ProtectionType type)
    {
        var check = ProtectionRules.CheckFor(proposal, type);
        if (check.IsSuccess)
        {
            Type = type;
        }

        return check;
    }

    public void SetAct(CivilServiceCategory category, DateOnly actOn)
    {
        OfficerCategory = category;
        ActOn = actOn;
        DisciplineDecreeNumber = DisciplineDecree.For(category, actOn).Number;
        LegalBasis = DisciplineDecree.LegalBasis(category, actOn);
    }

    public void AttachSignedFile(string fileName, string storedName, string contentType, long length, string sha256)
    {
        SignedFileName = fileName;
        SignedFileStoredName = storedName;
        SignedFileContentType = contentType;
        SignedFileLength = length;
        SignedFileSha256 = sha256;
    }
}
