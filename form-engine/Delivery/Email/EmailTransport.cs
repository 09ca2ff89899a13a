using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace GovDesign.Forms.Delivery.Email;

/// <summary>
/// Puts one message on its way: over SMTP with MailKit, or as <c>{name}.eml</c> in the pickup folder
/// when one is set (development). The one place the runner sends email from: deliveries and the links of
/// save and return. MailKit's exceptions reach the caller, which decides whether to try again.
/// </summary>
internal static class EmailTransport
{
    /// <summary>Sends <paramref name="message"/> with <paramref name="smtp"/>.</summary>
    /// <param name="message">The message.</param>
    /// <param name="smtp">The server, or the pickup folder.</param>
    /// <param name="timeout">How long the SMTP conversation may take.</param>
    /// <param name="pickupName">The file name (without .eml) in the pickup folder.</param>
    /// <param name="cancellationToken">Cancels the sending.</param>
    /// <returns>A note of where it went.</returns>
    public static async Task<string> SendAsync(MimeMessage message, SmtpSettings smtp, TimeSpan timeout, string pickupName, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(smtp.PickupFolder))
        {
            Directory.CreateDirectory(smtp.PickupFolder);
            await message.WriteToAsync(Path.Combine(smtp.PickupFolder, pickupName + ".eml"), cancellationToken);
            return "written to the pickup folder";
        }

        using var client = new SmtpClient { Timeout = (int)timeout.TotalMilliseconds };
        var security = !smtp.UseTls ? SecureSocketOptions.None : smtp.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
        await client.ConnectAsync(smtp.Host!, smtp.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
        return "SMTP accepted";
    }

    /// <summary>
    /// Whether <paramref name="exception"/> from <see cref="SendAsync"/> says the conversation with the server failed (no
    /// connection, a broken or timed-out one, a protocol error, a refused login), which a later attempt may get past;
    /// not a reply of the server's to the message (<see cref="SmtpCommandException"/>), nor a cancellation.
    /// </summary>
    /// <param name="exception">What <see cref="SendAsync"/> threw.</param>
    /// <returns>Whether it is such a failure.</returns>
    public static bool IsConversationFailure(Exception exception) =>
        exception is SmtpProtocolException or ServiceNotConnectedException or AuthenticationException or SocketException or IOException or TimeoutException;
}
