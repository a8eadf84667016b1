using Decree73.Domain.Access;
using Decree73.Domain.Organisation;
using Decree73.Infrastructure.Identity;
using Decree73.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Decree73.Infrastructure.Seeding;

public sealed record BootstrapResult(bool Succeeded, string Message, string? Password = null);

/// <summary>
/// Creates the first administrator of a new installation (command line: --create-admin). The root unit is created
/// when the tree is empty. The password is generated and returned once to be printed on the console, never logged.
/// </summary>
public sealed class AdministratorBootstrap(AppDbContext db, UserManager<AppUser> users, ILogger<AdministratorBootstrap> logger)
{
    public async Task<BootstrapResult> CreateAsync(string email, string rootCode, string rootName, CancellationToken ct = default)
    {
        if (await users.FindByEmailAsync(email) is not null)
        {
            return new BootstrapResult(false, $"An account with e-mail {email} already exists.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var root = await db.Units.Where(u => u.ParentId == null).OrderBy(u => u.Id).FirstOrDefaultAsync(ct);
        if (root is null)
        {
            root = new OrganisationUnit(rootCode.Trim().ToUpperInvariant(), rootName.Trim(), UnitKind.Province);
            db.Units.Add(root);
            await db.SaveChangesAsync(ct);
            root.RefreshPath();
            await db.SaveChangesAsync(ct);
        }

        var password = PasswordGenerator.Create();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return new BootstrapResult(false, string.Join("; ", created.Errors.Select(e => e.Description)));
        }

        db.RoleGrants.Add(new RoleGrant(user.Id, AppRole.Administrator, root.Id));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        logger.LogInformation("First administrator {UserId} created for unit {UnitId}", user.Id, root.Id);
        return new BootstrapResult(true, $"Administrator {email} created for {root.Name} ({root.Code}).", password);
    }
}
