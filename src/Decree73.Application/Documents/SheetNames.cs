namespace Decree73.Application.Documents;

/// <summary>Excel's rules for sheet names: 1 to 31 characters, none of : \ / ? * [ ], no apostrophe at either end, unique ignoring case.</summary>
public static class SheetNames
{
    public const int MaxLength = 31;
    private const string Fallback = "Sheet";
    private static readonly char[] Forbidden = [':', '\\', '/', '?', '*', '[', ']'];

    /// <summary>Replaces forbidden and control characters with "-", trims, and cuts to 31 characters.</summary>
    public static string Sanitise(string? name)
    {
        var chars = (name ?? string.Empty).Select(c => Array.IndexOf(Forbidden, c) >= 0 || char.IsControl(c) ? '-' : c).ToArray();
        var clean = new string(chars).Trim().Trim('\'').Trim();
        if (clean.Length > MaxLength)
        {
            clean = Cut(clean, MaxLength).TrimEnd().TrimEnd('\'');
        }

        // "History" is reserved by Excel.
        return clean.Length == 0 || clean.Equals("History", StringComparison.OrdinalIgnoreCase) ? Fallback : clean;
    }

    /// <summary>Sanitises each name and adds " (2)", " (3)" ... to repeats, keeping within 31 characters.</summary>
    public static IReadOnlyList<string> SanitiseAll(IEnumerable<string?> names)
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = new List<string>();
        foreach (var name in names)
        {
            var baseName = Sanitise(name);
            var candidate = baseName;
            for (var n = 2; !used.Add(candidate); n++)
            {
                var suffix = $" ({n})";
                candidate = Cut(baseName, MaxLength - suffix.Length).TrimEnd() + suffix;
            }

            result.Add(candidate);
        }

        return result;
    }

    // Never splits a surrogate pair.
    private static string Cut(string text, int length) =>
        text.Length <= length ? text : text[..(char.IsHighSurrogate(text[length - 1]) ? length - 1 : length)];
}
