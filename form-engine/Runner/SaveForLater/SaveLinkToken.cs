using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace GovDesign.Forms.Runner.SaveForLater;

/// <summary>
/// The tokens in save and return links: 256 random bits in base64url (43 characters). The store keeps
/// only the SHA-256 of a token, so a copy of the database cannot open anyone's answers; a value that is
/// not the shape of a token is no token at all, and never reaches the database.
/// </summary>
internal static class SaveLinkToken
{
    private const int TokenBytes = 32;
    private const int TokenChars = 43;

    /// <summary>A new token and its hash.</summary>
    public static (string Token, string Hash) Create()
    {
        Span<byte> token = stackalloc byte[TokenBytes];
        RandomNumberGenerator.Fill(token);
        return (Base64Url.EncodeToString(token), Convert.ToHexStringLower(SHA256.HashData(token)));
    }

    /// <summary>The hash of <paramref name="token"/>, or null when it is not the shape of one (forged, or cut short when copied).</summary>
    public static string? HashOf(string? token)
    {
        if (token is not { Length: TokenChars })
        {
            return null;
        }

        Span<byte> bytes = stackalloc byte[TokenBytes];
        try
        {
            return Base64Url.TryDecodeFromChars(token, bytes, out var written) && written == TokenBytes ? Convert.ToHexStringLower(SHA256.HashData(bytes)) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>The SHA-256 of some text, in hex: how an email address or a client's IP address is kept for counting requests.</summary>
    public static string HashText(string kind, string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(kind + ":" + text)));
}
