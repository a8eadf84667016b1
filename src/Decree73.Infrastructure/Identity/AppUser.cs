using Microsoft.AspNetCore.Identity;

namespace Decree73.Infrastructure.Identity;

/// <summary>A login account. The person behind it is the <see cref="Domain.People.Officer"/> whose UserId points here.</summary>
public sealed class AppUser : IdentityUser
{
}
