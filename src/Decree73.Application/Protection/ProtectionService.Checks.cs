using Decree73.Application.Abstractions;
using Decree73.Application.Access;
using Decree73.Application.Attachments;
using Decree73.Application.Common;
using Decree73.Application.Proposals;
using Decree73.Application.Resources;
using Decree73.Domain.Access;
using Decree73.Domain.Proposals;
using Decree73.Domain.Protection;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Decree73.Application.Protection;

/// <summary>The checks a protection decision passes before it is saved, and the form context.</summary>
public sealed partial class ProtectionService
{
    /// <summary>
    /// The proposal if this person is its deciding head; NotFound when they may not see its protection at all
    /// (need-to-know), Forbidden when they may see but not decide (an Interior officer, an administrator).
    /// </summary>
    private async Task<(Proposal? Proposal, OperationResult? Failure)> DeciderProposalAsync(int proposalId, CancellationToken ct, bool requireEvaluated = true)
    {
        var proposal = requireEvaluated
            ? await concerned.EvaluatedAsync(proposalId, ct)
            : await db.Proposals.AsNoTracking().Include(p => p.Decisions).FirstOrDefaultAsync(p => p.Id == proposalId, ct);
        if (proposal is null || !await access.MayDecideOrMonitorAsync(proposal.DecidingUnitId, ct))
        {
            return (null, OperationResult.NotFound());
        }

        if (!await access.MayDecideAsync(proposal.DecidingUnitId, ct))
        {
            return (null, OperationResult.Forbidden());
        }

        // A head's account not linked to an officer record cannot be named as the decider.
        if (await proposals.CurrentOfficerIdAsync(ct) is null)
        {
            return (null, OperationResult.Invalid("", ValidationMessages.Protection_NoOfficer));
        }

        // The record rests on the evaluation-result decision; without one (a broken import) nothing can be recorded.
        if (requireEvaluated && ConcernedOfficers.EvaluationDecision(proposal) is null)
        {
            return (null, OperationResult.Invalid("", ValidationMessages.Protection_NoEvaluationDecision));
        }

        return (proposal, null);
    }

    /// <summary>
    /// Conflict of interest: a head does not decide on their own protection; by analogy with Art. 7(4) the superior
    /// employing agency does, outside this agency's records.
    /// </summary>
    private async Task<OperationResult?> OwnCaseAsync(int officerId, CancellationToken ct) =>
        await proposals.CurrentOfficerIdAsync(ct) == officerId ? OperationResult.Invalid("OfficerId", ValidationMessages.Protection_OwnCase) : null;

    private async Task<OperationResult?> CheckAsync(ProtectionInput input, Proposal proposal, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return validation.ToResult();
        }

        // A type posted by hand that the evaluation does not allow is refused before anything else is looked at.
        var allowed = ProtectionRules.CheckFor(proposal, input.Type!.Value);
        if (!allowed.IsSuccess)
        {
            return Message(allowed.Error!, proposal);
        }

        var dates = DecisionDates.Check(
            input.ActOn, input.DecisionSignedOn!.Value, ConcernedOfficers.EvaluationDecision(proposal)?.SignedOn, VietnamTime.Today(time));
        return dates.Count == 0 ? null : OperationResult.Invalid(dates);
    }

    /// <summary>"Không thuộc trường hợp được bảo vệ theo Nghị định 73: ...", naming the findings that were not met.</summary>
    public static string FindingsNotMetReason(EvaluationFindings findings)
    {
        var reasons = new List<string>();
        if (!findings.InLineWithPolicy)
        {
            reasons.Add(ValidationMessages.Protection_Finding_NotInLineWithPolicy);
        }

        if (!findings.PureMotive)
        {
            reasons.Add(ValidationMessages.Protection_Finding_NotPureMotive);
        }

        if (!findings.CommonInterest)
        {
            reasons.Add(ValidationMessages.Protection_Finding_NotCommonInterest);
        }

        return string.Format(ValidationMessages.Culture, ValidationMessages.Protection_FindingsNotMetBecause, string.Join("; ", reasons));
    }

    /// <summary>The Vietnamese message of a refusal; "findings not met" names the findings that were not.</summary>
    private static OperationResult Message(Domain.Common.DomainError error, Proposal proposal) =>
        error == ProtectionErrors.FindingsNotMet && proposal.Findings is { } findings
            ? OperationResult.Invalid(error.Field ?? "", FindingsNotMetReason(findings))
            : error.ToResult();

    private ProtectionFormContext Context(Proposal proposal, ConcernedOfficer officer, DateOnly actOn)
    {
        var outcome = proposal.Outcome!.Value;
        var findings = proposal.Findings!;
        var conditionsMet = ProposalConditions.Met(proposal.Conditions);
        return new ProtectionFormContext(
            proposal.Id, proposal.Title, officer, outcome, findings,
            conditionsMet ? ProtectionRules.AllowedTypes(outcome, findings) : [], conditionsMet ? ProtectionRules.Suggested(outcome, findings) : null,
            actOn, DisciplineDecree.For(officer.Category, actOn), DisciplineDecree.LegalBasis(officer.Category, actOn), findings.DamageCaused,
            proposal.Conditions);
    }

    private async Task<ConcernedOfficer> OfficerAsync(int officerId, CancellationToken ct) =>
        await db.Officers.AsNoTracking().Where(o => o.Id == officerId)
            .Select(o => new ConcernedOfficer(o.Id, o.FullName, o.Category, new List<Domain.Encouragement.BeneficiaryRole>())).FirstAsync(ct);

    private static DecisionDocument Document(ProtectionInput input) =>
        new(input.DecisionNumber?.Trim() ?? "", input.DecisionSignedOn ?? default, input.DecisionSigner?.Trim() ?? "");

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static OperationResult<int> Invalid(OperationResult failure) => OperationResult<int>.From(failure);
}
