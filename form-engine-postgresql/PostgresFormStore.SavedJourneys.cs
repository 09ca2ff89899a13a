using System.Text.Json.Nodes;
using Npgsql;

namespace GovDesign.Forms.Storage;

/// <summary>Saved journeys, for save and return: kept by the hash of their link's token, shared by every runner on the database.</summary>
public sealed partial class PostgresFormStore : ISavedJourneyStore
{
    private const string SelectSaved = "SELECT session_id, state::text, saved_at, expires_at, used_at, address_hash, client_hash FROM saved_journeys WHERE token_hash = @hash AND form_slug = @form";

    /// <inheritdoc />
    public async Task SaveJourneyForLaterAsync(SavedJourney saved, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(saved);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var replace = Command(connection, "UPDATE saved_journeys SET used_at = @at, state = '{}' WHERE session_id = @session AND form_slug = @form AND used_at IS NULL",
            ("at", saved.SavedAt.ToUniversalTime()), ("session", saved.SessionId), ("form", saved.FormSlug)))
        {
            await replace.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var insert = Command(connection,
            """
            INSERT INTO saved_journeys (token_hash, form_slug, session_id, state, saved_at, expires_at, address_hash, client_hash)
            VALUES (@hash, @form, @session, CAST(@state AS jsonb), @at, @expires, @address, @client)
            """,
            ("hash", saved.TokenHash), ("form", saved.FormSlug), ("session", saved.SessionId), ("state", saved.State.ToJsonString()),
            ("at", saved.SavedAt.ToUniversalTime()), ("expires", saved.ExpiresAt.ToUniversalTime()), ("address", saved.AddressHash), ("client", saved.ClientHash)))
        {
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<(int ForAddress, int ForClient)> CountSavedJourneysAsync(string addressHash, string clientHash, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection,
            """
            SELECT (SELECT count(*) FROM saved_journeys WHERE address_hash = @address AND saved_at >= @since),
                   (SELECT count(*) FROM saved_journeys WHERE client_hash = @client AND saved_at >= @since)
            """,
            ("address", addressHash), ("client", clientHash), ("since", since.ToUniversalTime()));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return ((int)reader.GetInt64(0), (int)reader.GetInt64(1));
    }

    /// <inheritdoc />
    public async Task<(SavedJourneyStatus Status, SavedJourney? Saved)> FindSavedJourneyAsync(string formSlug, string tokenHash, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, SelectSaved, ("hash", tokenHash), ("form", formSlug));
        var saved = await ReadSavedAsync(command, formSlug, tokenHash, cancellationToken);
        return (saved?.StatusAt(now) ?? SavedJourneyStatus.Unknown, saved);
    }

    /// <inheritdoc />
    public async Task<SavedJourneyStatus> RestoreSavedJourneyAsync(string formSlug, string tokenHash, string newSessionId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // FOR UPDATE: of two runners using one link at once, the second waits, then finds it used.
        await using var find = Command(connection, SelectSaved + " FOR UPDATE", ("hash", tokenHash), ("form", formSlug));
        var saved = await ReadSavedAsync(find, formSlug, tokenHash, cancellationToken);
        var status = saved?.StatusAt(now) ?? SavedJourneyStatus.Unknown;
        if (status != SavedJourneyStatus.Usable)
        {
            return status;
        }

        var at = now.ToUniversalTime();
        await using (var use = Command(connection, "UPDATE saved_journeys SET used_at = @at, state = '{}' WHERE token_hash = @hash", ("at", at), ("hash", tokenHash)))
        {
            await use.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var journey = Command(connection,
            """
            INSERT INTO journeys (session_id, form_slug, state, updated_at) VALUES (@id, @form, CAST(@state AS jsonb), @at)
            ON CONFLICT (session_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at
            """,
            ("id", newSessionId), ("form", formSlug), ("state", saved!.State.ToJsonString()), ("at", at)))
        {
            await journey.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var files = Command(connection, "UPDATE files SET session_id = @new WHERE session_id = @old AND submission_reference IS NULL",
            ("new", newSessionId), ("old", saved.SessionId)))
        {
            await files.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return SavedJourneyStatus.Usable;
    }

    /// <inheritdoc />
    public async Task WithdrawSavedJourneyAsync(string tokenHash, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, "UPDATE saved_journeys SET used_at = @at, state = '{}' WHERE token_hash = @hash AND used_at IS NULL",
            ("at", now.ToUniversalTime()), ("hash", tokenHash));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<int> DeleteSavedJourneysAsync(DateTimeOffset savedBefore, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, "DELETE FROM saved_journeys WHERE saved_at < @before", ("before", savedBefore.ToUniversalTime()));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<SavedJourney?> ReadSavedAsync(NpgsqlCommand command, string formSlug, string tokenHash, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new SavedJourney(tokenHash, formSlug, reader.GetString(0), JsonNode.Parse(reader.GetString(1)) as JsonObject ?? [],
            reader.GetFieldValue<DateTimeOffset>(2), reader.GetFieldValue<DateTimeOffset>(3))
        {
            UsedAt = reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4),
            AddressHash = reader.GetString(5),
            ClientHash = reader.GetString(6),
        };
    }
}
