using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace GovDesign.Forms.Runner.Sessions;

/// <summary>
/// The session cookies: one per form, each 128 random bits in base64url. The server keeps journeys
/// under the SHA-256 of that token, so the database never holds a usable cookie. The runner only ever
/// uses a token it issued itself for a journey it holds (see <see cref="Requests.RunnerRequest"/>):
/// a token it does not know, whatever its shape, is no session.
/// </summary>
/// <remarks>
/// Over HTTPS the cookie is named <c>__Host-{name}-{form}</c>: browsers then accept it only when it
/// is Secure, for the whole host and set by the host itself, so a sibling subdomain cannot plant one.
/// Over plain HTTP (development, or a TLS proxy the runner is not told to trust) it is <c>{name}-{form}</c>
/// with the runner's path.
/// </remarks>
internal sealed class SessionCookies(FormRunnerOptions options)
{
    private const int TokenBytes = 16;
    private const int TokenChars = 22;
    private const string HostPrefix = "__Host-";

    /// <summary>The cookie's name for <paramref name="slug"/> on this request.</summary>
    public string NameFor(HttpContext context, string slug) =>
        (context.Request.IsHttps ? HostPrefix : "") + options.CookieName + "-" + slug;

    /// <summary>The session key in the request's cookie for <paramref name="slug"/>, or null when it has none that could be ours.</summary>
    public string? Read(HttpContext context, string slug)
    {
        if (!context.Request.Cookies.TryGetValue(NameFor(context, slug), out var value) || value is not { Length: TokenChars })
        {
            return null;
        }

        Span<byte> token = stackalloc byte[TokenBytes];
        try
        {
            return Base64Url.TryDecodeFromChars(value, token, out var written) && written == TokenBytes ? KeyOf(token) : null;
        }
        catch (FormatException)
        {
            // The decoder throws, rather than answering false, for some malformed values ("...A+/", "...AB").
            return null;
        }
    }

    /// <summary>Starts a new session for <paramref name="slug"/>: sets a new random cookie (replacing any other) and returns its key.</summary>
    public string Issue(HttpContext context, string slug, string path)
    {
        var (key, cookie) = Create();
        Give(context, slug, path, cookie);
        return key;
    }

    /// <summary>A new random session not yet given to the browser: its key, and the cookie's value for <see cref="Give"/>.</summary>
    public static (string Key, string Cookie) Create()
    {
        Span<byte> token = stackalloc byte[TokenBytes];
        RandomNumberGenerator.Fill(token);
        return (KeyOf(token), Base64Url.EncodeToString(token));
    }

    /// <summary>Sets the session cookie for <paramref name="slug"/> (replacing any other) to a value from <see cref="Create"/>.</summary>
    public void Give(HttpContext context, string slug, string path, string cookie) =>
        context.Response.Cookies.Append(NameFor(context, slug), cookie, Options(context, path));

    /// <summary>Removes the cookie for <paramref name="slug"/> from the browser.</summary>
    public void Forget(HttpContext context, string slug, string path) => context.Response.Cookies.Delete(NameFor(context, slug), Options(context, path));

    private static CookieOptions Options(HttpContext context, string path) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Lax,
        Secure = context.Request.IsHttps,
        Path = context.Request.IsHttps || string.IsNullOrEmpty(path) ? "/" : path,
        IsEssential = true,
    };

    private static string KeyOf(ReadOnlySpan<byte> token) => Convert.ToHexStringLower(SHA256.HashData(token));
}
