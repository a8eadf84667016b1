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
        // Each rule carries the message: WithMessage applies to the rule just before it only.
        RuleFor(x => x.Act).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(ValidationMessages.Violation_ActRequired)
            .IsInEnum().WithMessage(ValidationMessages.Violation_ActRequired);
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

public sealed record ViolationSection(IReadOnlyList<ViolationView> Records, bool MayRecord);

public sealed record ViolationView(
    int Id, int ProposalId, string ProposalTitle, int OfficerId, string OfficerName, ProhibitedAct Act, DateOnly OccurredOn,
    string Description, string? Handling, DateOnly? HandledOn, int Version, int DecidingUnitId, string DecidingUnitName, string? ReceiptNumber)
{
    public bool IsHandled => HandledOn is not null && Handling is not null;
}

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

    /// <summary>Whether the user is the head of <paramref name="decidingUnitId"/>: sees every record of it, records none.</summary>
    public async Task<bool> IsDecidingHeadAsync(int decidingUnitId, CancellationToken ct = default) =>
        (await access.GrantsAsync(ct)).Any(g => g.Role == AppRole.UnitHead && g.UnitId == decidingUnitId);

    /// <summary>
    /// The list is for those whose role makes them readers (Interior officers, unit heads) and for an officer concerned
    /// by a record; anyone else gets "not found" (a plain administrator, a proposer, a leadership member).
    /// </summary>
    public async Task<bool> MaySeeListAsync(CancellationToken ct = default) =>
        (await access.GrantsAsync(ct)).Any(g => g.Role is AppRole.InteriorOfficer or AppRole.UnitHead)
        || await (await VisibleAsync(ct)).AnyAsync(ct);

    /// <summary>
    /// The proposal page's violations section (the records this person may see, and whether they may record one), or null
    /// when they may not know it exists: only those who record, the deciding head and an officer concerned see it.
    /// </summary>
    public async Task<ViolationSection?> ProposalSectionAsync(int proposalId, int decidingUnitId, CancellationToken ct = default)
    {
        var mayRecord = await MayRecordAsync(decidingUnitId, ct);
        var records = await ForProposalAsync(proposalId, ct);
        return mayRecord || records.Count > 0 || await IsDecidingHeadAsync(decidingUnitId, ct) ? new ViolationSection(records, mayRecord) : null;
    }

    /// <summary>The records this person may see, newest first, filtered by unit subtree, year (and quarter) of the act, and act.</summary>
    public async Task<KeysetPage<ViolationListItem>> ListAsync(ViolationFilter filter, CancellationToken ct = default)
    {
        var query = await VisibleAsync(ct);
        if (filter.UnitId is { } unitId)
        {
            // An unknown unit lists nothing (never a NUL-character prefix, which PostgreSQL refuses as text).
            if (await db.Units.Where(u => u.Id == unitId).Select(u => u.Path).FirstOrDefaultAsync(ct) is { } path)
            {
                var units = db.Units.Where(u => u.Path.StartsWith(path)).Select(u => u.Id);
                query = query.Where(v => units.Contains(v.DecidingUnitId));
            }
            else
            {
                query = query.Where(_ => false);
            }
        }

        if (filter.Year is { } year and >= 2000 and <= 2100)
        {
            var from = new DateOnly(year, filter.Quarter is { } q and >= 1 and <= 4 ? ((q - 1) * 3) + 1 : 1, 1);
            var to = filter.Quarter is >= 1 and <= 4 ? from.AddMonths(3) : from.AddYears(1);
            query = query.Where(v => v.OccurredOn >= from && v.OccurredOn < to);
        }

        if (filter.Act is { } act && Enum.IsDefined(act))
        {
            query = query.Where(v => v.Act == act);
        }

        if (KeysetCursor.TryDecode(filter.After, out _, out var afterId))
        {
            query = query.Where(v => v.Id < afterId);
        }

        var size = Math.Clamp(filter.PageSize, 1, 200);
        var rows = await query.OrderByDescending(v => v.Id).Take(size + 1)
            .Select(v => new ViolationListItem(
                v.Id, v.ProposalId,
                db.Proposals.Where(p => p.Id == v.ProposalId).Select(p => p.Title).First(),
                db.Units.Where(u => u.Id == v.DecidingUnitId).Select(u => u.Name).First(),
                db.Officers.Where(o => o.Id == v.OfficerId).Select(o => o.FullName).First(),
                v.Act, v.OccurredOn, v.HandledOn))
            .ToListAsync(ct);
        var next = rows.Count > size ? KeysetCursor.Encode("", rows[size - 1].Id) : null;
        return new KeysetPage<ViolationListItem>(rows.Take(size).ToList(), next);
    }

    /// <summary>The units for the list's filter: the deciding agencies of the visible records, and the unit asked for.</summary>
    public async Task<IReadOnlyList<ReferenceOption>> FilterUnitsAsync(int? selected, CancellationToken ct = default)
    {
        var unitIds = (await VisibleAsync(ct)).Select(v => v.DecidingUnitId).Distinct();
        return await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id) || u.Id == selected).OrderBy(u => u.Name)
            .Select(u => new ReferenceOption(u.Id, u.Name)).ToListAsync(ct);
    }

    /// <summary>
    /// The violations whose deciding agency is in the subtree of <paramref name="unitPath"/> and whose act falls in the
    /// period, and how many of them are handled. A count only (no name): the compliance review, whose scope the caller
    /// has already checked, shows it to every reviewer.
    /// </summary>
    public async Task<ViolationCount> CountAsync(string unitPath, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var units = db.Units.Where(u => u.Path.StartsWith(unitPath)).Select(u => u.Id);
        var records = db.ViolationRecords.AsNoTracking().Where(v => units.Contains(v.DecidingUnitId) && v.OccurredOn >= from && v.OccurredOn <= to);
        return new ViolationCount(await records.CountAsync(ct), await records.CountAsync(v => v.HandledOn != null && v.Handling != null, ct));
    }

    /// <summary>
    /// The create form of a proposal: NotFound unless the proposal exists and the user may see its violations, Forbidden
    /// for the deciding head (who sees them but does not record them), the form for an Interior officer in scope.
    /// </summary>
    public async Task<OperationResult<ViolationFormContext>> NewFormAsync(int proposalId, CancellationToken ct = default)
    {
        var proposal = await db.Proposals.AsNoTracking().Where(p => p.Id == proposalId)
            .Select(p => new { p.Id, p.Title, p.ReceiptNumber, p.DecidingUnitId }).FirstOrDefaultAsync(ct);
        if (proposal is null)
        {
            return OperationResult<ViolationFormContext>.From(OperationResult.NotFound());
        }

        if (!await MayRecordAsync(proposal.DecidingUnitId, ct))
        {
            return OperationResult<ViolationFormContext>.From(
                await IsDecidingHeadAsync(proposal.DecidingUnitId, ct) ? OperationResult.Forbidden() : OperationResult.NotFound());
        }

        return OperationResult<ViolationFormContext>.Ok(await ContextAsync(proposal.Id, proposal.Title, proposal.ReceiptNumber, proposal.DecidingUnitId, ct));
    }

    /// <summary>The edit form of a record: NotFound unless visible, Forbidden unless the user records violations for it.</summary>
    public async Task<OperationResult<(ViolationFormContext Context, ViolationInput Input, int Version)>> EditFormAsync(int id, CancellationToken ct = default)
    {
        var record = await (await VisibleAsync(ct)).FirstOrDefaultAsync(v => v.Id == id, ct);
        if (record is null)
        {
            return OperationResult<(ViolationFormContext, ViolationInput, int)>.From(OperationResult.NotFound());
        }

        if (!await MayRecordAsync(record.DecidingUnitId, ct))
        {
            return OperationResult<(ViolationFormContext, ViolationInput, int)>.From(OperationResult.Forbidden());
        }

        var proposal = await db.Proposals.AsNoTracking().Where(p => p.Id == record.ProposalId).Select(p => new { p.Title, p.ReceiptNumber }).FirstAsync(ct);
        var context = await ContextAsync(record.ProposalId, proposal.Title, proposal.ReceiptNumber, record.DecidingUnitId, ct);
        var input = new ViolationInput
        {
            OfficerId = record.OfficerId, Act = record.Act, OccurredOn = record.OccurredOn, Description = record.Description,
            Handling = record.Handling, HandledOn = record.HandledOn,
        };
        return OperationResult<(ViolationFormContext, ViolationInput, int)>.Ok((context, input, record.Version));
    }

    /// <summary>The most officers the form offers; a deciding agency's subtree holds far fewer in practice.</summary>
    public const int OfficerOptionLimit = 1000;

    private async Task<ViolationFormContext> ContextAsync(int proposalId, string title, string? receipt, int decidingUnitId, CancellationToken ct)
    {
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == decidingUnitId).Select(u => new { u.Name, u.Path }).FirstAsync(ct);
        var officers = await db.Officers.AsNoTracking().Where(o => o.Unit!.Path.StartsWith(unit.Path))
            .OrderBy(o => o.Unit!.Path.Length).ThenBy(o => o.Unit!.Name).ThenBy(o => o.SortName).Take(OfficerOptionLimit)
            .Select(o => new ViolationOfficerOption(o.Id, o.FullName, o.Unit!.Name)).ToListAsync(ct);
        return new ViolationFormContext(proposalId, title, receipt, unit.Name, officers);
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
            v.Act, v.OccurredOn, v.Description, v.Handling, v.HandledOn, v.Version, v.DecidingUnitId,
            db.Units.Where(u => u.Id == v.DecidingUnitId).Select(u => u.Name).First(),
            db.Proposals.Where(p => p.Id == v.ProposalId).Select(p => p.ReceiptNumber).First()));
}
