using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace GovDesign.Forms.Runner.Sessions;

/// <summary>
/// The session cookie: 128 random bits, base64url. The server keeps journeys under the SHA-256 of
/// that token, so the database never holds a usable cookie, and a forged or expired token simply
/// finds nothing and starts a new journey.
/// </summary>
internal sealed class SessionCookies(IOptions<FormRunnerOptions> options)
{
    private const int TokenBytes = 16;

    /// <summary>The session key for the request's cookie, or null when it has none that could be ours.</summary>
    public string? Read(HttpContext context)
    {
        if (!context.Request.Cookies.TryGetValue(options.Value.CookieName, out var value) || value is null || value.Length != 22)
        {
            return null;
        }

        Span<byte> token = stackalloc byte[TokenBytes];
        return Base64Url.TryDecodeFromChars(value, token, out var written) && written == TokenBytes ? KeyOf(token) : null;
    }

    /// <summary>Starts a new session: sets the cookie and returns its key.</summary>
    public string Issue(HttpContext context, string path)
    {
        Span<byte> token = stackalloc byte[TokenBytes];
        RandomNumberGenerator.Fill(token);
        context.Response.Cookies.Append(options.Value.CookieName, Base64Url.EncodeToString(token), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
            Path = string.IsNullOrEmpty(path) ? "/" : path,
            IsEssential = true,
        });
        return KeyOf(token);
    }

    private static string KeyOf(ReadOnlySpan<byte> token) => Convert.ToHexStringLower(SHA256.HashData(token));
}
