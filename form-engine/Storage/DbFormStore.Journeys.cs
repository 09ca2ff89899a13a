using System.Text.Json.Nodes;

namespace GovDesign.Forms.Storage;

/// <summary>Reading and saving a journey's state.</summary>
public abstract partial class DbFormStore
{
    /// <inheritdoc cref="IFormStore.GetJourneyAsync" />
    public async Task<JourneyRecord?> GetJourneyAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, null,
            $"SELECT form_slug, {JsonText("state")}, updated_at, submission_reference FROM journeys WHERE session_id = @id", ("@id", sessionId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new JourneyRecord(sessionId, reader.GetString(0), JsonNode.Parse(reader.GetString(1)) as JsonObject ?? [], ReadTime(reader, 2))
        {
            SubmissionReference = reader.IsDBNull(3) ? null : reader.GetString(3),
        };
    }

    /// <inheritdoc cref="IFormStore.SaveJourneyAsync" />
    public async Task SaveJourneyAsync(JourneyRecord journey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(journey);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await ExecuteAsync(connection, null,
            $"""
            INSERT INTO journeys (session_id, form_slug, state, updated_at) VALUES (@id, @form, {JsonValue("@state")}, @at)
            ON CONFLICT (session_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at
            """,
            cancellationToken, ("@id", journey.SessionId), ("@form", journey.FormSlug), ("@state", journey.State.ToJsonString()), ("@at", TimeValue(journey.UpdatedAt)));
    }
}
