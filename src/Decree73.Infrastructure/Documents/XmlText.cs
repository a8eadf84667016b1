using System.Text;
using System.Xml;

namespace Decree73.Infrastructure.Documents;

/// <summary>
/// Drops the characters XML 1.0 cannot hold (text pasted from Word often carries a vertical tab), which would
/// otherwise make the writer throw halfway through a file.
/// </summary>
internal static class XmlText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var firstBad = FirstInvalid(text, 0);
        if (firstBad < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length).Append(text, 0, firstBad);
        for (var i = firstBad; i < text.Length; i++)
        {
            if (IsPair(text, i))
            {
                result.Append(text[i]).Append(text[++i]);
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                result.Append(text[i]);
            }
        }

        return result.ToString();
    }

    private static int FirstInvalid(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (IsPair(text, i))
            {
                i++;
            }
            else if (!XmlConvert.IsXmlChar(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsPair(string text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
}
