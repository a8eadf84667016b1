using System.Globalization;
using System.Text;

namespace Decree73.Domain.Common;

/// <summary>
/// Folds Vietnamese text for search: lower case, no diacritics, đ → d. Stored in an indexed column so that a
/// search for "doi moi" finds "Đổi mới" with a prefix match instead of a scan.
/// </summary>
public static class TextNormalizer
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            builder.Append(c == 'đ' ? 'd' : c);
            lastWasSpace = false;
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
