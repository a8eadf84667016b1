using Decree73.Application.Abstractions;
using Decree73.Application.Access;
using Decree73.Application.Common;
using Decree73.Application.Proposals;
using Decree73.Application.Resources;
using Decree73.Domain.Access;
using Decree73.Domain.Violations;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Decree73.Application.Violations;

/// <summary>An Art. 6 violation as the Interior officer types it.</summary>
public sealed class ViolationInput
{
    public int? OfficerId { get; set; }
    public ProhibitedAct? Act { get; set; }
    public DateOnly? OccurredOn { get; set; }
    public string Description { get; set; } = "";
    public string? Handling { get; set; }
    public DateOnly? HandledOn { get; set; }
}

public sealed class ViolationInputValidator : AbstractValidator<ViolationInput>
{
    public const int DescriptionMaxLength = 4000;
    public const int HandlingMaxLength = 2000;

    public ViolationInputValidator(TimeProvider time)
    {
        RuleFor(x => x.OfficerId).NotNull().WithMessage(ValidationMessages.Violation_OfficerRequired);
        RuleFor(x => x.Act).NotNull().IsInEnum().WithMessage(ValidationMessages.Violation_ActRequired);
        RuleFor(x => x.OccurredOn).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(ValidationMessages.Violation_OccurredOnRequired)
            .Must(d => d!.Value <= VietnamTime.Today(time)).WithMessage(ValidationMessages.Violation_DateInFuture);
        RuleFor(x => x.Description).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(ValidationMessages.Violation_DescriptionRequired)
            .MaximumLength(DescriptionMaxLength).WithMessage(ValidationMessages.Violation_DescriptionTooLong);
        RuleFor(x => x.Handling).MaximumLength(HandlingMaxLength).WithMessage(ValidationMessages.Violation_HandlingTooLong);
        // Handled means a measure with its date: one without the other is refused.
        RuleFor(x => x.HandledOn).NotNull().When(x => !string.IsNullOrWhiteSpace(x.Handling)).WithMessage(ValidationMessages.Violation_HandledOnRequired);
        RuleFor(x => x.Handling).NotEmpty().When(x => x.HandledOn is not null).WithMessage(ValidationMessages.Violation_HandlingRequired);
        RuleFor(x => x.HandledOn).Must((x, d) => d is null || x.OccurredOn is null || (d.Value >= x.OccurredOn.Value && d.Value <= VietnamTime.Today(time)))
            .WithMessage(ValidationMessages.Violation_HandledOnRange);
    }
}

public sealed record ViolationView(
    int Id, int ProposalId, string ProposalTitle, int OfficerId, string OfficerName, ProhibitedAct Act, DateOnly OccurredOn,
    string Description, string? Handling, DateOnly? HandledOn, int Version);

