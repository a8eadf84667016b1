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

/// <summary>
/// Protection decisions (Art. 5(2), Art. 11, domain.md §7). Every read goes through <see cref="ProtectionAccess"/>: a
/// record the person may not see is "not found", whatever else they may read. Only the head of the deciding agency
/// records or edits, and only a type the evaluation allows.
/// </summary>
public sealed class ProtectionService(
    IAppDbContext db,
    ProtectionAccess access,
    ProposalAccess proposals,
    ConcernedOfficers concerned,
    FileIntake intake,
    IValidator<ProtectionInput> validator,
    TimeProvider time,
    ILogger<ProtectionService> logger)
{
    public const string FileField = "SignedFile";

    /// <summary>The signed decision: a scan or the document itself (no spreadsheets).</summary>
    public static readonly IReadOnlyList<FileFormat> SignedFileFormats = [FileFormats.Pdf, FileFormats.Docx, FileFormats.Jpeg, FileFormats.Png];

    public static string SignedFileAccept => string.Join(",", SignedFileFormats.SelectMany(f => f.Extensions.Append(f.ContentType)));

    public long MaxFileBytes => intake.MaxBytes;

    /// <summary>Whether the person may see protection of this proposal at all: decider, monitor, or concerned with a record.</summary>
    public async Task<bool> MaySeeSectionAsync(Proposal proposal, CancellationToken ct = default) =>
        await access.MayDecideOrMonitorAsync(proposal.DecidingUnitId, ct)
        || await (await access.VisibleAsync(ct)).AnyAsync(r => r.ProposalId == proposal.Id, ct);

    internal sealed record PanelRecord(int Id, int OfficerId, ProtectionType Type);

    /// <summary>Of the visible records, those of one proposal.</summary>
    internal static IQueryable<PanelRecord> PanelRecords(IQueryable<ProtectionDecision> visible, int proposalId) =>
        visible.Where(r => r.ProposalId == proposalId).Select(r => new PanelRecord(r.Id, r.OfficerId, r.Type));

    /// <summary>The protection page of an evaluated proposal, or null when there is nothing this person may see.</summary>
    public async Task<ProtectionPanel?> PanelAsync(int proposalId, CancellationToken ct = default)
    {
        if (await concerned.EvaluatedAsync(proposalId, ct) is not { } proposal)
        {
            return null;
        }

        var seesAll = await access.MayDecideOrMonitorAsync(proposal.DecidingUnitId, ct);
        var records = await PanelRecords(await access.VisibleAsync(ct), proposalId).ToListAsync(ct);
        if (!seesAll && records.Count == 0)
        {
            return null;
        }

        var actOn = ConcernedOfficers.DefaultActOn(proposal);
        var me = await proposals.CurrentOfficerIdAsync(ct);
        var officers = await concerned.ListAsync(proposal, ct);
        var candidates = officers
            .Where(o => seesAll || records.Any(r => r.OfficerId == o.OfficerId))
            .Select(o =>
            {
                var record = records.FirstOrDefault(r => r.OfficerId == o.OfficerId);
                return new ProtectionCandidate(o, DisciplineDecree.For(o.Category, actOn), DisciplineDecree.LegalBasis(o.Category, actOn), record?.Id, record?.Type, o.OfficerId == me);
            })
            .ToList();
        var outcome = proposal.Outcome!.Value;
        var conditionsMet = ProposalConditions.Met(proposal.Conditions);
        return new ProtectionPanel(
            proposal.Id, proposal.Title, outcome, proposal.Findings!, conditionsMet ? ProtectionRules.AllowedTypes(outcome, proposal.Findings!) : [],
            conditionsMet ? ProtectionRules.Suggested(outcome, proposal.Findings!) : null, actOn,
            await access.MayDecideAsync(proposal.DecidingUnitId, ct) && await proposals.CurrentOfficerIdAsync(ct) is not null, candidates,
            proposal.Conditions);
    }

    /// <summary>The create form for one officer: NotFound unless the proposal is evaluated, seen and the officer concerned; Forbidden unless the deciding head.</summary>
    public async Task<OperationResult<ProtectionFormContext>> NewFormAsync(int proposalId, int officerId, CancellationToken ct = default)
    {
        var (proposal, failure) = await DeciderProposalAsync(proposalId, ct);
        if (failure is not null)
        {
            return OperationResult<ProtectionFormContext>.From(failure);
        }

        if ((await concerned.ListAsync(proposal!, ct)).FirstOrDefault(o => o.OfficerId == officerId) is not { } officer)
        {
            return OperationResult<ProtectionFormContext>.From(OperationResult.NotFound());
        }

        if (await OwnCaseAsync(officerId, ct) is { } own)
        {
            return OperationResult<ProtectionFormContext>.From(own);
        }

        return OperationResult<ProtectionFormContext>.Ok(Context(proposal!, officer, ConcernedOfficers.DefaultActOn(proposal!)));
    }

    /// <summary>The edit form of a record: NotFound unless visible; Forbidden unless the deciding head.</summary>
    public async Task<OperationResult<(ProtectionFormContext Context, ProtectionInput Input, int Version)>> EditFormAsync(int id, CancellationToken ct = default)
    {
        var record = await (await access.VisibleAsync(ct)).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (record is null)
        {
            return OperationResult<(ProtectionFormContext, ProtectionInput, int)>.From(OperationResult.NotFound());
        }

        var (proposal, failure) = await DeciderProposalAsync(record.ProposalId, ct);
        if (failure is not null)
        {
            return OperationResult<(ProtectionFormContext, ProtectionInput, int)>.From(failure);
        }

        if (await OwnCaseAsync(record.OfficerId, ct) is { } own)
        {
            return OperationResult<(ProtectionFormContext, ProtectionInput, int)>.From(own);
        }

        var officer = (await concerned.ListAsync(proposal!, ct)).FirstOrDefault(o => o.OfficerId == record.OfficerId)
            ?? await OfficerAsync(record.OfficerId, ct);
        var input = new ProtectionInput
        {
            Type = record.Type, ActOn = record.ActOn, DamageDescription = record.DamageDescription, DamageAmountVnd = record.DamageAmountVnd,
            DecisionNumber = record.DecisionNumber, DecisionSignedOn = record.DecisionSignedOn, DecisionSigner = record.DecisionSigner,
            DisciplineCaseReference = record.DisciplineCaseReference, Notes = record.Notes,
        };
        return OperationResult<(ProtectionFormContext, ProtectionInput, int)>.Ok(
            (Context(proposal!, officer with { Category = record.OfficerCategory }, record.ActOn), input, record.Version));
    }

    /// <summary>Records protection for an officer concerned by an evaluated proposal; returns the new record's id.</summary>
    public async Task<OperationResult<int>> CreateAsync(
        int proposalId, int officerId, ProtectionInput input, SignedFileUpload? file = null, CancellationToken ct = default)
    {
        var (proposal, failure) = await DeciderProposalAsync(proposalId, ct, requireEvaluated: false);
        if (failure is not null)
        {
            return OperationResult<int>.From(failure);
        }

        // The same state as the form requires: an outcome alone (a proposal reopened or escalated after it) is not enough.
        if (proposal!.Outcome is null || proposal.State is not (ProposalState.Evaluated or ProposalState.Closed))
        {
            return Invalid(ProtectionErrors.NotEvaluated.ToResult());
        }

        if (ConcernedOfficers.EvaluationDecision(proposal) is not { } evaluation)
        {
            return Invalid(OperationResult.Invalid("", ValidationMessages.Protection_NoEvaluationDecision));
        }

        var officer = await db.Officers.FirstOrDefaultAsync(o => o.Id == officerId, ct);
        if (officer is null || (await concerned.ListAsync(proposal, ct)).All(o => o.OfficerId != officerId))
        {
            return OperationResult<int>.From(OperationResult.NotFound());
        }

        if (await OwnCaseAsync(officerId, ct) is { } own)
        {
            return Invalid(own);
        }

        if (await CheckAsync(input, proposal, ct) is { } invalid)
        {
            return Invalid(invalid);
        }

        if (await db.ProtectionDecisions.AnyAsync(r => r.ProposalId == proposalId && r.OfficerId == officerId, ct))
        {
            return Invalid(ProtectionErrors.Duplicate.ToResult());
        }

        // DeciderProposalAsync refused an account without an officer, so there is one here.
        var decider = (await proposals.CurrentOfficerIdAsync(ct))!.Value;
        var (record, error) = ProtectionDecision.Create(
            proposal, evaluation.Id, officer, input.Type!.Value, input.ActOn!.Value, decider, Document(input), input.DamageDescription, input.DamageAmountVnd);
        if (error is not null)
        {
            return Invalid(Message(error, proposal));
        }

        record!.DisciplineCaseReference = Clean(input.DisciplineCaseReference);
        record.Notes = Clean(input.Notes);
        var saved = await SaveAsync(record, file, isNew: true, ct);
        if (!saved.Succeeded)
        {
            return OperationResult<int>.From(saved);
        }

        logger.LogInformation(
            "Protection record {ProtectionId} ({Type}) made on proposal {ProposalId} by officer {DeciderId}", record.Id, record.Type, proposalId, decider);
        return OperationResult<int>.Ok(record.Id);
    }

    /// <summary>Changes a record within what the evaluation allows, with the version the form was built from.</summary>
    public async Task<OperationResult> UpdateAsync(int id, int version, ProtectionInput input, SignedFileUpload? file = null, CancellationToken ct = default)
    {
        if (!await (await access.VisibleAsync(ct)).AnyAsync(r => r.Id == id, ct))
        {
            return OperationResult.NotFound();
        }

        var record = await db.ProtectionDecisions.FirstAsync(r => r.Id == id, ct);
        var (proposal, failure) = await DeciderProposalAsync(record.ProposalId, ct);
        if (failure is not null)
        {
            return failure;
        }

        if (await OwnCaseAsync(record.OfficerId, ct) is { } own)
        {
            return own;
        }

        if (await CheckAsync(input, proposal!, ct) is { } invalid)
        {
            return invalid;
        }

        var changed = record.ChangeType(proposal!, input.Type!.Value);
        if (!changed.IsSuccess)
        {
            return Message(changed.Error!, proposal!);
        }

        var damageDescription = Clean(input.DamageDescription);
        if (input.Type != ProtectionType.NotHeldLiable && proposal!.Findings!.DamageCaused && damageDescription is null)
        {
            return ProtectionErrors.DamageDescriptionRequired.ToResult();
        }

        if (record.Version != version)
        {
            return OperationResult.Conflict();
        }

        db.Entry(record).Property(r => r.Version).OriginalValue = version;
        record.SetAct(record.OfficerCategory, input.ActOn!.Value);
        record.DamageDescription = damageDescription;
        record.DamageAmountVnd = input.DamageAmountVnd;
        record.DecisionNumber = input.DecisionNumber!.Trim();
        record.DecisionSignedOn = input.DecisionSignedOn!.Value;
        record.DecisionSigner = input.DecisionSigner!.Trim();
        record.DisciplineCaseReference = Clean(input.DisciplineCaseReference);
        record.Notes = Clean(input.Notes);
        var replaced = record.SignedFileStoredName;
        var saved = await SaveAsync(record, file, isNew: false, ct);
        if (!saved.Succeeded)
        {
            return saved;
        }

        if (replaced is not null && replaced != record.SignedFileStoredName)
        {
            await intake.DeleteAsync(replaced, CancellationToken.None);
        }

        logger.LogInformation("Protection record {ProtectionId} changed ({Type})", id, record.Type);
        return OperationResult.Ok();
    }

    /// <summary>A record for its details page, or null when this person may not see it.</summary>
    public async Task<ProtectionDetails?> DetailsAsync(int id, CancellationToken ct = default)
    {
        var row = await DetailsRow(db, await access.VisibleAsync(ct), id).FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }

        var r = row.Record;
        return new ProtectionDetails(
            r.Id, r.Version, r.ProposalId, row.Proposal.Title, row.Proposal.ReceiptNumber, r.OfficerId, row.Officer, r.OfficerCategory, row.Unit,
            r.Type, row.Proposal.Outcome, row.Evaluation.DocumentNumber, row.Evaluation.SignedOn, r.DamageDescription, r.DamageAmountVnd, r.ActOn,
            r.DisciplineDecreeNumber, r.LegalBasis, r.DecisionNumber, r.DecisionSignedOn, r.DecisionSigner, row.DecidedBy,
            r.DisciplineCaseReference, r.Notes, r.SignedFileName, r.SignedFileLength, await access.MayDecideAsync(r.DecidingUnitId, ct));
    }

    internal sealed record ProposalCells(string Title, string? ReceiptNumber, EvaluationOutcome? Outcome);

    internal sealed record EvaluationCells(string? DocumentNumber, DateOnly? SignedOn);

    internal sealed record DetailsData(
        ProtectionDecision Record, ProposalCells Proposal, string Officer, string DecidedBy, string Unit, EvaluationCells Evaluation);

    /// <summary>A visible record with the names its details page shows.</summary>
    internal static IQueryable<DetailsData> DetailsRow(IAppDbContext db, IQueryable<ProtectionDecision> visible, int id) =>
        visible.Where(r => r.Id == id)
            .Select(r => new DetailsData(
                r,
                db.Proposals.Where(p => p.Id == r.ProposalId).Select(p => new ProposalCells(p.Title, p.ReceiptNumber, p.Outcome)).First(),
                db.Officers.Where(o => o.Id == r.OfficerId).Select(o => o.FullName).First(),
                db.Officers.Where(o => o.Id == r.DecidedByOfficerId).Select(o => o.FullName).First(),
                db.Units.Where(u => u.Id == r.DecidingUnitId).Select(u => u.Name).First(),
                db.ProposalDecisions.Where(d => d.Id == r.EvaluationDecisionId).Select(d => new EvaluationCells(d.DocumentNumber, d.SignedOn)).First()));

    /// <summary>Opens the signed decision file; NotFound when the record may not be seen or has no file.</summary>
    public async Task<OperationResult<AttachmentDownload>> OpenSignedFileAsync(int id, CancellationToken ct = default)
    {
        var record = await (await access.VisibleAsync(ct)).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (record?.SignedFileStoredName is null)
        {
            return OperationResult<AttachmentDownload>.From(OperationResult.NotFound());
        }

        if (await intake.OpenReadAsync(record.SignedFileStoredName, ct) is not { } content)
        {
            logger.LogError("Protection record {ProtectionId} has no stored file", id);
            return OperationResult<AttachmentDownload>.From(OperationResult.NotFound());
        }

        return OperationResult<AttachmentDownload>.Ok(
            new AttachmentDownload(content, record.SignedFileName!, record.SignedFileContentType!, record.SignedFileLength ?? 0));
    }

    /// <summary>The records this person may see, newest first, by unit and year of the decision.</summary>
    public async Task<KeysetPage<ProtectionListItem>> ListAsync(ProtectionFilter filter, CancellationToken ct = default)
    {
        var size = Math.Clamp(filter.PageSize, 1, 200);
        var rows = await ListPage(db, await access.VisibleAsync(ct), filter, size).ToListAsync(ct);
        var next = rows.Count > size ? KeysetCursor.Encode("", rows[size - 1].Id) : null;
        return new KeysetPage<ProtectionListItem>(rows.Take(size).ToList(), next);
    }

    /// <summary>One page of the visible records with the list's filters (one row more, to know whether another follows).</summary>
    internal static IQueryable<ProtectionListItem> ListPage(IAppDbContext db, IQueryable<ProtectionDecision> query, ProtectionFilter filter, int size)
    {
        if (filter.UnitId is { } unitId)
        {
            query = query.Where(r => r.DecidingUnitId == unitId);
        }

        if (filter.Year is { } year and > 2000 and < 3000)
        {
            var from = new DateOnly(year, 1, 1);
            var to = from.AddYears(1);
            query = query.Where(r => r.DecisionSignedOn >= from && r.DecisionSignedOn < to);
        }

        if (KeysetCursor.TryDecode(filter.After, out _, out var afterId))
        {
            query = query.Where(r => r.Id < afterId);
        }

        return query.OrderByDescending(r => r.Id).Take(size + 1)
            .Select(r => new ProtectionListItem(
                r.Id,
                db.Officers.Where(o => o.Id == r.OfficerId).Select(o => o.FullName).First(),
                r.ProposalId,
                db.Proposals.Where(p => p.Id == r.ProposalId).Select(p => p.Title).First(),
                db.Units.Where(u => u.Id == r.DecidingUnitId).Select(u => u.Name).First(),
                r.Type, r.DecisionNumber, r.DecisionSignedOn));
    }

    /// <summary>The deciding agencies of the records this person may see, for the list's unit filter.</summary>
    public async Task<IReadOnlyList<ReferenceOption>> FilterUnitsAsync(CancellationToken ct = default) =>
        await FilterUnits(db, await access.VisibleAsync(ct)).ToListAsync(ct);

    internal static IQueryable<ReferenceOption> FilterUnits(IAppDbContext db, IQueryable<ProtectionDecision> visible)
    {
        var unitIds = visible.Select(r => r.DecidingUnitId).Distinct();
        return db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).OrderBy(u => u.Name)
            .Select(u => new ReferenceOption(u.Id, u.Name));
    }

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

    private async Task<OperationResult> SaveAsync(ProtectionDecision record, SignedFileUpload? upload, bool isNew, CancellationToken ct)
    {
        CheckedFile? file = null;
        if (upload is { Length: > 0 } || !string.IsNullOrEmpty(upload?.FileName))
        {
            var (staged, error) = await intake.StageAsync(upload!.FileName, upload.Length, upload.Content, SignedFileFormats, ValidationMessages.Protection_SignedFileUnsupported, ct);
            if (staged is null)
            {
                return OperationResult.Invalid(FileField, error!);
            }

            file = staged;
        }

        if (isNew)
        {
            db.ProtectionDecisions.Add(record);
        }

        var kept = false;
        try
        {
            if (file is null)
            {
                await db.SaveChangesAsync(ct);
            }
            else
            {
                var storedName = intake.NewStoredName(time.GetUtcNow().UtcDateTime);
                record.AttachSignedFile(file.FileName, storedName, file.Format.ContentType, file.Staged.Length, file.Staged.Sha256);
                await intake.SaveWithFileAsync(db, file, storedName, ct);
            }

            kept = true;
            return OperationResult.Ok();
        }
        catch (DbUpdateConcurrencyException)
        {
            return OperationResult.Conflict();
        }
        catch (DbUpdateException) when (isNew)
        {
            // Two deciders (or a double click) raced past the check: the unique (proposal, officer) index let one in.
            db.Entry(record).State = EntityState.Detached;
            if (await db.ProtectionDecisions.AnyAsync(r => r.ProposalId == record.ProposalId && r.OfficerId == record.OfficerId, ct))
            {
                return ProtectionErrors.Duplicate.ToResult();
            }

            throw;
        }
        finally
        {
            if (!kept && file is not null)
            {
                intake.Discard(file);
            }
        }
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
