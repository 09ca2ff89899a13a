using System.Data.Common;

namespace GovDesign.Forms.Storage;

/// <summary>Reading the outbox's rows, which each store selects with its own SQL.</summary>
public abstract partial class DbFormStore
{
    /// <summary>The columns each outbox query selects, in the order <see cref="ReadOutboxAsync"/> reads them.</summary>
    private protected string OutboxColumns =>
        $"id, kind, destination, {JsonText("payload")}, form_slug, reference, status, attempts, created_at, retry_from, next_attempt_at, last_error, sent_at";

    /// <summary>Reads every row of <paramref name="command"/>, which selects <see cref="OutboxColumns"/>.</summary>
    private protected async Task<IReadOnlyList<OutboxItem>> ReadOutboxAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var items = new List<OutboxItem>();
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(new OutboxItem(new OutboxMessage(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)), reader.GetString(4), reader.GetString(5))
            {
                Status = OutboxStatus.Parse(reader.GetString(6)),
                Attempts = reader.GetInt32(7),
                CreatedAt = ReadTime(reader, 8),
                RetryFrom = ReadTime(reader, 9),
                NextAttemptAt = ReadTime(reader, 10),
                LastError = reader.IsDBNull(11) ? null : reader.GetString(11),
                SentAt = reader.IsDBNull(12) ? null : ReadTime(reader, 12),
            });
        }

        return items;
    }
}
