using GovDesign.Forms.Delivery;
using GovDesign.Forms.Delivery.Email;
using GovDesign.Forms.Storage;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace GovDesign.Forms.Runner.SaveForLater;

/// <summary>
/// What a runner needs for save and return: the store of saved journeys, its settings, the clock, and
/// email (the SMTP server or pickup folder of <see cref="DeliveryOptions.Smtp"/>). A runner has one only
/// when its store keeps saved journeys and email is configured.
/// </summary>
internal sealed class SaveLinks(ISavedJourneyStore store, SaveAndReturnOptions options, TimeSpan linkLifetime, IOptions<DeliveryOptions> delivery, TimeProvider time, ILogger logger)
{
    /// <summary>How long a link works: <see cref="SaveAndReturnOptions.LinkLifetime"/>, else the saved journeys' retention.</summary>
    public TimeSpan LinkLifetime { get; } = linkLifetime;

    public ISavedJourneyStore Store { get; } = store;

    public SaveAndReturnOptions Options { get; } = options;

    public TimeProvider Time { get; } = time;

    public ILogger Logger { get; } = logger;

    /// <summary>The runner's part for a service's options: null when its store keeps no saved journeys or email is not configured.</summary>
    public static SaveLinks? For(IFormStore store, FormRunnerOptions options, IOptions<DeliveryOptions> delivery, TimeProvider time, ILogger logger) =>
        store is ISavedJourneyStore saved && delivery.Value.Smtp.IsConfigured ? new SaveLinks(saved, options.SaveAndReturn, options.SaveAndReturn.LinkLifetimeOr(options.Retention), delivery, time, logger) : null;

    /// <summary>Emails a link; false (logged, without the address or the link) when the mail server could not take it.</summary>
    public async Task<bool> SendAsync(string form, string to, string subject, string body, CancellationToken cancellationToken)
    {
        var smtp = delivery.Value.Smtp;
        try
        {
            var message = new MimeMessage { Subject = subject, Body = new TextPart("plain") { Text = body } };
            message.From.Add(MailboxAddress.Parse(smtp.From));
            message.To.Add(new MailboxAddress("", to));
            await EmailTransport.SendAsync(message, smtp, delivery.Value.RequestTimeout, "save-" + Guid.NewGuid().ToString("N"), cancellationToken);
            return true;
        }
        catch (Exception e) when (e is SmtpCommandException or ParseException || EmailTransport.IsConversationFailure(e)
            || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            Telemetry.RunnerLog.SaveLinkNotSent(Logger, form, e.GetType().Name);
            return false;
        }
    }
}
