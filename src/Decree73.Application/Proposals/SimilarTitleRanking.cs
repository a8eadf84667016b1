using System.Text;
using Decree73.Domain.Common;

namespace Decree73.Application.Proposals;

/// <summary>
/// How alike two titles are, word by word (issue 13): Vietnamese writes one syllable per word, and folding the tone
/// marks away makes different words equal ("thử" and "thủ" both read "thu"). So a candidate found through the folded
/// word index is ranked here by whole words: a word written the same with its tones counts most, a word equal only
/// after folding counts second, and a word is never matched inside another. A word the user typed without any marks
/// ("thu nghiem") is taken as written without them and matches its folded form fully.
/// </summary>
public static class SimilarTitleRanking
{
    /// <summary>
    /// Words that appear in almost every proposal title and say nothing about its subject ("Đề xuất … của … và …"):
    /// kept short on purpose. They never count, with or without their tones.
    /// </summary>
    public static readonly IReadOnlySet<string> StopWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "của", "và", "các", "cho", "trong", "về", "đề", "xuất", "tại", "trên", "với", "theo", "là", "một", "những", "này",
        "từ", "đến", "được", "nhằm", "việc",
    };

    private static readonly HashSet<string> FoldedStopWords = StopWords.Select(TextNormalizer.Fold).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// How a candidate title matched the query's words: <paramref name="Exact"/> whole words as written (or typed
    /// without marks and equal folded), <paramref name="FoldedOnly"/> whole words equal only once the tones are folded.
    /// </summary>
    public readonly record struct Match(int Exact, int FoldedOnly);

    /// <summary>A title's significant words, lower case in composed form, each with its folded form.</summary>
    public static IReadOnlyList<(string Word, string Folded)> Words(string? title)
    {
        var words = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(title))
        {
            return words;
        }

        var text = title.ToLowerInvariant().Normalize(NormalizationForm.FormC);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWordChar = i < text.Length && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark);
            if (isWordChar && start < 0)
            {
                start = i;
            }
            else if (!isWordChar && start >= 0)
            {
                var word = text[start..i];
                var folded = TextNormalizer.Fold(word);
                var stop = StopWords.Contains(word) || (word == folded && FoldedStopWords.Contains(folded));
                if (folded.Length > 1 && !stop && !words.Exists(w => w.Item1 == word))
                {
                    words.Add((word, folded));
                }

                start = -1;
            }
        }

        return words;
    }

    /// <summary>
    /// Matches a candidate's title against the query's words. A query word without marks (its folded form as typed)
    /// matches fully on the folded form; a word with marks fully only as written, and second-rank when equal folded.
    /// </summary>
    public static Match Compare(IReadOnlyList<(string Word, string Folded)> query, string candidateTitle)
    {
        var candidate = Words(candidateTitle);
        var exact = 0;
        var foldedOnly = 0;
        foreach (var (word, folded) in query)
        {
            var unmarked = word == folded;
            if (candidate.Any(c => c.Word == word || (unmarked && c.Folded == folded)))
            {
                exact++;
            }
            else if (candidate.Any(c => c.Folded == folded))
            {
                foldedOnly++;
            }
        }

        return new Match(exact, foldedOnly);
    }
}
