using System.Security.Cryptography;
using System.Text;

namespace GovDesign.Forms.Delivery.Webhooks;

/// <summary>
/// Signs webhook requests as the Standard Webhooks specification describes: the signature is
/// <c>v1,</c> and the base64 of an HMAC-SHA256, keyed with the secret, of <c>{id}.{timestamp}.{body}</c>.
/// </summary>
public static class WebhookSignature
{
    /// <summary>The prefix of a secret given in the specification's form, followed by the key in base64.</summary>
    public const string SecretPrefix = "whsec_";

    /// <summary>
    /// The key bytes of a configured secret: the base64 after <c>whsec_</c> when it has that prefix
    /// (the form receivers' libraries use), otherwise the secret's UTF-8 bytes.
    /// </summary>
    /// <param name="secret">The secret from configuration.</param>
    /// <returns>The key.</returns>
    public static byte[] Key(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        if (secret.StartsWith(SecretPrefix, StringComparison.Ordinal))
        {
            try
            {
                return Convert.FromBase64String(secret[SecretPrefix.Length..]);
            }
            catch (FormatException)
            {
                // Not base64 after all: the whole text is the key.
            }
        }

        return Encoding.UTF8.GetBytes(secret);
    }

    /// <summary>The <c>webhook-signature</c> header's value for one request.</summary>
    /// <param name="key">The key (<see cref="Key"/>).</param>
    /// <param name="id">The <c>webhook-id</c>.</param>
    /// <param name="timestamp">The <c>webhook-timestamp</c>: seconds since 1970.</param>
    /// <param name="body">The request body, exactly as sent.</param>
    /// <returns><c>v1,</c> and the signature in base64.</returns>
    public static string Sign(byte[] key, string id, long timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(id);
        var prefix = Encoding.UTF8.GetBytes(FormattableString.Invariant($"{id}.{timestamp}."));
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, signed));
    }
}
