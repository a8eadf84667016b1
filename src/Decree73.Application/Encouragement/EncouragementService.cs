using Decree73.Application.Abstractions;
using Decree73.Application.Access;
using Decree73.Application.Common;
using Decree73.Application.Proposals;
using Decree73.Application.Protection;
using Decree73.Domain.Access;
using Decree73.Domain.Encouragement;
using Decree73.Domain.Proposals;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Decree73.Application.Encouragement;

/// <summary>
/// Encouragement measures (Art. 10, domain.md §6) granted to the proposer, the implementers and the approving heads of
/// an evaluated proposal. Unlike protection they are not need-to-know: whoever may read the proposal sees them. The
/// head of the deciding agency or an Interior officer whose scope reaches it records them.
/// </summary>
public sealed class EncouragementService(
    IAppDbContext db,
    ProposalAccess proposals,
    UserAccess userAccess,
    ConcernedOfficers concerned,
    IValidator<EncouragementInput> validator,
    TimeProvider time,
    ILogger<EncouragementService> logger)
{
    /// <summary>The encouragement page of an evaluated proposal, or null when it may not be read or is not evaluated.</summary>
    public async Task<EncouragementPanel?> PanelAsync(int proposalId, CancellationToken ct = default)
    {
        if (await ReadableEvaluatedAsync(proposalId, ct) is not { } proposal)
        {
            return null;
        }

        var granted = await Granted(db, proposalId).ToListAsync(ct);
        // Art. 10 encourages what met the Art. 5(1) conditions: nothing is suggested while they were never found met.
        var suggested = ProposalConditions.Met(proposal.Conditions) ? EncouragementRules.Suggested(proposal.Outcome) : [];
        var me = await proposals.CurrentOfficerIdAsync(ct);
        var candidates = (await concerned.ListAsync(proposal, ct))
            .Select(o => new EncouragementCandidate(
                o, suggested.Where(m => !granted.Any(g => g.OfficerId == o.OfficerId && g.Measure == m)).ToList(), o.OfficerId == me))
            .ToList();
        return new EncouragementPanel(proposal.Id, proposal.Title, proposal.Outcome!.Value, await MayRecordAsync(proposal, ct), candidates, granted, proposal.Conditions);
    }

    /// <summary>The grant form for one officer concerned: NotFound unless readable, evaluated and concerned; Forbidden unless a recorder.</summary>
    public async Task<OperationResult<EncouragementFormContext>> FormAsync(int proposalId, int officerId, CancellationToken ct = default)
    {
        var (proposal, officer, failure) = await RecorderContextAsync(proposalId, officerId, ct);
        if (failure is not null)
        {
            return OperationResult<EncouragementFormContext>.From(failure);
        }

        return OperationResult<EncouragementFormContext>.Ok(new EncouragementFormContext(
            proposal!.Id, proposal.Title, proposal.Outcome!.Value, officer!,
            ProposalConditions.Met(proposal.Conditions) ? EncouragementRules.Suggested(proposal.Outcome) : [], proposal.Conditions));
    }

    /// <summary>Grants one measure; refuses what Art. 10 ties to a completed evaluation, a role the officer does not hold, and duplicates.</summary>
    public async Task<OperationResult<int>> GrantAsync(int proposalId, int officerId, EncouragementInput input, CancellationToken ct = default)
    {
        var (proposal, officer, failure) = await RecorderContextAsync(proposalId, officerId, ct);
        if (failure is not null)
        {
            return OperationResult<int>.From(failure);
        }

        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return OperationResult<int>.From(validation.ToResult());
        }

        var dates = DecisionDates.Check(
            null, input.DecisionSignedOn!.Value, ConcernedOfficers.EvaluationDecision(proposal!)?.SignedOn, VietnamTime.Today(time));
        if (dates.Count > 0)
        {
            return OperationResult<int>.From(OperationResult.Invalid(dates));
        }

        if (!officer!.Roles.Contains(input.Role!.Value))
        {
            return OperationResult<int>.From(OperationResult.Invalid("Role", Resources.ValidationMessages.Encouragement_RoleNotHeld));
        }

        var document = new DecisionDocument(input.DecisionNumber!.Trim(), input.DecisionSignedOn!.Value, input.DecisionSigner!.Trim());
        var recorder = (await proposals.CurrentOfficerIdAsync(ct))!.Value;
        var (record, error) = EncouragementRecord.Create(
            proposal!, officerId, input.Role.Value, input.Measure!.Value, input.EarlyRaiseMonths, document, proposal!.DecidingUnitId, recorder, input.Notes);
        if (error is not null)
        {
            return OperationResult<int>.From(error.ToResult());
        }

        if (await IsDuplicateAsync(proposalId, officerId, input.Measure.Value, ct))
        {
            return OperationResult<int>.From(EncouragementErrors.Duplicate.ToResult());
        }

        db.EncouragementRecords.Add(record!);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Recorded at the same moment by someone else: the unique (proposal, officer, measure) index let one in.
            db.Entry(record!).State = EntityState.Detached;
            if (await IsDuplicateAsync(proposalId, officerId, input.Measure.Value, ct))
            {
                return OperationResult<int>.From(EncouragementErrors.Duplicate.ToResult());
            }

            throw;
        }

        logger.LogInformation(
            "Encouragement {EncouragementId} ({Measure}) granted on proposal {ProposalId}, recorded by officer {RecorderId}",
            record!.Id, record.Measure, proposalId, recorder);
        return OperationResult<int>.Ok(record.Id);
    }

    /// <summary>The head of the deciding agency, or an Interior officer whose scope reaches it.</summary>
    public async Task<bool> MayRecordAsync(Proposal proposal, CancellationToken ct = default)
    {
        if (await proposals.CurrentOfficerIdAsync(ct) is null)
        {
            return false;
        }

        var grants = await userAccess.GrantsAsync(ct);
        if (grants.Any(g => g.Role == AppRole.UnitHead && g.UnitId == proposal.DecidingUnitId))
        {
            return true;
        }

        var path = await db.Units.Where(u => u.Id == proposal.DecidingUnitId).Select(u => u.Path).FirstAsync(ct);
        return grants.Any(g => g.Role == AppRole.InteriorOfficer && g.Reaches(path));
    }

    private async Task<Proposal?> ReadableEvaluatedAsync(int proposalId, CancellationToken ct) =>
        await concerned.EvaluatedAsync(proposalId, ct) is { } proposal && await proposals.CanReadAsync(proposal, ct) ? proposal : null;

    private async Task<(Proposal? Proposal, ConcernedOfficer? Officer, OperationResult? Failure)> RecorderContextAsync(
        int proposalId, int officerId, CancellationToken ct)
    {
        var proposal = await db.Proposals.AsNoTracking().Include(p => p.Decisions).FirstOrDefaultAsync(p => p.Id == proposalId, ct);
        if (proposal is null || !await proposals.CanReadAsync(proposal, ct))
        {
            return (null, null, OperationResult.NotFound());
        }

        if (!await MayRecordAsync(proposal, ct))
        {
            return (null, null, OperationResult.Forbidden());
        }

        if (proposal.Outcome is null)
        {
            return (null, null, EncouragementErrors.NotEvaluated.ToResult());
        }

        var officer = (await concerned.ListAsync(proposal, ct)).FirstOrDefault(o => o.OfficerId == officerId);
        if (officer is null)
        {
            return (null, null, OperationResult.NotFound());
        }

        // Conflict of interest: nobody grants a measure to themselves; by analogy with Art. 7(4) the superior agency does.
        if (await proposals.CurrentOfficerIdAsync(ct) == officerId)
        {
            return (null, null, OperationResult.Invalid("OfficerId", Resources.ValidationMessages.Encouragement_OwnCase));
        }

        return (proposal, officer, null);
    }

    private Task<bool> IsDuplicateAsync(int proposalId, int officerId, EncouragementMeasure measure, CancellationToken ct) =>
        Same(db, proposalId, officerId, measure).AnyAsync(ct);

    internal static IQueryable<EncouragementRecord> Same(IAppDbContext db, int proposalId, int officerId, EncouragementMeasure measure) =>
        db.EncouragementRecords.Where(e => e.ProposalId == proposalId && e.OfficerId == officerId && e.Measure == measure);

    /// <summary>The measures granted for a proposal, in the order they were recorded.</summary>
    internal static IQueryable<EncouragementItem> Granted(IAppDbContext db, int proposalId) =>
        db.EncouragementRecords.AsNoTracking().Where(e => e.ProposalId == proposalId).OrderBy(e => e.Id)
            .Select(e => new EncouragementItem(
                e.Id, e.OfficerId, db.Officers.Where(o => o.Id == e.OfficerId).Select(o => o.FullName).First(), e.Role, e.Measure,
                e.EarlyRaiseMonths, e.DecisionNumber, e.DecisionSignedOn, e.DecisionSigner, e.Notes));
}
