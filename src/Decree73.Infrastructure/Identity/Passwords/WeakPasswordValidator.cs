using System.Globalization;
using Decree73.Application.Resources;
using Microsoft.AspNetCore.Identity;

namespace Decree73.Infrastructure.Identity.Passwords;

/// <summary>
/// Refuses passwords that are guessed first (ASVS V6.2, NIST SP 800-63B §3.1.1.2): common or breached ones (also
/// with digits or symbols only added around them), a character repeated or a run of neighbouring characters,
/// and passwords that contain the account's e-mail name. Any Unicode is accepted, up to 128 characters; there are
/// no composition rules. Codes start with "WeakPassword"; descriptions are the Vietnamese messages shown.
/// </summary>
public sealed class WeakPasswordValidator : IPasswordValidator<AppUser>
{
    public const int MaximumLength = 128;
    public const string CodePrefix = "WeakPassword";

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password) =>
        Task.FromResult(Check(password ?? "", user.Email) is { } error ? IdentityResult.Failed(error) : IdentityResult.Success);

    public static IdentityError? Check(string password, string? email)
    {
        if (password.Length > MaximumLength)
        {
            return Error("TooLong", ValidationMessages.Account_PasswordTooLong);
        }

        var lower = password.Normalize().ToLower(CultureInfo.InvariantCulture);
        if (IsRepetitive(lower))
        {
            return Error("Repetitive", ValidationMessages.Account_PasswordRepetitive);
        }

        if (IsCommon(lower))
        {
            return Error("Common", ValidationMessages.Account_PasswordCommon);
        }

        return ContainsEmailName(lower, email) ? Error("ContainsEmail", ValidationMessages.Account_PasswordContainsEmail) : null;
    }

    private static bool IsCommon(string lower)
    {
        if (CommonPasswords.Contains(lower) || CommonPasswords.Contains(lower.Replace(" ", "", StringComparison.Ordinal)))
        {
            return true;
        }

        // "password1234", "!!dragon2024": a common word dressed with digits and symbols is still that word.
        var core = lower.Trim().Trim("0123456789!@#$%^&*()-_=+.,;:?/\\|'\"`~[]{}<> ".ToCharArray());
        return core.Length >= 4 && core.Length < lower.Length && CommonPasswords.Contains(core);
    }

    /// <summary>Few distinct characters ("aaaaaaaaaaaa", "121212121212"), or mostly steps of -1, 0 or +1 ("123456789012").</summary>
    private static bool IsRepetitive(string lower)
    {
        var runes = lower.EnumerateRunes().Select(r => r.Value).ToList();
        if (runes.Distinct().Count() < 5)
        {
            return true;
        }

        var neighbourSteps = 0;
        for (var i = 1; i < runes.Count; i++)
        {
            if (Math.Abs(runes[i] - runes[i - 1]) <= 1 || (runes[i - 1] == '9' && runes[i] == '0'))
            {
                neighbourSteps++;
            }
        }

        return neighbourSteps >= 0.75 * (runes.Count - 1);
    }

    /// <summary>The e-mail's name as a whole (separators ignored), or any part of it of five letters or more.</summary>
    private static bool ContainsEmailName(string lower, string? email)
    {
        var at = email?.IndexOf('@', StringComparison.Ordinal) ?? -1;
        if (at <= 0)
        {
            return false;
        }

        var name = email![..at].ToLower(CultureInfo.InvariantCulture);
        var parts = name.Split(['.', '_', '-', '+'], StringSplitOptions.RemoveEmptyEntries);
        var joined = string.Concat(parts);
        var squeezed = new string(lower.Where(char.IsLetterOrDigit).ToArray());
        return (joined.Length >= 4 && squeezed.Contains(joined, StringComparison.Ordinal))
               || parts.Any(p => p.Length >= 5 && lower.Contains(p, StringComparison.Ordinal));
    }

    private static IdentityError Error(string code, string message) => new() { Code = CodePrefix + code, Description = message };
}

/// <summary>The message to show for a refused new password.</summary>
public static class PasswordMessages
{
    public static string First(IEnumerable<IdentityError> errors)
    {
        var list = errors.ToList();
        if (list.FirstOrDefault(e => e.Code.StartsWith(WeakPasswordValidator.CodePrefix, StringComparison.Ordinal)) is { } weak)
        {
            return weak.Description;
        }

        return list.Any(e => e.Code == "PasswordTooShort") ? ValidationMessages.Account_PasswordTooShort : ValidationMessages.Account_PasswordRejected;
    }
}
