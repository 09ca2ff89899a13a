using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GovDesign.Forms.Delivery.Files;

/// <summary>
/// Signed, expiring links to submitted files, for webhook payloads:
/// <c>{Delivery:FileLinks:BaseUrl}/{form}/_files/{file id}?token=...</c>. The token is the form and the file id
/// with an expiry, protected with ASP.NET Core Data Protection (a time-limited protector: encrypted and
/// signed with HMAC-SHA256 under the runner's keys, which runners sharing a database share), so any runner
/// of the service can check a link another made. A changed, foreign or expired token is refused.
/// </summary>
internal sealed class FileLinks(IOptions<DeliveryOptions> options, IServiceProvider services, TimeProvider time)
{
    /// <summary>The path segment after the form's: no page can have it, since page paths start with a letter.</summary>
    public const string Segment = "_files";

    private const string Purpose = "GovDesign.Forms.Delivery.FileLinks.v1";

    /// <summary>A link to the file, valid for <see cref="FileLinkSettings.Lifetime"/> from now; null when no base address is configured.</summary>
    public FileLink? Create(string form, string fileId)
    {
        var settings = options.Value.FileLinks;
        if (settings.BaseUrl is not { Length: > 0 } root)
        {
            return null;
        }

        var expires = time.GetUtcNow() + settings.Lifetime;
        var token = Protector(services).Protect(Payload(form, fileId), expires);
        return new FileLink(new Uri($"{root.TrimEnd('/')}/{Uri.EscapeDataString(form)}/{Segment}/{Uri.EscapeDataString(fileId)}?token={token}"), expires);
    }

    /// <summary>Whether <paramref name="token"/> is a link this service made for this form's file, and has not expired.</summary>
    public static bool IsValid(IServiceProvider services, string form, string fileId, string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return false;
        }

        try
        {
            return string.Equals(Protector(services).Unprotect(token, out _), Payload(form, fileId), StringComparison.Ordinal);
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return false;
        }
    }

    private static ITimeLimitedDataProtector Protector(IServiceProvider services) =>
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).ToTimeLimitedDataProtector();

    private static string Payload(string form, string fileId) => $"{form}/{fileId}";
}

/// <summary>A signed link to a file, and when it stops working.</summary>
internal sealed record FileLink(Uri Url, DateTimeOffset Expires);