/// <summary>
/// Art. 6 violation records are need-to-know, like protection records (docs/decisions/0009): the Interior officers whose
/// scope reaches the proposal's deciding agency, the head of that agency, and the officer concerned. A plain
/// administrator does not see them. Only Interior officers in scope record and update them. Anything the user may not
/// see is "not found".
/// </summary>
public sealed class ViolationService(
    IAppDbContext db, UserAccess access, ProposalAccess proposals, IValidator<ViolationInput> validator, ILogger<ViolationService> logger)
{
    /// <summary>The violation records the signed-in user may see.</summary>
    public async Task<IQueryable<ViolationRecord>> VisibleAsync(CancellationToken ct = default)
    {
        var grants = await access.GrantsAsync(ct);
        var me = await proposals.CurrentOfficerIdAsync(ct);
        var headOf = grants.Where(g => g.Role == AppRole.UnitHead).Select(g => g.UnitId).ToList();
        var scopes = grants.Where(g => g.Role == AppRole.InteriorOfficer).Select(g => g.ScopePath).Distinct().ToList();
        return Visible(db, me, headOf, scopes);
    }

    /// <summary>The records of the officer <paramref name="me"/>, of the agencies they head and of the subtrees they monitor.</summary>
    internal static IQueryable<ViolationRecord> Visible(IAppDbContext db, int? me, IReadOnlyList<int> headOf, IReadOnlyList<string> scopes)
    {
        var reached = db.Units.WithinSubtrees(scopes).Select(u => u.Id);
        return db.ViolationRecords.AsNoTracking().Where(v => v.OfficerId == me || headOf.Contains(v.DecidingUnitId) || reached.Contains(v.DecidingUnitId));
    }

    /// <summary>Whether the user is an Interior officer whose scope reaches <paramref name="decidingUnitId"/>.</summary>
    public async Task<bool> MayRecordAsync(int decidingUnitId, CancellationToken ct = default)
    {
        var path = await db.Units.Where(u => u.Id == decidingUnitId).Select(u => u.Path).FirstOrDefaultAsync(ct);
        return path is not null && await access.HasRoleForUnitAsync(AppRole.InteriorOfficer, path, ct);
    }

    public async Task<IReadOnlyList<ViolationView>> ForProposalAsync(int proposalId, CancellationToken ct = default) =>
        await Project(db, (await VisibleAsync(ct)).Where(v => v.ProposalId == proposalId)).ToListAsync(ct);

    public async Task<ViolationView?> FindAsync(int id, CancellationToken ct = default) =>
        await Project(db, (await VisibleAsync(ct)).Where(v => v.Id == id)).FirstOrDefaultAsync(ct);

    /// <summary>Records a violation against the proposal and an officer of its deciding agency's subtree.</summary>
    public async Task<OperationResult<int>> RecordAsync(int proposalId, ViolationInput input, CancellationToken ct = default)
    {
        var proposal = await db.Proposals.AsNoTracking().Where(p => p.Id == proposalId).Select(p => new { p.Id, p.DecidingUnitId }).FirstOrDefaultAsync(ct);
        if (proposal is null || !await MayRecordAsync(proposal.DecidingUnitId, ct))
        {
            return OperationResult<int>.From(OperationResult.NotFound());
        }

        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return OperationResult<int>.From(validation.ToResult());
        }

        if (!await OfficerInScopeAsync(input.OfficerId!.Value, proposal.DecidingUnitId, ct))
        {
            return OperationResult<int>.From(OperationResult.Invalid(nameof(ViolationInput.OfficerId), ValidationMessages.Violation_OfficerRequired));
        }

        if (await proposals.CurrentOfficerIdAsync(ct) is not { } me)
        {
            return OperationResult<int>.From(OperationResult.Invalid("", ValidationMessages.Appraisal_NoOfficer));
        }

        var record = new ViolationRecord(proposal.Id, proposal.DecidingUnitId, input.OfficerId!.Value, input.Act!.Value, input.OccurredOn!.Value,
            input.Description.Trim(), me);
        Handle(record, input);
        db.ViolationRecords.Add(record);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Art. 6 violation {ViolationId} recorded on proposal {ProposalId} by officer {RecordedBy}", record.Id, proposal.Id, me);
        return OperationResult<int>.Ok(record.Id);
    }

    /// <summary>Updates a record (typically its handling); a stale <paramref name="expectedVersion"/> is a conflict.</summary>
    public async Task<OperationResult> UpdateAsync(int id, ViolationInput input, int expectedVersion, CancellationToken ct = default)
    {
        var record = await db.ViolationRecords.FirstOrDefaultAsync(v => v.Id == id, ct);
        if (record is null || !await MayRecordAsync(record.DecidingUnitId, ct))
        {
            return OperationResult.NotFound();
        }

        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return validation.ToResult();
        }

        if (!await OfficerInScopeAsync(input.OfficerId!.Value, record.DecidingUnitId, ct))
        {
            return OperationResult.Invalid(nameof(ViolationInput.OfficerId), ValidationMessages.Violation_OfficerRequired);
        }

        record.Act = input.Act!.Value;
        record.OccurredOn = input.OccurredOn!.Value;
        record.Description = input.Description.Trim();
        Handle(record, input);
        var saved = await db.SaveVersionedAsync(record, expectedVersion, ct);
        if (saved.Succeeded)
        {
            logger.LogInformation("Art. 6 violation {ViolationId} updated", id);
        }

        return saved;
    }

    private static void Handle(ViolationRecord record, ViolationInput input)
    {
        record.Handling = string.IsNullOrWhiteSpace(input.Handling) ? null : input.Handling.Trim();
        record.HandledOn = input.HandledOn;
    }

    /// <summary>The officer concerned works in the deciding agency's subtree (the acts are those of its officials).</summary>
    private async Task<bool> OfficerInScopeAsync(int officerId, int decidingUnitId, CancellationToken ct)
    {
        var path = await db.Units.Where(u => u.Id == decidingUnitId).Select(u => u.Path).FirstAsync(ct);
        return await OfficerInSubtree(db, officerId, path).AnyAsync(ct);
    }

    internal static IQueryable<Domain.People.Officer> OfficerInSubtree(IAppDbContext db, int officerId, string path) =>
        db.Officers.Where(o => o.Id == officerId && o.Unit!.Path.StartsWith(path));

    internal static IQueryable<ViolationView> Project(IAppDbContext db, IQueryable<ViolationRecord> records) =>
        records.OrderBy(v => v.OccurredOn).ThenBy(v => v.Id).Select(v => new ViolationView(
            v.Id, v.ProposalId, db.Proposals.Where(p => p.Id == v.ProposalId).Select(p => p.Title).First(),
            v.OfficerId, db.Officers.Where(o => o.Id == v.OfficerId).Select(o => o.FullName).First(),
            v.Act, v.OccurredOn, v.Description, v.Handling, v.HandledOn, v.Version));
}
