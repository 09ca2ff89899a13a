using GovDesign.Forms.Storage;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;

namespace GovDesign.Forms.Delivery.Email;

/// <summary>
/// Sends <c>email</c> and <c>confirmation</c> deliveries over SMTP with MailKit, or writes each as
/// <c>{delivery id}.eml</c> in a pickup folder for development. The team's email carries the uploaded files
/// (up to <see cref="DeliveryOptions.MaxAttachmentBytes"/> in all). A 5xx reply (a refused mailbox) fails for
/// good; a 4xx reply, a lost connection or a timeout is retried.
/// </summary>
internal sealed class EmailSender(IOptions<DeliveryOptions> options, IFormStore store) : IDeliverySender
{
    public IReadOnlyList<string> Kinds { get; } = ["email", "confirmation"];

    public async Task<DeliveryOutcome> SendAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        var smtp = options.Value.Smtp;
        if (!smtp.IsConfigured)
        {
            return DeliveryOutcome.Permanent("email is not configured (Delivery:Smtp:Host or Delivery:Smtp:PickupFolder)");
        }

        MimeKit.MimeMessage message;
        try
        {
            message = await EmailMessages.CreateAsync(item, smtp.From, store, options.Value.MaxAttachmentBytes, cancellationToken);
        }
        catch (MimeKit.ParseException)
        {
            return DeliveryOutcome.Permanent("an address is not a valid email address");
        }

        try
        {
            return DeliveryOutcome.Sent(await EmailTransport.SendAsync(message, smtp, options.Value.RequestTimeout, item.Message.Id, cancellationToken));
        }
        catch (SmtpCommandException e) when ((int)e.StatusCode >= 500)
        {
            return DeliveryOutcome.Permanent($"SMTP {(int)e.StatusCode}");
        }
        catch (SmtpCommandException e)
        {
            return DeliveryOutcome.Retry($"SMTP {(int)e.StatusCode}");
        }
        catch (Exception e) when (EmailTransport.IsConversationFailure(e) || e is OperationCanceledException)
        {
            return DeliveryOutcome.Retry($"SMTP {e.GetType().Name}");
        }
    }
}
