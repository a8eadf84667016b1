using Decree73.Application.Abstractions;
using Decree73.Application.Access;
using Decree73.Application.Accounts;
using Decree73.Application.Common;
using Decree73.Application.Resources;
using Decree73.Domain.Access;
using Decree73.Infrastructure.Persistence;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Decree73.Infrastructure.Identity;

/// <summary>Accounts over ASP.NET Core Identity, with grants in our own unit-scoped table.</summary>
public sealed class IdentityAccountService(
    AppDbContext db,
    UserManager<AppUser> users,
    UserAccess access,
    IValidator<AccountInput> validator,
    TimeProvider time,
    ICurrentUser currentUser,
    ILogger<IdentityAccountService> logger) : IAccountService
{
    /// <summary>Roles that approve proposals, record protection or monitor: granting one is a security event.</summary>
    private static readonly AppRole[] PrivilegedRoles = [AppRole.UnitHead, AppRole.InteriorOfficer];

    public async Task<IReadOnlyList<AccountListItem>> ListAdministeredAsync(CancellationToken ct = default)
    {
        var paths = await access.AdministeredPathsAsync(ct);
        var now = time.GetUtcNow();
        var rows = await Administered(db, paths).ToListAsync(ct);

        return rows.Select(r => new AccountListItem(
                r.Id, r.Email ?? "", r.Officer?.FullName, r.Officer?.UnitName, r.LockoutEnd > now, r.Roles.Distinct().ToList()))
            .ToList();
    }

    internal sealed record OfficerCells(string FullName, string UnitName);

    internal sealed record AccountRow(string Id, string? Email, DateTimeOffset? LockoutEnd, OfficerCells? Officer, List<AppRole> Roles);

    /// <summary>The accounts of the officers and grants of the administered subtrees, by e-mail.</summary>
    internal static IQueryable<AccountRow> Administered(AppDbContext db, IReadOnlyList<string> paths)
    {
        var unitIds = db.Units.WithinSubtrees(paths).Select(u => u.Id);
        return db.Users.AsNoTracking()
            .Where(u => db.Officers.Any(o => o.UserId == u.Id && unitIds.Contains(o.UnitId))
                        || db.RoleGrants.Any(g => g.UserId == u.Id && unitIds.Contains(g.UnitId)))
            .OrderBy(u => u.NormalizedEmail)
            .Select(u => new AccountRow(
                u.Id,
                u.Email,
                u.LockoutEnd,
                db.Officers.Where(o => o.UserId == u.Id).Select(o => new OfficerCells(o.FullName, o.Unit!.Name)).FirstOrDefault(),
                db.RoleGrants.Where(g => g.UserId == u.Id).Select(g => g.Role).ToList()));
    }

    public async Task<AccountDetails?> GetAsync(string userId, CancellationToken ct = default)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null)
        {
            return null;
        }

        var officer = await db.Officers.AsNoTracking().Where(o => o.UserId == userId)
            .Select(o => new { o.Id, o.FullName, o.UnitId, UnitName = o.Unit!.Name }).FirstOrDefaultAsync(ct);
        var grants = await db.RoleGrants.AsNoTracking().Where(g => g.UserId == userId)
            .OrderBy(g => g.Unit!.Name).ThenBy(g => g.Role)
            .Select(g => new GrantItem(g.Id, g.Role, g.UnitId, g.Unit!.Name)).ToListAsync(ct);
        return new AccountDetails(
            user.Id, user.Email ?? "", officer?.Id, officer?.FullName, officer?.UnitId, officer?.UnitName,
            user.LockoutEnd > time.GetUtcNow(), grants, user.TwoFactorEnabled);
    }

    public async Task<OperationResult<string>> CreateAsync(AccountInput input, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return OperationResult<string>.From(validation.ToResult());
        }

        var officer = await db.Officers.FirstOrDefaultAsync(o => o.Id == input.OfficerId, ct);
        if (officer is null)
        {
            return Fail(nameof(AccountInput.OfficerId), ValidationMessages.Account_OfficerRequired);
        }

        if (officer.UserId is not null)
        {
            return Fail(nameof(AccountInput.OfficerId), ValidationMessages.Account_OfficerHasAccount);
        }

        if (await users.FindByEmailAsync(input.Email.Trim()) is not null)
        {
            return Fail(nameof(AccountInput.Email), ValidationMessages.Account_EmailDuplicate);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var user = new AppUser { UserName = input.Email.Trim(), Email = input.Email.Trim(), EmailConfirmed = true };
        var created = await users.CreateAsync(user, input.Password);
        if (!created.Succeeded)
        {
            return OperationResult<string>.From(OperationResult.Invalid(created.Errors.Select(ToFieldError).ToList()));
        }

        officer.UserId = user.Id;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        logger.LogInformation("Account {UserId} created for officer {OfficerId}", user.Id, officer.Id);
        return OperationResult<string>.Ok(user.Id);
    }

    public async Task<OperationResult> GrantAsync(string userId, AppRole role, int unitId, CancellationToken ct = default)
    {
        if (!Enum.IsDefined(role))
        {
            return OperationResult.Invalid("Role", ValidationMessages.Account_RoleInvalid);
        }

        if (!await db.Users.AnyAsync(u => u.Id == userId, ct))
        {
            return OperationResult.NotFound();
        }

        // Separation of duties: nobody grants themselves a role, whatever they administer.
        if (userId == currentUser.UserId)
        {
            logger.LogWarning("Security: {ActorId} tried to grant themselves {Role} in unit {UnitId}", currentUser.UserId, role, unitId);
            return OperationResult.Invalid("Role", ValidationMessages.Account_CannotGrantSelf);
        }

        if (!await db.Units.AnyAsync(u => u.Id == unitId, ct))
        {
            return OperationResult.Invalid("UnitId", ValidationMessages.Account_GrantUnitNotFound);
        }

        if (await db.RoleGrants.AnyAsync(g => g.UserId == userId && g.Role == role && g.UnitId == unitId, ct))
        {
            return OperationResult.Invalid("Role", ValidationMessages.Account_GrantDuplicate);
        }

        db.RoleGrants.Add(new RoleGrant(userId, role, unitId));
        await db.SaveChangesAsync(ct);
        await EndSessionsAsync(userId);
        if (PrivilegedRoles.Contains(role))
        {
            logger.LogWarning("Security: privileged role {Role} granted to {UserId} in unit {UnitId} by {ActorId} from {ClientIp}",
                role, userId, unitId, currentUser.UserId, currentUser.ClientIp);
        }
        else
        {
            logger.LogInformation("Role {Role} granted to {UserId} in unit {UnitId} by {ActorId}", role, userId, unitId, currentUser.UserId);
        }

        return OperationResult.Ok();
    }

    public async Task<IReadOnlyList<PrivilegedGrantItem>> RecentPrivilegedGrantsAsync(int count, CancellationToken ct = default)
    {
        var rows = await PrivilegedGrants(db, await access.AdministeredPathsAsync(ct), count).ToListAsync(ct);
        return rows.Select(r => new PrivilegedGrantItem(r.CreatedAtUtc, r.By, r.To ?? "", r.Role, r.UnitName)).ToList();
    }

    internal sealed record GrantRow(DateTime CreatedAtUtc, string? By, string? To, AppRole Role, string UnitName);

    /// <summary>The newest head and Interior grants in the administered subtrees, with who granted them to whom.</summary>
    internal static IQueryable<GrantRow> PrivilegedGrants(AppDbContext db, IReadOnlyList<string> paths, int count)
    {
        var unitIds = db.Units.WithinSubtrees(paths).Select(u => u.Id);
        return db.RoleGrants.AsNoTracking()
            .Where(g => PrivilegedRoles.Contains(g.Role) && unitIds.Contains(g.UnitId))
            .OrderByDescending(g => g.CreatedAtUtc).ThenByDescending(g => g.Id)
            .Take(count)
            .Select(g => new GrantRow(
                g.CreatedAtUtc,
                db.Users.Where(u => u.Id == g.CreatedBy).Select(u => u.Email).FirstOrDefault(),
                db.Users.Where(u => u.Id == g.UserId).Select(u => u.Email).FirstOrDefault(),
                g.Role,
                g.Unit!.Name));
    }

    public async Task<OperationResult> RevokeAsync(string userId, int grantId, CancellationToken ct = default)
    {
        var grant = await db.RoleGrants.FirstOrDefaultAsync(g => g.Id == grantId && g.UserId == userId, ct);
        if (grant is null)
        {
            return OperationResult.NotFound();
        }

        db.RoleGrants.Remove(grant);
        await db.SaveChangesAsync(ct);
        await EndSessionsAsync(userId);
        logger.LogInformation("Role {Role} revoked from {UserId} in unit {UnitId}", grant.Role, userId, grant.UnitId);
        return OperationResult.Ok();
    }

    public async Task<OperationResult> SetLockedAsync(string userId, bool locked, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return OperationResult.NotFound();
        }

        await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        if (!locked)
        {
            await users.ResetAccessFailedCountAsync(user);
        }

        await users.UpdateSecurityStampAsync(user);
        logger.LogInformation("Account {UserId} locked: {Locked}", userId, locked);
        return OperationResult.Ok();
    }

    public async Task<OperationResult> ResetAuthenticatorAsync(string userId, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return OperationResult.NotFound();
        }

        // Separation of duties: a second factor one could reset oneself would not be a second factor.
        if (userId == currentUser.UserId)
        {
            logger.LogWarning("Security: {ActorId} tried to reset their own authenticator from {ClientIp}", currentUser.UserId, currentUser.ClientIp);
            return OperationResult.Invalid("", ValidationMessages.Account_CannotResetOwnAuthenticator);
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.RemoveAuthenticationTokenAsync(user, TwoFactor.HashedRecoveryCodeUserStore.TokenProvider, TwoFactor.HashedRecoveryCodeUserStore.RecoveryCodeHashesToken);
        await users.RemoveAuthenticationTokenAsync(user, TwoFactor.HashedRecoveryCodeUserStore.TokenProvider, TwoFactor.SingleUseAuthenticatorTokenProvider.LastStepToken);
        // A new key (nobody knows it yet) and a new security stamp: every session of the account ends.
        await users.ResetAuthenticatorKeyAsync(user);
        logger.LogWarning("Security: authenticator of {UserId} reset by administrator {ActorId} from {ClientIp}",
            userId, currentUser.UserId, currentUser.ClientIp);
        return OperationResult.Ok();
    }

    /// <summary>A role change renews the security stamp: the account's sessions end and it signs in again.</summary>
    private async Task EndSessionsAsync(string userId)
    {
        if (await users.FindByIdAsync(userId) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }
    }

    private static OperationResult<string> Fail(string field, string message) =>
        OperationResult<string>.From(OperationResult.Invalid(field, message));

    private static FieldError ToFieldError(IdentityError error) => error.Code switch
    {
        "PasswordTooShort" => new FieldError(nameof(AccountInput.Password), ValidationMessages.Account_PasswordTooShort),
        _ when error.Code.StartsWith(Passwords.WeakPasswordValidator.CodePrefix, StringComparison.Ordinal) => new FieldError(nameof(AccountInput.Password), error.Description),
        "DuplicateEmail" or "DuplicateUserName" => new FieldError(nameof(AccountInput.Email), ValidationMessages.Account_EmailDuplicate),
        "InvalidEmail" or "InvalidUserName" => new FieldError(nameof(AccountInput.Email), ValidationMessages.Account_EmailInvalid),
        _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => new FieldError(nameof(AccountInput.Password), ValidationMessages.Account_PasswordRejected),
        _ => new FieldError("", error.Description),
    };
}
