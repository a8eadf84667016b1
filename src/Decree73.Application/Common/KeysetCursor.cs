using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Decree73.Application.Common;

/// <summary>Encodes the (sort key, id) of the last row of a page into an opaque URL-safe cursor.</summary>
public static class KeysetCursor
{
    private const char Separator = '\u001f';

    public static string Encode(string sortKey, int id) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(sortKey + Separator + id.ToString(CultureInfo.InvariantCulture)));

    public static bool TryDecode(string? cursor, out string sortKey, out int id)
    {
        sortKey = "";
        id = 0;
        if (string.IsNullOrEmpty(cursor))
        {
            return false;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            var at = text.LastIndexOf(Separator);
            if (at < 0 || !int.TryParse(text.AsSpan(at + 1), NumberStyles.None, CultureInfo.InvariantCulture, out id))
            {
                return false;
            }

            sortKey = text[..at];
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
