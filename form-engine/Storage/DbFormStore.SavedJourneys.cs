using System.Data.Common;
using System.Text.Json.Nodes;

namespace GovDesign.Forms.Storage;

/// <summary>Saved journeys, for save and return: kept by the hash of their link's token, shared by every runner on the database.</summary>
public abstract partial class DbFormStore : ISavedJourneyStore
{
    /// <inheritdoc />
    public async Task SaveJourneyForLaterAsync(SavedJourney saved, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(saved);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, "UPDATE saved_journeys SET used_at = @at, state = '{}' WHERE session_id = @session AND form_slug = @form AND used_at IS NULL",
            cancellationToken, ("@at", TimeValue(saved.SavedAt)), ("@session", saved.SessionId), ("@form", saved.FormSlug));
        await ExecuteAsync(connection, transaction,
            $"""
            INSERT INTO saved_journeys (token_hash, form_slug, session_id, state, saved_at, expires_at, address_hash, client_hash)
            VALUES (@hash, @form, @session, {JsonValue("@state")}, @at, @expires, @address, @client)
            """,
            cancellationToken, ("@hash", saved.TokenHash), ("@form", saved.FormSlug), ("@session", saved.SessionId), ("@state", saved.State.ToJsonString()),
            ("@at", TimeValue(saved.SavedAt)), ("@expires", TimeValue(saved.ExpiresAt)), ("@address", saved.AddressHash), ("@client", saved.ClientHash));
        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<(int ForAddress, int ForClient)> CountSavedJourneysAsync(string addressHash, string clientHash, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, null,
            """
            SELECT (SELECT count(*) FROM saved_journeys WHERE address_hash = @address AND saved_at >= @since),
                   (SELECT count(*) FROM saved_journeys WHERE client_hash = @client AND saved_at >= @since)
            """,
            ("@address", addressHash), ("@client", clientHash), ("@since", TimeValue(since)));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return ((int)reader.GetInt64(0), (int)reader.GetInt64(1));
    }

    /// <inheritdoc />
    public async Task<(SavedJourneyStatus Status, SavedJourney? Saved)> FindSavedJourneyAsync(string formSlug, string tokenHash, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        var saved = await FindSavedAsync(connection, null, formSlug, tokenHash, cancellationToken);
        return (saved?.StatusAt(now) ?? SavedJourneyStatus.Unknown, saved);
    }

    /// <inheritdoc />
    public async Task<SavedJourneyStatus> RestoreSavedJourneyAsync(string formSlug, string tokenHash, string newSessionId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);

        // Of two uses of one link at once, the second waits for the first (SQLite's write lock, taken as the
        // transaction begins; PostgreSQL's FOR UPDATE on the row), then finds it used.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var saved = await FindSavedAsync(connection, transaction, formSlug, tokenHash, cancellationToken);
        var status = saved?.StatusAt(now) ?? SavedJourneyStatus.Unknown;
        if (status != SavedJourneyStatus.Usable)
        {
            return status;
        }

        var at = TimeValue(now);
        await ExecuteAsync(connection, transaction, "UPDATE saved_journeys SET used_at = @at, state = '{}' WHERE token_hash = @hash", cancellationToken, ("@at", at), ("@hash", tokenHash));
        await ExecuteAsync(connection, transaction,
            $"""
            INSERT INTO journeys (session_id, form_slug, state, updated_at) VALUES (@id, @form, {JsonValue("@state")}, @at)
            ON CONFLICT (session_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at
            """,
            cancellationToken, ("@id", newSessionId), ("@form", formSlug), ("@state", saved!.State.ToJsonString()), ("@at", at));
        await ExecuteAsync(connection, transaction, "UPDATE files SET session_id = @new WHERE session_id = @old AND submission_reference IS NULL",
            cancellationToken, ("@new", newSessionId), ("@old", saved.SessionId));
        await transaction.CommitAsync(cancellationToken);
        return SavedJourneyStatus.Usable;
    }

    /// <inheritdoc />
    public async Task WithdrawSavedJourneyAsync(string tokenHash, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await ExecuteAsync(connection, null, "UPDATE saved_journeys SET used_at = @at, state = '{}' WHERE token_hash = @hash AND used_at IS NULL",
            cancellationToken, ("@at", TimeValue(now)), ("@hash", tokenHash));
    }

    /// <inheritdoc />
    public async Task<int> DeleteSavedJourneysAsync(DateTimeOffset savedBefore, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        return await ExecuteAsync(connection, null, "DELETE FROM saved_journeys WHERE saved_at < @before", cancellationToken, ("@before", TimeValue(savedBefore)));
    }

    /// <summary>The saved journey of <paramref name="tokenHash"/>, locked until <paramref name="transaction"/> ends when there is one.</summary>
    private async Task<SavedJourney?> FindSavedAsync(DbConnection connection, DbTransaction? transaction, string formSlug, string tokenHash, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction,
            $"SELECT session_id, {JsonText("state")}, saved_at, expires_at, used_at, address_hash, client_hash FROM saved_journeys WHERE token_hash = @hash AND form_slug = @form"
            + (transaction is null ? "" : LockRows),
            ("@hash", tokenHash), ("@form", formSlug));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new SavedJourney(tokenHash, formSlug, reader.GetString(0), JsonNode.Parse(reader.GetString(1)) as JsonObject ?? [], ReadTime(reader, 2), ReadTime(reader, 3))
        {
            UsedAt = reader.IsDBNull(4) ? null : ReadTime(reader, 4),
            AddressHash = reader.GetString(5),
            ClientHash = reader.GetString(6),
        };
    }
}
