namespace GovDesign.Forms.Definitions;

/// <summary>Where a form's submissions are sent, as its definition's <c>delivery</c> section names them.</summary>
public sealed record DeliverySettings
{
    /// <summary>No destinations: submissions stay in the runner's database.</summary>
    public static DeliverySettings None { get; } = new();

    /// <summary>The webhooks, in the order given.</summary>
    public IReadOnlyList<WebhookDestination> Webhooks { get; init; } = [];

    /// <summary>The team's addresses that get a notification of each submission.</summary>
    public IReadOnlyList<string> EmailTo { get; init; } = [];

    /// <summary>The name of the email question whose answer gets a confirmation; null for none.</summary>
    public string? ConfirmationQuestion { get; init; }

    /// <summary>Whether anything is to be sent.</summary>
    public bool Any => Webhooks.Count > 0 || EmailTo.Count > 0 || ConfirmationQuestion is not null;
}

/// <summary>A webhook: an address and the name of the secret its requests are signed with.</summary>
/// <param name="Url">The receiver's absolute address.</param>
/// <param name="Secret">The secret's name in configuration (<c>Delivery:Secrets:&lt;name&gt;</c>), never the secret.</param>
public sealed record WebhookDestination(Uri Url, string Secret);
