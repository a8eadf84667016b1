using System.Globalization;
using System.Security.Cryptography;

namespace Decree73.TestSupport;

/// <summary>
/// RFC 6238 (TOTP, HMAC-SHA1, 30-second steps, 6 digits), written out here so that the tests compute a code the way
/// an authenticator app does, independently of the libraries the product uses.
/// </summary>
public static class Totp
{
    /// <summary>The code for the step containing <paramref name="at"/>, from the shared key as shown ("abcd efgh …").</summary>
    public static string Code(string sharedKey, DateTimeOffset at) => CodeForStep(sharedKey, at.ToUnixTimeSeconds() / 30);

    public static string CodeForStep(string sharedKey, long step)
    {
        var counter = BitConverter.GetBytes(step);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(counter);
        }

        var hash = HMACSHA1.HashData(FromBase32(sharedKey), counter);
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    /// <summary>RFC 4648 base32, ignoring spaces, case and padding.</summary>
    public static byte[] FromBase32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.ToUpperInvariant())
        {
            if (c is ' ' or '=')
            {
                continue;
            }

            var value = alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                throw new FormatException($"Not base32: '{c}'.");
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        return bytes.ToArray();
    }
}
