using Decree73.Application.Abstractions;
using Decree73.Application.Appraisal;
using Microsoft.EntityFrameworkCore;

namespace Decree73.Application.Officers;

/// <summary>
/// The officer page ("hồ sơ đổi mới sáng tạo"): one person's proposals, encouragement, protection and appraisal
/// links across years. Returns null (the page answers 404) to anyone <see cref="OfficerRecordAccess"/> does not let
/// open it; protection rows are only those the viewer may see.
/// </summary>
public sealed class OfficerProfileService(IAppDbContext db, OfficerRecordAccess recordAccess, OfficerRecordQueries records)
{
    public async Task<OfficerProfile?> GetAsync(int officerId, CancellationToken ct = default)
    {
        if (await recordAccess.FindOfficerAsync(officerId, ct) is not { } officer || !await recordAccess.MayOpenProfileAsync(officer, ct))
        {
            return null;
        }

        var appraisals = await Appraisals(db, officerId).ToListAsync(ct);
        return new OfficerProfile(
            officer,
            await records.ProposalsAsync(officerId, null, ct),
            await records.EncouragementAsync(officerId, null, ct),
            await records.ProtectionAsync(officerId, null, ct),
            appraisals);
    }

    /// <summary>The officer's appraisal entries, newest year first.</summary>
    internal static IQueryable<AppraisalEntry> Appraisals(IAppDbContext db, int officerId) =>
        db.AppraisalRecords.AsNoTracking().Where(a => a.OfficerId == officerId)
            .OrderByDescending(a => a.Year)
            .Select(a => new AppraisalEntry(a.Year, a.Grade, a.InnovationCredited, a.Note, a.DecisionReference, a.Version, null, false));

    /// <summary>Whether the signed-in user may open the officer's page: for links from other pages.</summary>
    public async Task<bool> MayOpenAsync(int officerId, CancellationToken ct = default) =>
        await recordAccess.FindOfficerAsync(officerId, ct) is { } officer && await recordAccess.MayOpenProfileAsync(officer, ct);
}
