using Decree73.Application.Common;
using Decree73.Domain.Access;

namespace Decree73.Application.Accounts;

/// <summary>Login accounts and their unit-scoped role grants. Implemented over ASP.NET Core Identity in Infrastructure.</summary>
public interface IAccountService
{
    Task<IReadOnlyList<AccountListItem>> ListAdministeredAsync(CancellationToken ct = default);
    Task<AccountDetails?> GetAsync(string userId, CancellationToken ct = default);
    Task<OperationResult<string>> CreateAsync(AccountInput input, CancellationToken ct = default);
    Task<OperationResult> GrantAsync(string userId, AppRole role, int unitId, CancellationToken ct = default);
    /// <summary>The latest UnitHead and InteriorOfficer grants in the administered subtrees, newest first.</summary>
    Task<IReadOnlyList<PrivilegedGrantItem>> RecentPrivilegedGrantsAsync(int count, CancellationToken ct = default);
    Task<OperationResult> RevokeAsync(string userId, int grantId, CancellationToken ct = default);
    Task<OperationResult> SetLockedAsync(string userId, bool locked, CancellationToken ct = default);
    /// <summary>
    /// A lost phone: removes the account's authenticator key and recovery codes and turns the second factor off, so
    /// that it enrols again at its next sign-in. Never one's own account.
    /// </summary>
    Task<OperationResult> ResetAuthenticatorAsync(string userId, CancellationToken ct = default);
}
