using Decree73.Application.Abstractions;
using Decree73.Application.Common;
using Decree73.Application.Proposals;
using Decree73.Application.Resources;
using Decree73.Domain.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Decree73.Application.Attachments;

/// <summary>
/// Files attached to a proposal. Whoever may read the proposal may list and download them; nobody else learns they
/// exist. Who may add which kind depends on who they are to the proposal and its state (<see cref="UploadKindsAsync"/>).
/// </summary>
public sealed class AttachmentService(
    IAppDbContext db,
    IFileStore store,
    FileIntake intake,
    ProposalAccess access,
    ProposalWorkflowService workflow,
    ProposalService proposals,
    TimeProvider time,
    ILogger<AttachmentService> logger)
{
    public const string FileField = "File";
    public const string KindField = "Kind";

    private long MaxBytes => intake.MaxBytes;

    /// <summary>
    /// The proposer adds supporting documents while it is a draft; the deciding head, once it is submitted, adds signed
    /// decisions, minutes and opinion responses; the proposer and implementers add evidence while it is in progress.
    /// </summary>
    public async Task<IReadOnlyList<AttachmentKind>> UploadKindsAsync(Proposal proposal, CancellationToken ct = default) =>
        UploadKinds(proposal, await workflow.ActorAsync(proposal, ct));

    /// <summary>The kinds <paramref name="actor"/> may add to <paramref name="proposal"/> now (see <see cref="UploadKindsAsync"/>).</summary>
    public static IReadOnlyList<AttachmentKind> UploadKinds(Proposal proposal, ProposalActor? actor)
    {
        if (actor is null)
        {
            return [];
        }

        var isProposer = actor.OfficerId == proposal.ProposerId;
        var kinds = new List<AttachmentKind>();
        if (isProposer && proposal.State == ProposalState.Draft)
        {
            kinds.AddRange([AttachmentKind.SupportingDocument, AttachmentKind.Other]);
        }

        if (actor.IsDecidingHead && !isProposer && proposal.State != ProposalState.Draft)
        {
            kinds.AddRange([AttachmentKind.SignedDecision, AttachmentKind.Minutes, AttachmentKind.OpinionResponse, AttachmentKind.Other]);
        }

        if ((isProposer || actor.IsImplementer) && proposal.State == ProposalState.InProgress)
        {
            kinds.AddRange([AttachmentKind.ProgressEvidence, AttachmentKind.CompletionReport]);
        }

        return kinds.Distinct().ToList();
    }

    internal sealed record ListedAttachment(ProposalAttachment Attachment, string FullName);

    /// <summary>A proposal's attachments with who uploaded them, in upload order.</summary>
    internal static IQueryable<ListedAttachment> Listed(IAppDbContext db, int proposalId) =>
        db.ProposalAttachments.AsNoTracking()
            .Where(a => a.ProposalId == proposalId)
            .Join(db.Officers, a => a.UploadedByOfficerId, o => o.Id, (a, o) => new { a, o.FullName })
            .OrderBy(x => x.a.Id)
            .Select(x => new ListedAttachment(x.a, x.FullName));

    /// <summary>The attachments section for a proposal, or null when the signed-in person may not read it.</summary>
    public async Task<AttachmentPanel?> PanelAsync(Proposal proposal, CancellationToken ct = default) =>
        await access.CanReadAsync(proposal, ct) ? await PanelOfReadableAsync(proposal, await workflow.ActorAsync(proposal, ct), ct) : null;

    /// <summary>
    /// The attachments section of a proposal the caller has already found readable (<see cref="ProposalAccess.CanReadAsync"/>),
    /// for <paramref name="actor"/>, who the signed-in person is to it: the page's query, which has both at hand.
    /// </summary>
    public async Task<AttachmentPanel> PanelAsync(Proposal proposal, ProposalActor? actor, CancellationToken ct = default) =>
        await PanelOfReadableAsync(proposal, actor, ct);

    private async Task<AttachmentPanel> PanelOfReadableAsync(Proposal proposal, ProposalActor? actor, CancellationToken ct)
    {
        var officerId = actor?.OfficerId ?? await access.CurrentOfficerIdAsync(ct);
        var deletable = proposal.State == ProposalState.Draft;
        var rows = await Listed(db, proposal.Id).ToListAsync(ct);
        var items = rows.Select(x => new AttachmentItem(
                x.Attachment.Id, x.Attachment.Kind, x.Attachment.FileName, x.Attachment.Length, x.Attachment.UploadedAtUtc, x.FullName,
                x.Attachment.DecisionId, deletable && x.Attachment.UploadedByOfficerId == officerId))
            .ToList();
        return new AttachmentPanel(proposal.Id, items, UploadKinds(proposal, actor), MaxBytes);
    }

    public async Task<OperationResult<int>> UploadAsync(int proposalId, AttachmentUpload upload, CancellationToken ct = default)
    {
        var proposal = await db.Proposals.AsNoTracking().FirstOrDefaultAsync(p => p.Id == proposalId, ct);
        if (proposal is null || !await access.CanReadAsync(proposal, ct))
        {
            return OperationResult<int>.From(OperationResult.NotFound());
        }

        return await UploadToAsync(proposal, upload, ct);
    }

    /// <summary>
    /// The writing page's "attach": what was typed is saved on the draft read once
    /// (<see cref="ProposalService.EditDraftAsync"/>), then the file is attached to it; a refused file leaves the text saved.
    /// </summary>
    public Task<OperationResult<DraftOutcome>> UploadToDraftAsync(int proposalId, DraftEdit edit, AttachmentUpload upload, CancellationToken ct = default) =>
        proposals.EditDraftAsync(proposalId, edit, async (proposal, _) => await UploadToAsync(proposal, upload, ct), ct);

    /// <summary>
    /// The writing page's "remove file": what was typed is saved on the draft read once, then the file is removed; a
    /// refused milestone row or removal leaves the text saved.
    /// </summary>
    public Task<OperationResult<DraftOutcome>> DeleteFromDraftAsync(int proposalId, DraftEdit edit, int attachmentId, CancellationToken ct = default) =>
        proposals.EditDraftAsync(proposalId, edit, (proposal, _) => DeleteAsync(proposal.Id, attachmentId, ct), ct);

    private async Task<OperationResult<int>> UploadToAsync(Proposal proposal, AttachmentUpload upload, CancellationToken ct)
    {
        var proposalId = proposal.Id;
        if (await access.CurrentOfficerIdAsync(ct) is not { } officerId)
        {
            return OperationResult<int>.From(OperationResult.Forbidden());
        }

        if (!(await UploadKindsAsync(proposal, ct)).Contains(upload.Kind))
        {
            return Invalid(KindField, ValidationMessages.Attach_KindNotAllowed);
        }

        if (upload.DecisionId is { } decisionId
            && !await db.ProposalDecisions.AnyAsync(d => d.Id == decisionId && d.ProposalId == proposalId, ct))
        {
            return Invalid("DecisionId", ValidationMessages.Attach_DecisionNotFound);
        }

        var (file, error) = await intake.StageAsync(upload.FileName, upload.Length, upload.Content, FileFormats.All, ValidationMessages.Attach_Unsupported, ct);
        if (file is null)
        {
            return Invalid(FileField, error!);
        }

        var kept = false;
        try
        {
            var now = time.GetUtcNow().UtcDateTime;
            var storedName = intake.NewStoredName(now);
            var attachment = new ProposalAttachment(
                proposalId, upload.Kind, file.FileName, storedName, file.Format.ContentType, file.Staged.Length, file.Staged.Sha256, officerId, now,
                upload.DecisionId, upload.OwnerId);
            db.ProposalAttachments.Add(attachment);
            await intake.SaveWithFileAsync(db, file, storedName, ct);
            kept = true;
            logger.LogInformation(
                "Attachment {AttachmentId} ({Kind}, {Length} bytes, {Format}) added to proposal {ProposalId} by officer {OfficerId}",
                attachment.Id, upload.Kind, file.Staged.Length, file.Format.Name, proposalId, officerId);
            return OperationResult<int>.Ok(attachment.Id);
        }
        finally
        {
            if (!kept)
            {
                intake.Discard(file);
            }
        }
    }

    /// <summary>Opens an attachment for download; NotFound when the proposal may not be read or the file is not its.</summary>
    public async Task<OperationResult<AttachmentDownload>> OpenAsync(int proposalId, int attachmentId, CancellationToken ct = default)
    {
        var found = await FindReadableAsync(proposalId, attachmentId, ct);
        if (found is not { Attachment: var attachment })
        {
            return OperationResult<AttachmentDownload>.From(OperationResult.NotFound());
        }

        if (await store.OpenReadAsync(attachment.StoredName, ct) is not { } content)
        {
            logger.LogError("Attachment {AttachmentId} of proposal {ProposalId} has no stored file", attachmentId, proposalId);
            return OperationResult<AttachmentDownload>.From(OperationResult.NotFound());
        }

        return OperationResult<AttachmentDownload>.Ok(new AttachmentDownload(content, attachment.FileName, attachment.ContentType, attachment.Length));
    }

    /// <summary>The uploader removes a file while the proposal is still a draft.</summary>
    public async Task<OperationResult> DeleteAsync(int proposalId, int attachmentId, CancellationToken ct = default)
    {
        var found = await FindReadableAsync(proposalId, attachmentId, ct);
        if (found is not { Proposal: var proposal, Attachment: var attachment })
        {
            return OperationResult.NotFound();
        }

        if (proposal.State != ProposalState.Draft || await access.CurrentOfficerIdAsync(ct) != attachment.UploadedByOfficerId)
        {
            return OperationResult.Invalid("", ValidationMessages.Attach_DeleteNotAllowed);
        }

        db.ProposalAttachments.Remove(attachment);
        await db.SaveChangesAsync(ct);
        await store.DeleteAsync(attachment.StoredName, CancellationToken.None);
        logger.LogInformation("Attachment {AttachmentId} removed from proposal {ProposalId}", attachmentId, proposalId);
        return OperationResult.Ok();
    }

    private async Task<(Proposal Proposal, ProposalAttachment Attachment)?> FindReadableAsync(int proposalId, int attachmentId, CancellationToken ct)
    {
        var proposal = await db.Proposals.AsNoTracking().FirstOrDefaultAsync(p => p.Id == proposalId, ct);
        if (proposal is null || !await access.CanReadAsync(proposal, ct))
        {
            return null;
        }

        var attachment = await db.ProposalAttachments.FirstOrDefaultAsync(a => a.Id == attachmentId && a.ProposalId == proposalId, ct);
        return attachment is null ? null : (proposal, attachment);
    }

    /// <summary>The message for a file over the configured limit.</summary>
    public string TooLargeMessage() => intake.TooLargeMessage();

    private static OperationResult<int> Invalid(string field, string message) =>
        OperationResult<int>.From(OperationResult.Invalid(field, message));
}
