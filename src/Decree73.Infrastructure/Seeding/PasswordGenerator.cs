using System.Security.Cryptography;

namespace Decree73.Infrastructure.Seeding;

internal static class PasswordGenerator
{
    // No look-alike characters (0/O, 1/l/I): these passwords are read off a screen and typed.
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string Create(int length = 20) => RandomNumberGenerator.GetString(Alphabet, length);
}
