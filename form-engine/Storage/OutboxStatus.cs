namespace GovDesign.Forms.Storage;

/// <summary>A <see cref="DeliveryStatus"/> as the outbox tables write it.</summary>
internal static class OutboxStatus
{
    public static DeliveryStatus Parse(string text) => text switch
    {
        "sent" => DeliveryStatus.Sent,
        "failed" => DeliveryStatus.Failed,
        _ => DeliveryStatus.Pending,
    };
}
