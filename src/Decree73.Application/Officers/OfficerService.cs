using Decree73.Application.Access;
using Decree73.Application.Abstractions;
using Decree73.Application.Common;
using Decree73.Application.Resources;
using Decree73.Domain.People;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Decree73.Application.Officers;

/// <summary>Manages officers (people). Pages authorize the operation on the officer's unit first.</summary>
public sealed class OfficerService(
    IAppDbContext db, UserAccess access, IValidator<OfficerInput> validator, ILogger<OfficerService> logger)
{
    /// <summary>Officers of the administered subtrees, ordered by folded name, keyset-paginated.</summary>
    public async Task<KeysetPage<OfficerListItem>> ListAsync(OfficerFilter filter, CancellationToken ct = default)
    {
        var paths = await access.AdministeredPathsAsync(ct);
        var size = Math.Clamp(filter.PageSize, 1, 200);
        var rows = await ListPage(db, paths, filter, size).ToListAsync(ct);

        var items = rows.Take(size)
            .Select(r => new OfficerListItem(r.Id, r.FullName, r.PostTitle, r.PostKind, r.Category, r.UnitName, r.HasAccount))
            .ToList();
        var next = rows.Count > size ? KeysetCursor.Encode(rows[size - 1].SortName, rows[size - 1].Id) : null;
        return new KeysetPage<OfficerListItem>(items, next);
    }

    internal sealed record OfficerRow(
        int Id, string FullName, string SortName, string? PostTitle, PostKind PostKind, CivilServiceCategory Category, string UnitName, bool HasAccount);

    /// <summary>One page of the officers of the subtrees, by folded name (one row more, to know whether another follows).</summary>
    internal static IQueryable<OfficerRow> ListPage(IAppDbContext db, IReadOnlyList<string> paths, OfficerFilter filter, int size)
    {
        var units = db.Units.WithinSubtrees(paths).Select(u => u.Id);
        var query = db.Officers.AsNoTracking().Where(o => units.Contains(o.UnitId));
        if (filter.UnitId is { } unitId)
        {
            query = query.Where(o => o.UnitId == unitId);
        }

        if (KeysetCursor.TryDecode(filter.After, out var afterName, out var afterId))
        {
            query = query.Where(o => string.Compare(o.SortName, afterName) > 0
                                     || (o.SortName == afterName && o.Id > afterId));
        }

        return query.OrderBy(o => o.SortName).ThenBy(o => o.Id).Take(size + 1)
            .Select(o => new OfficerRow(o.Id, o.FullName, o.SortName, o.PostTitle, o.PostKind, o.Category, o.Unit!.Name, o.UserId != null));
    }

    /// <summary>Officers of the administered subtrees who have no login account yet, for the account form.</summary>
    public async Task<IReadOnlyList<OfficerOption>> WithoutAccountAsync(CancellationToken ct = default) =>
        await WithoutAccount(db, await access.AdministeredPathsAsync(ct)).ToListAsync(ct);

    internal static IQueryable<OfficerOption> WithoutAccount(IAppDbContext db, IReadOnlyList<string> paths)
    {
        var units = db.Units.WithinSubtrees(paths).Select(u => u.Id);
        return db.Officers.AsNoTracking()
            .Where(o => o.UserId == null && units.Contains(o.UnitId))
            .OrderBy(o => o.SortName).ThenBy(o => o.Id)
            .Select(o => new OfficerOption(o.Id, o.FullName, o.Unit!.Name));
    }

    /// <summary>The full name of the officer behind a login account, if the account has one.</summary>
    public Task<string?> NameOfAccountAsync(string userId, CancellationToken ct = default) =>
        db.Officers.AsNoTracking().Where(o => o.UserId == userId).Select(o => o.FullName).FirstOrDefaultAsync(ct);

    /// <summary>"Lê Văn Minh – UBND phường Trạm Lộ" for the page header; null when the account is no officer's.</summary>
    public Task<string?> HeaderNameOfAccountAsync(string userId, CancellationToken ct = default) =>
        db.Officers.AsNoTracking().Where(o => o.UserId == userId).Select(o => o.FullName + " – " + o.Unit!.Name).FirstOrDefaultAsync(ct);

    public Task<Officer?> FindAsync(int id, CancellationToken ct = default) =>
        db.Officers.AsNoTracking().Include(o => o.Unit).FirstOrDefaultAsync(o => o.Id == id, ct);

    public async Task<OperationResult<int>> CreateAsync(OfficerInput input, CancellationToken ct = default)
    {
        var checkedInput = await CheckAsync(input, ct);
        if (!checkedInput.Succeeded)
        {
            return OperationResult<int>.From(checkedInput);
        }

        var officer = new Officer();
        Apply(officer, input);
        db.Officers.Add(officer);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Officer {OfficerId} created in unit {UnitId}", officer.Id, officer.UnitId);
        return OperationResult<int>.Ok(officer.Id);
    }

    public async Task<OperationResult> UpdateAsync(int id, OfficerInput input, int expectedVersion, CancellationToken ct = default)
    {
        var officer = await db.Officers.FirstOrDefaultAsync(o => o.Id == id, ct);
        if (officer is null)
        {
            return OperationResult.NotFound();
        }

        var checkedInput = await CheckAsync(input, ct);
        if (!checkedInput.Succeeded)
        {
            return checkedInput;
        }

        Apply(officer, input);
        var saved = await db.SaveVersionedAsync(officer, expectedVersion, ct);
        if (saved.Succeeded)
        {
            logger.LogInformation("Officer {OfficerId} updated", id);
        }

        return saved;
    }

    public async Task<OperationResult> DeleteAsync(int id, int expectedVersion, CancellationToken ct = default)
    {
        var officer = await db.Officers.FirstOrDefaultAsync(o => o.Id == id, ct);
        if (officer is null)
        {
            return OperationResult.NotFound();
        }

        if (officer.UserId is not null)
        {
            return OperationResult.Invalid("", ValidationMessages.Officer_DeleteHasAccount);
        }

        db.Officers.Remove(officer);
        var saved = await db.SaveVersionedAsync(officer, expectedVersion, ct);
        if (saved.Succeeded)
        {
            logger.LogInformation("Officer {OfficerId} deleted", id);
        }

        return saved;
    }

    private async Task<OperationResult> CheckAsync(OfficerInput input, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return validation.ToResult();
        }

        return await db.Units.AnyAsync(u => u.Id == input.UnitId, ct)
            ? OperationResult.Ok()
            : OperationResult.Invalid(nameof(OfficerInput.UnitId), ValidationMessages.Officer_UnitRequired);
    }

    private static void Apply(Officer officer, OfficerInput input)
    {
        officer.FullName = input.FullName.Trim();
        officer.Sex = input.Sex!.Value;
        officer.DateOfBirth = input.DateOfBirth!.Value;
        officer.EducationLevel = input.EducationLevel!.Value;
        officer.PoliticalTheoryLevel = input.PoliticalTheoryLevel!.Value;
        officer.Ethnicity = input.Ethnicity.Trim();
        officer.PostKind = input.PostKind!.Value;
        officer.PostTitle = string.IsNullOrWhiteSpace(input.PostTitle) ? null : input.PostTitle.Trim();
        officer.TaskGroup = string.IsNullOrWhiteSpace(input.TaskGroup) ? null : input.TaskGroup.Trim();
        officer.Category = input.Category!.Value;
        officer.UnitId = input.UnitId!.Value;
    }
}
