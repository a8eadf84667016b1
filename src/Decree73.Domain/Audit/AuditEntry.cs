using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Decree73.Domain.Audit;

/// <summary>
/// One change to a proposal or to one of its rows: who, when, what, the changed values before and after, and from
/// where. Append-only. Entries of a proposal form a chain: each one's <see cref="Hash"/> covers its own content and
/// the previous entry's hash, so editing, deleting or reordering a stored entry breaks the chain from there on
/// (docs/decisions/0006-audit-hash-chain.md).
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry() { }

    public AuditEntry(
        int proposalId, int sequence, DateTime occurredAtUtc, string? userId, int? officerId, string action, string entity,
        int? entityId, string? before, string? after, string? clientIp, string? previousHash)
    {
        ProposalId = proposalId;
        Sequence = sequence;
        // Whole milliseconds: every provider stores them exactly, so the hash recomputed from a read row matches.
        OccurredAtUtc = new DateTime(occurredAtUtc.Ticks - occurredAtUtc.Ticks % TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);
        UserId = userId;
        OfficerId = officerId;
        Action = action;
        Entity = entity;
        EntityId = entityId;
        Before = before;
        After = after;
        ClientIp = clientIp;
        PreviousHash = previousHash;
        Hash = ComputeHash();
    }

    public long Id { get; private set; }
    public int ProposalId { get; private set; }

    /// <summary>1, 2, 3… within the proposal: a gap shows a deleted entry.</summary>
    public int Sequence { get; private set; }

    public DateTime OccurredAtUtc { get; private set; }
    public string? UserId { get; private set; }
    public int? OfficerId { get; private set; }

    /// <summary>What happened: a transition ("Submitted", "Approved"…), "DraftEdited", or "{Row}Added/Modified/Deleted".</summary>
    public string Action { get; private set; } = "";

    /// <summary>The changed row's type ("Proposal", "ProposalDecision"…) and key.</summary>
    public string Entity { get; private set; } = "";
    public int? EntityId { get; private set; }

    /// <summary>Compact JSON of the changed scalar values before the change; null for an insert.</summary>
    public string? Before { get; private set; }

    /// <summary>Compact JSON of the changed scalar values after the change; null for a delete.</summary>
    public string? After { get; private set; }

    public string? ClientIp { get; private set; }

    /// <summary>The previous entry's hash in this proposal's chain; null for the first entry.</summary>
    public string? PreviousHash { get; private set; }

    /// <summary>Lower-case hex SHA-256 of <see cref="Canonical"/>.</summary>
    public string Hash { get; private set; } = "";

    /// <summary>Recomputes the hash from the stored values; differs from <see cref="Hash"/> when the row was edited.</summary>
    public string ComputeHash() => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical())));

    /// <summary>
    /// Every field in a fixed order, each written as its length and its text, so no two different entries can
    /// serialise alike (a null is written as "-", an empty string as "0:").
    /// </summary>
    public string Canonical()
    {
        var builder = new StringBuilder("decree73-audit-v1");
        Append(builder, ProposalId.ToString(CultureInfo.InvariantCulture));
        Append(builder, Sequence.ToString(CultureInfo.InvariantCulture));
        Append(builder, OccurredAtUtc.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture));
        Append(builder, UserId);
        Append(builder, OfficerId?.ToString(CultureInfo.InvariantCulture));
        Append(builder, Action);
        Append(builder, Entity);
        Append(builder, EntityId?.ToString(CultureInfo.InvariantCulture));
        Append(builder, Before);
        Append(builder, After);
        Append(builder, ClientIp);
        Append(builder, PreviousHash);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, string? value)
    {
        builder.Append('|');
        if (value is null)
        {
            builder.Append('-');
            return;
        }

        builder.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
    }
}
