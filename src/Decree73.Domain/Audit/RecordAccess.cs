namespace Decree73.Domain.Audit;

/// <summary>The kinds of need-to-know record whose reads are kept in the audit trail (issue 14).</summary>
public enum AccessedRecord
{
    /// <summary>A protection record (<c>ProtectionDecisions.Id</c>) or its signed decision.</summary>
    ProtectionRecord,

    /// <summary>An officer's innovation record page (<c>Officers.Id</c>).</summary>
    OfficerRecord,

    /// <summary>An officer's appraisal sheet for a year (<c>Officers.Id</c>).</summary>
    AppraisalSheet,
}

/// <summary>How a record was read.</summary>
public enum AccessKind
{
    View,
    Download,
    Export,
}

/// <summary>
/// One read of a need-to-know record: who (account and officer), when, what (kind and id) and how. Append-only; written
/// only after the reader passed the record's access rule, so a refused request leaves nothing. Shown as "Lịch sử truy
/// cập" to those who may see the record; the security log keeps the client address and trace id of the same read.
/// </summary>
public sealed class RecordAccess
{
    public const int UserIdMaxLength = 450;

    private RecordAccess() { }

    public RecordAccess(AccessedRecord record, int recordId, AccessKind kind, DateTime accessedAtUtc, string? userId, int? officerId)
    {
        Record = record;
        RecordId = recordId;
        Kind = kind;
        AccessedAtUtc = accessedAtUtc;
        UserId = userId;
        OfficerId = officerId;
    }

    public int Id { get; private set; }
    public AccessedRecord Record { get; private set; }
    public int RecordId { get; private set; }
    public AccessKind Kind { get; private set; }
    public DateTime AccessedAtUtc { get; private set; }
    public string? UserId { get; private set; }
    public int? OfficerId { get; private set; }
}
