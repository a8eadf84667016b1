using Decree73.TestSupport;
using Decree73.Domain.Access;
using Decree73.Infrastructure.Identity;
using Decree73.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Decree73.WebTests;

public static class TestAccounts
{
    public const string Password = "a long test password";

    /// <summary>Adds an account holding <paramref name="role"/> in the unit with <paramref name="unitCode"/>.</summary>
    public static async Task<string> AddAsync(this WebAppFactory factory, string email, AppRole role, string unitCode)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true };
        var created = await users.CreateAsync(user, Password);
        Assert.True(created.Succeeded);
        db.RoleGrants.Add(new RoleGrant(user.Id, role, await UnitIdAsync(factory, unitCode)));
        await db.SaveChangesAsync();
        return user.Id;
    }

    public static async Task<int> UnitIdAsync(this WebAppFactory factory, string code)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync();
    }

    public static async Task<T> QueryAsync<T>(this WebAppFactory factory, Func<AppDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }
}
