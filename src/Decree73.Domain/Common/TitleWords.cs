namespace Decree73.Domain.Common;

/// <summary>
/// The significant words of a title for the similar-proposal hint: folded (<see cref="TextNormalizer"/>), split on
/// anything that is not a letter or digit, without one-letter tokens and without the function words that appear in
/// almost every Vietnamese title and would make every proposal look similar to every other.
/// </summary>
public static class TitleWords
{
    public const int MaxLength = 40;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "va", "cua", "cac", "cho", "trong", "tai", "tren", "voi", "ve", "theo", "la", "mot", "nhung", "nay", "tu",
        "den", "thi", "duoc", "khi", "nham", "viec",
    };

    public static IReadOnlyList<string> Of(string? title)
    {
        var folded = TextNormalizer.Fold(title);
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var isWordChar = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (isWordChar && start < 0)
            {
                start = i;
            }
            else if (!isWordChar && start >= 0)
            {
                var word = folded[start..Math.Min(i, start + MaxLength)];
                if (word.Length > 1 && !StopWords.Contains(word) && !words.Contains(word))
                {
                    words.Add(word);
                }

                start = -1;
            }
        }

        return words;
    }
}
