using System.Security.Cryptography;

namespace GovDesign.Forms.Runner.Definitions;

/// <summary>Reference numbers a citizen can read out on the phone: no 0/O or 1/I.</summary>
internal static class ReferenceNumbers
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string Create()
    {
        Span<char> chars = stackalloc char[14];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (i + 1) % 5 == 0 ? '-' : Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(chars);
    }
}
