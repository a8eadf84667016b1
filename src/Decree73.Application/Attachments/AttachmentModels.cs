using Decree73.Domain.Proposals;

namespace Decree73.Application.Attachments;

/// <summary>
/// A file to attach. <paramref name="DecisionId"/> links a signed copy to its decision; <paramref name="OwnerId"/>
/// names the record of another feature (opinion response, progress update) that the file is evidence for.
/// </summary>
public sealed record AttachmentUpload(
    AttachmentKind Kind, string? FileName, long Length, Stream Content, int? DecisionId = null, int? OwnerId = null);

public sealed record AttachmentItem(
    int Id, AttachmentKind Kind, string FileName, long Length, DateTime UploadedAtUtc, string UploadedBy, int? DecisionId, bool CanDelete);

/// <summary>What the attachments section of a proposal shows to the signed-in person.</summary>
public sealed record AttachmentPanel(
    int ProposalId, IReadOnlyList<AttachmentItem> Items, IReadOnlyList<AttachmentKind> UploadKinds, long MaxBytes);

/// <summary>An opened stored file; the caller disposes <see cref="Content"/>.</summary>
public sealed record AttachmentDownload(Stream Content, string FileName, string ContentType, long Length);
