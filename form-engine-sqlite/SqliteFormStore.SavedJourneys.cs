using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace GovDesign.Forms.Storage;

/// <summary>Saved journeys, for save and return: kept by the hash of their link's token.</summary>
public sealed partial class SqliteFormStore : ISavedJourneyStore
{
    /// <inheritdoc />
    public async Task SaveJourneyForLaterAsync(SavedJourney saved, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(saved);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var command = Command(connection,
            """
            UPDATE saved_journeys SET used_at = $at, state = '{}' WHERE session_id = $session AND form_slug = $form AND used_at IS NULL;
            INSERT INTO saved_journeys (token_hash, form_slug, session_id, state, saved_at, expires_at, address_hash, client_hash)
            VALUES ($hash, $form, $session, $state, $at, $expires, $address, $client)
            """,
            ("$hash", saved.TokenHash), ("$form", saved.FormSlug), ("$session", saved.SessionId), ("$state", saved.State.ToJsonString()),
            ("$at", Text(saved.SavedAt)), ("$expires", Text(saved.ExpiresAt)), ("$address", saved.AddressHash), ("$client", saved.ClientHash));
        command.Transaction = transaction;
        await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<(int ForAddress, int ForClient)> CountSavedJourneysAsync(string addressHash, string clientHash, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection,
            """
            SELECT (SELECT count(*) FROM saved_journeys WHERE address_hash = $address AND saved_at >= $since),
                   (SELECT count(*) FROM saved_journeys WHERE client_hash = $client AND saved_at >= $since)
            """,
            ("$address", addressHash), ("$client", clientHash), ("$since", Text(since)));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt32(0), reader.GetInt32(1));
    }

    /// <inheritdoc />
    public async Task<(SavedJourneyStatus Status, SavedJourney? Saved)> FindSavedJourneyAsync(string formSlug, string tokenHash, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var saved = await FindSavedAsync(connection, null, formSlug, tokenHash, cancellationToken);
        return (saved?.StatusAt(now) ?? SavedJourneyStatus.Unknown, saved);
    }

    /// <inheritdoc />
    public async Task<SavedJourneyStatus> RestoreSavedJourneyAsync(string formSlug, string tokenHash, string newSessionId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);

        // BEGIN IMMEDIATE takes the write lock first, so of two uses of one link the second finds it used.
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var saved = await FindSavedAsync(connection, transaction, formSlug, tokenHash, cancellationToken);
        var status = saved?.StatusAt(now) ?? SavedJourneyStatus.Unknown;
        if (status != SavedJourneyStatus.Usable)
        {
            return status;
        }

        await using var command = Command(connection,
            """
            UPDATE saved_journeys SET used_at = $at, state = '{}' WHERE token_hash = $hash;
            INSERT INTO journeys (session_id, form_slug, state, updated_at) VALUES ($new, $form, $state, $at)
            ON CONFLICT (session_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at;
            UPDATE files SET session_id = $new WHERE session_id = $old AND submission_reference IS NULL
            """,
            ("$at", Text(now)), ("$hash", tokenHash), ("$new", newSessionId), ("$form", formSlug), ("$state", saved!.State.ToJsonString()), ("$old", saved.SessionId));
        command.Transaction = transaction;
        await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return SavedJourneyStatus.Usable;
    }

    /// <inheritdoc />
    public async Task WithdrawSavedJourneyAsync(string tokenHash, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, "UPDATE saved_journeys SET used_at = $at, state = '{}' WHERE token_hash = $hash AND used_at IS NULL",
            ("$at", Text(now)), ("$hash", tokenHash));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<int> DeleteSavedJourneysAsync(DateTimeOffset savedBefore, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, "DELETE FROM saved_journeys WHERE saved_at < $before", ("$before", Text(savedBefore)));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<SavedJourney?> FindSavedAsync(SqliteConnection connection, SqliteTransaction? transaction, string formSlug, string tokenHash, CancellationToken cancellationToken)
    {
        await using var command = Command(connection,
            "SELECT session_id, state, saved_at, expires_at, used_at, address_hash, client_hash FROM saved_journeys WHERE token_hash = $hash AND form_slug = $form",
            ("$hash", tokenHash), ("$form", formSlug));
        command.Transaction = transaction;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new SavedJourney(tokenHash, formSlug, reader.GetString(0), JsonNode.Parse(reader.GetString(1)) as JsonObject ?? [], Time(reader.GetString(2)), Time(reader.GetString(3)))
        {
            UsedAt = reader.IsDBNull(4) ? null : Time(reader.GetString(4)),
            AddressHash = reader.GetString(5),
            ClientHash = reader.GetString(6),
        };
    }
}
