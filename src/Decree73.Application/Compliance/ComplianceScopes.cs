using Decree73.Application.Abstractions;
using Decree73.Application.Access;
using Decree73.Application.Common;
using Decree73.Domain.Access;
using Decree73.Domain.Calendar;
using Decree73.Domain.Organisation;
using Decree73.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace Decree73.Application.Compliance;

/// <summary>What one review looks at: the subtree, the period, today, the calendar, and the proposals in the subtree.</summary>
internal sealed record ComplianceContext(
    ComplianceScope Scope, CompliancePeriod Period, DateOnly Today, WorkingCalendar Calendar, IQueryable<int> UnitIds, IQueryable<Proposal> Proposals);

/// <summary>
/// Who may review what: an Interior officer the subtree their office monitors, an administrator the subtree they
/// administer (the same scopes as <see cref="UserAccess"/>). Anyone else is refused; a unit outside every scope
/// is "not found".
/// </summary>
public sealed class ComplianceScopes(IAppDbContext db, UserAccess access)
{
    public async Task<OperationResult<ComplianceScope>> ResolveAsync(int? unitId, CancellationToken ct = default)
    {
        var roots = await RootsAsync(ct);
        if (roots.Count == 0)
        {
            return OperationResult<ComplianceScope>.From(OperationResult.Forbidden());
        }

        var chosen = unitId is { } id
            ? await db.Units.AsNoTracking().Where(u => u.Id == id).Select(u => new { u.Id, u.Name, u.Path }).FirstOrDefaultAsync(ct)
            : await db.Units.AsNoTracking().Where(u => u.Path == roots[0]).Select(u => new { u.Id, u.Name, u.Path }).FirstOrDefaultAsync(ct);
        if (chosen is null || !roots.Any(r => OrganisationUnit.IsPathInSubtree(chosen.Path, r)))
        {
            return OperationResult<ComplianceScope>.From(OperationResult.NotFound());
        }

        var options = await Options(db, roots).ToListAsync(ct);
        var top = options.Count == 0 ? 0 : options.Min(o => o.Path.Count(c => c == '/'));
        return OperationResult<ComplianceScope>.Ok(new ComplianceScope(
            chosen.Id, chosen.Name, chosen.Path,
            options.Select(o => new ComplianceUnitOption(o.Id, o.Name, o.Path.Count(c => c == '/') - top)).ToList()));
    }

    internal sealed record UnitRow(int Id, string Name, string Path);

    /// <summary>The units of the monitored subtrees, in tree order (the scope picker).</summary>
    internal static IQueryable<UnitRow> Options(IAppDbContext db, IReadOnlyList<string> roots) =>
        db.Units.AsNoTracking().WithinSubtrees(roots).OrderBy(u => u.Path).Select(u => new UnitRow(u.Id, u.Name, u.Path));

    /// <summary>The proposals reviewed under a scope: submitted ones whose deciding agency is in the subtree.</summary>
    internal ComplianceContext Context(ComplianceScope scope, CompliancePeriod period, DateOnly today, WorkingCalendar calendar)
    {
        var path = scope.Path;
        var unitIds = db.Units.Where(u => u.Path.StartsWith(path)).Select(u => u.Id);
        var proposals = db.Proposals.AsNoTracking().Where(p => p.State != ProposalState.Draft && unitIds.Contains(p.DecidingUnitId));
        return new ComplianceContext(scope, period, today, calendar, unitIds, proposals);
    }

    private async Task<IReadOnlyList<string>> RootsAsync(CancellationToken ct) =>
        (await access.GrantsAsync(ct))
            .Where(g => g.Role is AppRole.InteriorOfficer or AppRole.Administrator)
            .Select(g => g.ScopePath)
            .Distinct()
            .ToList();
}
