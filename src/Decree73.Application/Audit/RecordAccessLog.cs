using Decree73.Application.Abstractions;
using Decree73.Application.Access;
using Decree73.Application.Appraisal;
using Decree73.Application.Common;
using Decree73.Application.Proposals;
using Decree73.Application.Protection;
using Decree73.Domain.Access;
using Decree73.Domain.Audit;
using Decree73.Domain.Organisation;
using Microsoft.EntityFrameworkCore;
using Decree73.Application.Officers;

namespace Decree73.Application.Audit;

/// <summary>One read of a record as the "Lịch sử truy cập" list shows it.</summary>
public sealed record RecordAccessItem(int Id, DateTime AccessedAtUtc, AccessedRecord Record, AccessKind Kind, string? ReaderName);

/// <summary>One page of reads, newest first; <see cref="Next"/> is the cursor of the following page, if any.</summary>
public sealed record RecordAccessPage(IReadOnlyList<RecordAccessItem> Items, string? Next);

/// <summary>
/// The audit trail of need-to-know reads (issue 14): protection records viewed and their signed decisions downloaded,
/// officer records and appraisal sheets viewed. The pages call <see cref="RecordAsync"/> only after the record's own
/// access rule let the reader in, so a refused read records nothing. The list of reads of a record is shown to those
/// who need to know it, by the same rules: a protection record's to whoever may see that record
/// (<see cref="ProtectionAccess"/>: the deciding head, Interior officers in scope, the officer concerned; never an
/// administrator); an officer's to the officer, the heads and the Interior officers whose scope reaches the officer's
/// unit (not to an administrator who keeps appraisal records only as an account manager).
/// </summary>
public sealed class RecordAccessLog(
    IAppDbContext db, ICurrentUser user, UserAccess access, ProposalAccess proposals, ProtectionAccess protection,
    OfficerRecordAccess officers, TimeProvider time)
{
    public const int PageSize = 20;

    private static readonly AccessedRecord[] ProtectionKinds = [AccessedRecord.ProtectionRecord];
    private static readonly AccessedRecord[] OfficerKinds = [AccessedRecord.OfficerRecord, AccessedRecord.AppraisalSheet];

    /// <summary>Keeps one read by the signed-in user. Call it only once the read was allowed.</summary>
    public async Task RecordAsync(AccessedRecord record, int recordId, AccessKind kind, CancellationToken ct = default)
    {
        db.RecordAccesses.Add(new RecordAccess(
            record, recordId, kind, time.GetUtcNow().UtcDateTime, user.UserId, await proposals.CurrentOfficerIdAsync(ct)));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Reads of a protection record, or null when the user may not see that record.</summary>
    public async Task<RecordAccessPage?> OfProtectionRecordAsync(int recordId, string? after, CancellationToken ct = default) =>
        await (await protection.VisibleAsync(ct)).AnyAsync(r => r.Id == recordId, ct)
            ? await PageAsync(ProtectionKinds, recordId, after, ct)
            : null;

    /// <summary>Reads of an officer's record and appraisal sheets, or null when the user may not see them.</summary>
    public async Task<RecordAccessPage?> OfOfficerAsync(int officerId, string? after, CancellationToken ct = default) =>
        await MaySeeOfficerReadsAsync(officerId, ct) ? await PageAsync(OfficerKinds, officerId, after, ct) : null;

    /// <summary>The officer themselves, or a head or Interior officer whose scope reaches the officer's unit.</summary>
    public async Task<bool> MaySeeOfficerReadsAsync(int officerId, CancellationToken ct = default)
    {
        if (await officers.FindOfficerAsync(officerId, ct) is not { } officer)
        {
            return false;
        }

        if (await proposals.CurrentOfficerIdAsync(ct) == officer.Id)
        {
            return true;
        }

        return (await access.GrantsAsync(ct)).Any(g =>
            (g.Role is AppRole.UnitHead or AppRole.InteriorOfficer) && OrganisationUnit.IsPathInSubtree(officer.UnitPath, g.ScopePath));
    }

    private async Task<RecordAccessPage> PageAsync(AccessedRecord[] kinds, int recordId, string? after, CancellationToken ct)
    {
        var query = db.RecordAccesses.AsNoTracking().Where(a => kinds.Contains(a.Record) && a.RecordId == recordId);
        if (KeysetCursor.TryDecode(after, out _, out var afterId))
        {
            query = query.Where(a => a.Id < afterId);
        }

        var rows = await query
            .OrderByDescending(a => a.Id)
            .Take(PageSize + 1)
            .Select(a => new RecordAccessItem(
                a.Id, a.AccessedAtUtc, a.Record, a.Kind,
                db.Officers.Where(o => o.Id == a.OfficerId).Select(o => o.FullName).FirstOrDefault()))
            .ToListAsync(ct);
        var next = rows.Count > PageSize ? KeysetCursor.Encode("", rows[PageSize - 1].Id) : null;
        return new RecordAccessPage(rows.Take(PageSize).ToList(), next);
    }
}
