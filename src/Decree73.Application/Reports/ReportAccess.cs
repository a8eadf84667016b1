using Decree73.Application.Abstractions;
using Decree73.Application.Access;
using Decree73.Domain.Access;
using Decree73.Domain.Reports;
using Microsoft.EntityFrameworkCore;

namespace Decree73.Application.Reports;

/// <summary>
/// Who may write and who may read periodic reports (docs/reports.md):
/// <list type="bullet">
/// <item>a unit's report is written (created, edited, submitted) by the head of that unit, or by an Interior officer
/// whose office is that unit or monitors it (Phòng Văn hóa – Xã hội for its commune, Sở Nội vụ for the province);</item>
/// <item>a submitted report is also read by the superior: whoever writes the parent unit's report, and every Interior
/// officer whose monitored subtree reaches the unit;</item>
/// <item>nobody else, not even to learn that it exists: the pages answer 404.</item>
/// </list>
/// </summary>
public sealed class ReportAccess(IAppDbContext db, UserAccess access)
{
    private IReadOnlyList<int>? authored;

    /// <summary>The units whose reports the signed-in user writes.</summary>
    public async Task<IReadOnlyList<int>> AuthoredUnitIdsAsync(CancellationToken ct = default)
    {
        if (authored is not null)
        {
            return authored;
        }

        var grants = await access.GrantsAsync(ct);
        var ids = grants.Where(g => g.Role is AppRole.UnitHead or AppRole.InteriorOfficer).Select(g => g.UnitId).ToHashSet();
        var monitored = grants.Where(g => g.Role == AppRole.InteriorOfficer).Select(g => g.ScopePath).Distinct().ToList();
        if (monitored.Count > 0)
        {
            ids.UnionWith(await db.Units.Where(u => monitored.Contains(u.Path)).Select(u => u.Id).ToListAsync(ct));
        }

        return authored = ids.Order().ToList();
    }

    public async Task<bool> MayAuthorAsync(int unitId, CancellationToken ct = default) =>
        (await AuthoredUnitIdsAsync(ct)).Contains(unitId);

    public async Task<bool> MayReadAsync(PeriodicReport report, CancellationToken ct = default)
    {
        if (await MayAuthorAsync(report.UnitId, ct))
        {
            return true;
        }

        if (!report.IsFrozen)
        {
            return false;
        }

        var unit = await db.Units.AsNoTracking().Where(u => u.Id == report.UnitId).Select(u => new { u.ParentId, u.Path }).FirstAsync(ct);
        return (unit.ParentId is { } parent && await MayAuthorAsync(parent, ct))
            || (await access.GrantsAsync(ct)).Any(g => g.Role == AppRole.InteriorOfficer && g.Reaches(unit.Path));
    }

    /// <summary>The superior's inbox: submitted reports of subordinate units the user reads but does not write.</summary>
    public async Task<IQueryable<PeriodicReport>> InboxAsync(CancellationToken ct = default)
    {
        var mine = await AuthoredUnitIdsAsync(ct);
        var scopes = (await access.GrantsAsync(ct)).Where(g => g.Role == AppRole.InteriorOfficer).Select(g => g.ScopePath).Distinct().ToList();
        return Inbox(db, mine, scopes);
    }

    /// <summary>Submitted reports of the children of <paramref name="mine"/> and of the monitored subtrees, not of <paramref name="mine"/>.</summary>
    internal static IQueryable<PeriodicReport> Inbox(IAppDbContext db, IReadOnlyList<int> mine, IReadOnlyList<string> scopes)
    {
        var monitoredUnits = db.Units.WithinSubtrees(scopes).Select(u => u.Id);
        var children = db.Units.Where(u => u.ParentId != null && mine.Contains(u.ParentId.Value)).Select(u => u.Id);
        return db.PeriodicReports.AsNoTracking().Where(r => r.Status == ReportStatus.Submitted && !mine.Contains(r.UnitId)
            && (children.Contains(r.UnitId) || monitoredUnits.Contains(r.UnitId)));
    }
}
