using System.Security.Cryptography;
using System.Text;
using Decree73.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace Decree73.Infrastructure.Identity.TwoFactor;

/// <summary>
/// Identity's EF user store, except that two-factor recovery codes are kept as SHA-256 hashes (salted with the
/// account id) instead of the plain codes Identity writes to AspNetUserTokens. A database reader cannot use them;
/// a code is still accepted once (it is removed when redeemed, and the save is guarded by the concurrency stamp).
/// </summary>
public sealed class HashedRecoveryCodeUserStore(AppDbContext context, IdentityErrorDescriber? describer = null)
    : UserStore<AppUser, IdentityRole, AppDbContext>(context, describer)
{
    /// <summary>The AspNetUserTokens row that holds the hashes (LoginProvider, Name).</summary>
    public const string TokenProvider = "Decree73";
    public const string RecoveryCodeHashesToken = "RecoveryCodeHashes";

    public override async Task ReplaceCodesAsync(AppUser user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var hashes = recoveryCodes.Select(code => Hash(user.Id, code));
        await SetTokenAsync(user, TokenProvider, RecoveryCodeHashesToken, string.Join(';', hashes), cancellationToken);
    }

    public override async Task<bool> RedeemCodeAsync(AppUser user, string code, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(code);
        var stored = await StoredHashesAsync(user, cancellationToken);
        var offered = Hash(user.Id, code);
        var match = stored.FirstOrDefault(h => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(h), Encoding.ASCII.GetBytes(offered)));
        if (match is null)
        {
            return false;
        }

        stored.Remove(match);
        await SetTokenAsync(user, TokenProvider, RecoveryCodeHashesToken, string.Join(';', stored), cancellationToken);
        return true;
    }

    public override async Task<int> CountCodesAsync(AppUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        return (await StoredHashesAsync(user, cancellationToken)).Count;
    }

    /// <summary>
    /// Lower-case hex SHA-256 of "account id : code", the code without spaces or dashes and in upper case (as typed
    /// from a printout). Identity's codes are random, so a fast hash is enough; the salt stops one table for all.
    /// </summary>
    public static string Hash(string userId, string code)
    {
        var normalised = new string(code.Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray()).ToUpperInvariant();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(userId + ":" + normalised)));
    }

    private async Task<List<string>> StoredHashesAsync(AppUser user, CancellationToken ct) =>
        (await GetTokenAsync(user, TokenProvider, RecoveryCodeHashesToken, ct) ?? "")
            .Split(';', StringSplitOptions.RemoveEmptyEntries).ToList();
}
