namespace Decree73.Application.Compliance;

/// <summary>The red flags of the compliance review (issue 5; definitions in docs/compliance.md). Keys appear in URLs.</summary>
public static class ComplianceFlags
{
    public const string VoteWithoutPartyOpinion = "vote-without-party-opinion";
    public const string LateDecision = "late-decision";
    public const string HeadOverride = "head-override";
    public const string ApprovedByOtherAgency = "approved-by-other-agency";
    public const string LateCompletionReport = "late-completion-report";
    public const string LateEvaluation = "late-evaluation";
    public const string IrregularProtection = "irregular-protection";
    public const string EncouragementNotCompleted = "encouragement-not-completed";
    public const string UnitsWithoutProposals = "units-without-proposals";
    public const string LateResultNotice = "late-result-notice";

    public static IReadOnlyList<string> All { get; } =
    [
        VoteWithoutPartyOpinion, LateDecision, HeadOverride, ApprovedByOtherAgency, LateCompletionReport, LateEvaluation,
        IrregularProtection, EncouragementNotCompleted, UnitsWithoutProposals, LateResultNotice,
    ];
}
