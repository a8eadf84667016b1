using Decree73.Domain.Encouragement;
using Decree73.Domain.People;
using Decree73.Domain.Proposals;
using Decree73.Domain.Protection;

namespace Decree73.Application.Protection;

/// <summary>A person behind an evaluated proposal (Art. 10, Art. 11): its proposer, an implementer, a head who approved it.</summary>
public sealed record ConcernedOfficer(int OfficerId, string FullName, CivilServiceCategory Category, IReadOnlyList<BeneficiaryRole> Roles);

/// <summary>
/// One row of the protection section: the officer, the computed legal basis for the default act date, the record if
/// any; <see cref="IsSelf"/> when the row is the viewer's own (not theirs to decide).
/// </summary>
public sealed record ProtectionCandidate(
    ConcernedOfficer Officer, DisciplineDecree Decree, string LegalBasis, int? RecordId, ProtectionType? RecordType, bool IsSelf);

/// <summary>
/// What the protection page of an evaluated proposal shows to someone allowed to see it. <see cref="Candidates"/>
/// holds only the rows this person may see (all of them for the decider and the Interior office, their own otherwise).
/// </summary>
public sealed record ProtectionPanel(
    int ProposalId, string ProposalTitle, EvaluationOutcome Outcome, EvaluationFindings Findings,
    IReadOnlyList<ProtectionType> AllowedTypes, ProtectionType? SuggestedType, DateOnly DefaultActOn, bool MayDecide,
    IReadOnlyList<ProtectionCandidate> Candidates, ConditionFindings? Conditions = null);

/// <summary>What the create and edit forms need: the officer, the allowed types and the computed legal basis.</summary>
public sealed record ProtectionFormContext(
    int ProposalId, string ProposalTitle, ConcernedOfficer Officer, EvaluationOutcome Outcome, EvaluationFindings Findings,
    IReadOnlyList<ProtectionType> AllowedTypes, ProtectionType? SuggestedType, DateOnly DefaultActOn,
    DisciplineDecree Decree, string LegalBasis, bool DamageDescriptionRequired, ConditionFindings? Conditions = null);

/// <summary>The form's fields. Ids (proposal, officer, record) come from the route, never from here.</summary>
public sealed class ProtectionInput
{
    public ProtectionType? Type { get; set; }
    public DateOnly? ActOn { get; set; }
    public string? DamageDescription { get; set; }
    public decimal? DamageAmountVnd { get; set; }
    public string? DecisionNumber { get; set; }
    public DateOnly? DecisionSignedOn { get; set; }
    public string? DecisionSigner { get; set; }
    public string? DisciplineCaseReference { get; set; }
    public string? Notes { get; set; }
}

/// <summary>A signed decision file as received.</summary>
public sealed record SignedFileUpload(string? FileName, long Length, Stream Content);

/// <summary>A protection record as its details page shows it.</summary>
public sealed record ProtectionDetails(
    int Id, int Version, int ProposalId, string ProposalTitle, string? ReceiptNumber, int OfficerId, string OfficerName,
    CivilServiceCategory OfficerCategory, string DecidingUnitName, ProtectionType Type, EvaluationOutcome? Outcome,
    string? EvaluationNumber, DateOnly? EvaluationSignedOn, string? DamageDescription, decimal? DamageAmountVnd, DateOnly ActOn,
    string DisciplineDecreeNumber, string LegalBasis, string DecisionNumber, DateOnly DecisionSignedOn, string DecisionSigner,
    string DecidedBy, string? DisciplineCaseReference, string? Notes, string? SignedFileName, long? SignedFileLength, bool MayEdit);

public sealed record ProtectionListItem(
    int Id, string OfficerName, int ProposalId, string ProposalTitle, string DecidingUnitName, ProtectionType Type,
    string DecisionNumber, DateOnly DecisionSignedOn);

public sealed record ProtectionFilter(int? UnitId = null, int? Year = null, string? After = null, int PageSize = 50);
