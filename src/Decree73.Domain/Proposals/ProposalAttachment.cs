using Decree73.Domain.Common;

namespace Decree73.Domain.Proposals;

/// <summary>What a file attached to a proposal is for.</summary>
public enum AttachmentKind
{
    /// <summary>Tài liệu kèm theo đề xuất (the proposer, while it is a draft).</summary>
    SupportingDocument,
    /// <summary>Bản quyết định đã ký (the deciding head); may be linked to a <see cref="ProposalDecision"/>.</summary>
    SignedDecision,
    /// <summary>Biên bản họp tập thể lãnh đạo (the deciding head).</summary>
    Minutes,
    /// <summary>Văn bản trả lời xin ý kiến; <see cref="ProposalAttachment.OwnerId"/> may name the opinion request.</summary>
    OpinionResponse,
    /// <summary>Minh chứng tiến độ; <see cref="ProposalAttachment.OwnerId"/> may name the progress update.</summary>
    ProgressEvidence,
    /// <summary>Báo cáo kết quả thực hiện.</summary>
    CompletionReport,
    Other,
}

/// <summary>
/// A file attached to a proposal. The bytes live in the file store under <see cref="StoredName"/>, a generated
/// path with no user text in it; <see cref="FileName"/> is only shown and offered back on download.
/// </summary>
public sealed class ProposalAttachment : Entity, IProposalOwned
{
    public const int FileNameMaxLength = 200;

    private ProposalAttachment() { }

    public ProposalAttachment(
        int proposalId, AttachmentKind kind, string fileName, string storedName, string contentType, long length, string sha256,
        int uploadedByOfficerId, DateTime uploadedAtUtc, int? decisionId = null, int? ownerId = null)
    {
        ProposalId = proposalId;
        Kind = kind;
        FileName = fileName;
        StoredName = storedName;
        ContentType = contentType;
        Length = length;
        Sha256 = sha256;
        UploadedByOfficerId = uploadedByOfficerId;
        UploadedAtUtc = uploadedAtUtc;
        DecisionId = decisionId;
        OwnerId = ownerId;
    }

    public int ProposalId { get; private set; }
    public AttachmentKind Kind { get; private set; }

    /// <summary>The decision this file is the signed copy of, when there is one.</summary>
    public int? DecisionId { get; private set; }

    /// <summary>
    /// The record of another feature this file is evidence for (an opinion response, a progress update), read with
    /// <see cref="Kind"/>. Not a foreign key, so that those features can attach files without a change here.
    /// </summary>
    public int? OwnerId { get; private set; }

    /// <summary>The sanitised original name, for display and download.</summary>
    public string FileName { get; private set; } = "";

    /// <summary>Where the file store keeps it, e.g. "2026/11/3f2c….bin"; generated, never user text.</summary>
    public string StoredName { get; private set; } = "";

    /// <summary>Decided by the sniffed content, never by what the browser said.</summary>
    public string ContentType { get; private set; } = "";

    public long Length { get; private set; }

    /// <summary>SHA-256 of the content, lower-case hex.</summary>
    public string Sha256 { get; private set; } = "";

    public int UploadedByOfficerId { get; private set; }
    public DateTime UploadedAtUtc { get; private set; }
}
