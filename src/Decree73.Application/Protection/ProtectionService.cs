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
public sealed partial class ProtectionService(
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
}
