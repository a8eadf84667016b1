using Decree73.Application.Access;
using Decree73.Application.Abstractions;
using Decree73.Application.Common;
using Decree73.Application.Resources;
using Decree73.Domain.Organisation;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Decree73.Application.Units;

/// <summary>
/// Manages the organisation tree. Callers (pages) authorize the operation on the unit first; this service keeps
/// the tree consistent: unique codes, no cycles, paths rewritten on a move, nothing deleted that is still used.
/// </summary>
public sealed class UnitService(
    IAppDbContext db, UserAccess access, IValidator<UnitInput> validator, ILogger<UnitService> logger)
{
    /// <summary>The units this user administers, in tree order (parents before children, siblings by name).</summary>
    public async Task<IReadOnlyList<UnitListItem>> ListAdministeredAsync(CancellationToken ct = default)
    {
        var paths = await access.AdministeredPathsAsync(ct);
        var rows = await Administered(db, paths).ToListAsync(ct);

        var byParent = rows.ToLookup(r => r.ParentId);
        var ids = rows.Select(r => r.Id).ToHashSet();
        var result = new List<UnitListItem>(rows.Count);
        void Walk(int? parentId, int depth)
        {
            foreach (var r in byParent[parentId].OrderBy(r => r.Name, StringComparer.Create(Formats.Vietnamese, ignoreCase: true)))
            {
                result.Add(new UnitListItem(r.Id, r.Code, r.Name, r.Kind, r.ParentId, depth, r.MonitoredUnitName, r.OfficerCount));
                Walk(r.Id, depth + 1);
            }
        }

        // Roots of the visible forest: units whose parent is not visible.
        foreach (var root in rows.Where(r => r.ParentId is null || !ids.Contains(r.ParentId.Value)).Select(r => r.ParentId).Distinct())
        {
            Walk(root, 0);
        }

        return result;
    }

    internal sealed record UnitRow(
        int Id, string Code, string Name, UnitKind Kind, int? ParentId, string Path, string? MonitoredUnitName, int OfficerCount);

    /// <summary>The units of the administered subtrees, with the office they monitor and their officer count.</summary>
    internal static IQueryable<UnitRow> Administered(IAppDbContext db, IReadOnlyList<string> paths) =>
        db.Units.AsNoTracking().WithinSubtrees(paths)
            .Select(u => new UnitRow(
                u.Id, u.Code, u.Name, u.Kind, u.ParentId, u.Path,
                u.MonitoredUnit != null ? u.MonitoredUnit.Name : null,
                db.Officers.Count(o => o.UnitId == u.Id)));

    public async Task<IReadOnlyList<UnitOption>> AdministeredOptionsAsync(CancellationToken ct = default) =>
        (await ListAdministeredAsync(ct)).Select(u => new UnitOption(u.Id, u.Name, u.Depth)).ToList();

    public Task<OrganisationUnit?> FindAsync(int id, CancellationToken ct = default) =>
        db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct);

    public Task<UnitDetails?> GetDetailsAsync(int id, CancellationToken ct = default) =>
        db.Units.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new UnitDetails(
                u.Id, u.Code, u.Name, u.Kind, u.ParentId, u.Parent != null ? u.Parent.Name : null, u.Path,
                u.MonitoredUnitId, u.MonitoredUnit != null ? u.MonitoredUnit.Name : null, u.Version))
            .FirstOrDefaultAsync(ct);

    public async Task<OperationResult<int>> CreateAsync(UnitInput input, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return OperationResult<int>.From(validation.ToResult());
        }

        var code = NormalizeCode(input.Code);
        if (await db.Units.AnyAsync(u => u.Code == code, ct))
        {
            return OperationResult<int>.From(DuplicateCode());
        }

        var parent = await db.Units.FirstOrDefaultAsync(u => u.Id == input.ParentId, ct);
        if (parent is null)
        {
            return OperationResult<int>.From(OperationResult.Invalid(nameof(UnitInput.ParentId), ValidationMessages.Unit_ParentNotFound));
        }

        var unit = new OrganisationUnit(code, input.Name.Trim(), input.Kind);
        unit.PlaceUnder(parent);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Units.Add(unit);
        if (await TrySaveAsync(code, ct) is { } failed)
        {
            return OperationResult<int>.From(failed);
        }

        unit.RefreshPath();
        var monitored = await SetMonitoredAsync(unit, input.MonitoredUnitId, ct);
        if (!monitored.Succeeded)
        {
            return OperationResult<int>.From(monitored);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        logger.LogInformation("Unit {UnitId} ({UnitCode}) created under {ParentId}", unit.Id, unit.Code, parent.Id);
        return OperationResult<int>.Ok(unit.Id);
    }

    public async Task<OperationResult> UpdateAsync(int id, UnitInput input, int expectedVersion, CancellationToken ct = default)
    {
        var unit = await db.Units.Include(u => u.Parent).FirstOrDefaultAsync(u => u.Id == id, ct);
        if (unit is null)
        {
            return OperationResult.NotFound();
        }

        if (unit.Version != expectedVersion)
        {
            return OperationResult.Conflict();
        }

        // The root (province) keeps no parent; every other unit must have one.
        var validation = await validator.ValidateAsync(input, ct);
        var errors = validation.Errors
            .Where(e => !(unit.ParentId is null && e.PropertyName == nameof(UnitInput.ParentId)))
            .Select(e => new FieldError(e.PropertyName, e.ErrorMessage)).ToList();
        if (errors.Count > 0)
        {
            return OperationResult.Invalid(errors);
        }

        var code = NormalizeCode(input.Code);
        if (await db.Units.AnyAsync(u => u.Code == code && u.Id != id, ct))
        {
            return DuplicateCode();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (unit.ParentId is not null && input.ParentId != unit.ParentId)
        {
            var moved = await MoveAsync(unit, input.ParentId!.Value, ct);
            if (!moved.Succeeded)
            {
                return moved;
            }
        }

        unit.Code = code;
        unit.Name = input.Name.Trim();
        unit.Kind = input.Kind;
        var monitored = await SetMonitoredAsync(unit, input.MonitoredUnitId, ct);
        if (!monitored.Succeeded)
        {
            return monitored;
        }

        var saved = await db.SaveVersionedAsync(unit, expectedVersion, ct);
        if (saved.Succeeded)
        {
            await transaction.CommitAsync(ct);
            logger.LogInformation("Unit {UnitId} updated", unit.Id);
        }

        return saved;
    }

    public async Task<OperationResult> DeleteAsync(int id, int expectedVersion, CancellationToken ct = default)
    {
        var unit = await db.Units.FirstOrDefaultAsync(u => u.Id == id, ct);
        if (unit is null)
        {
            return OperationResult.NotFound();
        }

        // Refuse rather than cascade: nothing attached to a unit is ever lost by deleting it.
        var blockers = new List<FieldError>();
        if (await db.Units.AnyAsync(u => u.ParentId == id, ct))
        {
            blockers.Add(new FieldError("", ValidationMessages.Unit_DeleteHasChildren));
        }

        if (await db.Officers.AnyAsync(o => o.UnitId == id, ct))
        {
            blockers.Add(new FieldError("", ValidationMessages.Unit_DeleteHasOfficers));
        }

        if (await db.RoleGrants.AnyAsync(g => g.UnitId == id, ct))
        {
            blockers.Add(new FieldError("", ValidationMessages.Unit_DeleteHasGrants));
        }

        if (await db.Units.AnyAsync(u => u.MonitoredUnitId == id, ct))
        {
            blockers.Add(new FieldError("", ValidationMessages.Unit_DeleteIsMonitored));
        }

        if (blockers.Count > 0)
        {
            return OperationResult.Invalid(blockers);
        }

        db.Units.Remove(unit);
        var saved = await db.SaveVersionedAsync(unit, expectedVersion, ct);
        if (saved.Succeeded)
        {
            logger.LogInformation("Unit {UnitId} deleted", id);
        }

        return saved;
    }

    private async Task<OperationResult> MoveAsync(OrganisationUnit unit, int newParentId, CancellationToken ct)
    {
        var parent = await db.Units.FirstOrDefaultAsync(u => u.Id == newParentId, ct);
        if (parent is null)
        {
            return OperationResult.Invalid(nameof(UnitInput.ParentId), ValidationMessages.Unit_ParentNotFound);
        }

        var placed = unit.PlaceUnder(parent);
        if (!placed.IsSuccess)
        {
            return placed.Error!.ToResult();
        }

        var oldPath = unit.RefreshPath();
        var descendants = await db.Units.Where(u => u.Path.StartsWith(oldPath) && u.Id != unit.Id).ToListAsync(ct);
        foreach (var descendant in descendants)
        {
            descendant.ReplacePathPrefix(oldPath, unit.Path);
        }

        // An Interior office inside the moved subtree must still sit under the unit it monitors; otherwise its
        // officers would reach a subtree they no longer belong to.
        var moved = descendants.Append(unit).ToDictionary(u => u.Id);
        foreach (var office in moved.Values.Where(u => u.MonitoredUnitId is not null))
        {
            var monitoredPath = moved.TryGetValue(office.MonitoredUnitId!.Value, out var inside)
                ? inside.Path
                : await db.Units.Where(u => u.Id == office.MonitoredUnitId).Select(u => u.Path).SingleAsync(ct);
            if (!OrganisationUnit.IsPathInSubtree(office.Path, monitoredPath) || office.Path == monitoredPath)
            {
                return OperationResult.Invalid(nameof(UnitInput.ParentId), ValidationMessages.Unit_MoveBreaksMonitoring);
            }
        }

        return OperationResult.Ok();
    }

    private async Task<OperationResult> SetMonitoredAsync(OrganisationUnit unit, int? monitoredId, CancellationToken ct)
    {
        var monitored = monitoredId is null ? null : await db.Units.FirstOrDefaultAsync(u => u.Id == monitoredId, ct);
        if (monitoredId is not null && monitored is null)
        {
            return OperationResult.Invalid(nameof(UnitInput.MonitoredUnitId), ValidationMessages.Unit_MonitoredNotFound);
        }

        var result = unit.Monitor(monitored);
        return result.IsSuccess ? OperationResult.Ok() : result.Error!.ToResult();
    }

    private async Task<OperationResult?> TrySaveAsync(string code, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException)
        {
            // Two admins creating the same code at once: the unique index is the last word. Any other failure is
            // not the user's doing and is not dressed up as one.
            db.Entry(ex.Entries.Single().Entity).State = EntityState.Detached;
            if (!await db.Units.AnyAsync(u => u.Code == code, ct))
            {
                throw;
            }

            logger.LogInformation("Unit code {UnitCode} was taken by a concurrent insert", code);
            return DuplicateCode();
        }
    }

    private static OperationResult DuplicateCode() =>
        OperationResult.Invalid(nameof(UnitInput.Code), ValidationMessages.Unit_CodeDuplicate);

    private static string NormalizeCode(string code) => code.Trim().ToUpperInvariant();
}
