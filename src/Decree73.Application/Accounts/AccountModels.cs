using Decree73.Domain.Access;

namespace Decree73.Application.Accounts;

public sealed class AccountInput
{
    public string Email { get; set; } = "";
    public int? OfficerId { get; set; }
    public string Password { get; set; } = "";
}

public sealed record AccountListItem(string UserId, string Email, string? OfficerName, string? UnitName, bool LockedOut, IReadOnlyList<AppRole> Roles);

/// <summary>A UnitHead or InteriorOfficer grant, shown to every administrator whose scope reaches its unit.</summary>
public sealed record PrivilegedGrantItem(DateTime GrantedAtUtc, string? GrantedByEmail, string GrantedToEmail, AppRole Role, string UnitName);

public sealed record GrantItem(int Id, AppRole Role, int UnitId, string UnitName);

public sealed record AccountDetails(
    string UserId, string Email, int? OfficerId, string? OfficerName, int? UnitId, string? UnitName,
    bool LockedOut, IReadOnlyList<GrantItem> Grants, bool TwoFactorEnabled = false);

/// <summary>The unit whose administrators may manage an account: the officer's unit, else every unit it holds a grant in.</summary>
public sealed record AccountScope(IReadOnlyList<int> UnitIds);
