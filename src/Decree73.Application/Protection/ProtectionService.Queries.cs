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

/// <summary>Reading protection records: the details, the signed file, the list and its unit filter (need-to-know by ProtectionAccess).</summary>
public sealed partial class ProtectionService
{
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
}
