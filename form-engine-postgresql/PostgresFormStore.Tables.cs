using Npgsql;

namespace GovDesign.Forms.Storage;

/// <summary>Connections, and the tables, created on first use.</summary>
public sealed partial class PostgresFormStore
{
    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_ready)
        {
            await CreateTablesAsync(cancellationToken);
        }

        return await _dataSource.OpenConnectionAsync(cancellationToken);
    }

    private async Task CreateTablesAsync(CancellationToken cancellationToken)
    {
        await _initialise.WaitAsync(cancellationToken);
        try
        {
            if (_ready)
            {
                return;
            }

            await PostgresTables.EnsureAsync(_dataSource, ["journeys", "submissions", "files", "saved_journeys"],
                """
                CREATE TABLE IF NOT EXISTS journeys (
                    session_id text PRIMARY KEY,
                    form_slug text NOT NULL,
                    state jsonb NOT NULL,
                    updated_at timestamptz NOT NULL,
                    submission_reference text
                );
                CREATE TABLE IF NOT EXISTS submissions (
                    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    form_slug text NOT NULL,
                    session_id text NOT NULL UNIQUE,
                    reference text NOT NULL UNIQUE,
                    submitted_at timestamptz NOT NULL,
                    data json NOT NULL
                );
                CREATE TABLE IF NOT EXISTS files (
                    id text PRIMARY KEY,
                    form_slug text NOT NULL,
                    session_id text NOT NULL,
                    name text NOT NULL,
                    content_type text NOT NULL,
                    content bytea NOT NULL,
                    created_at timestamptz NOT NULL,
                    submission_reference text
                );
                CREATE INDEX IF NOT EXISTS files_by_session ON files (session_id);
                CREATE INDEX IF NOT EXISTS submissions_by_form ON submissions (form_slug, id);
                CREATE INDEX IF NOT EXISTS journeys_by_age ON journeys (updated_at);
                CREATE TABLE IF NOT EXISTS saved_journeys (
                    token_hash text PRIMARY KEY,
                    form_slug text NOT NULL,
                    session_id text NOT NULL,
                    state jsonb NOT NULL,
                    saved_at timestamptz NOT NULL,
                    expires_at timestamptz NOT NULL,
                    used_at timestamptz,
                    address_hash text NOT NULL,
                    client_hash text NOT NULL
                );
                CREATE INDEX IF NOT EXISTS saved_journeys_by_session ON saved_journeys (session_id);
                CREATE INDEX IF NOT EXISTS saved_journeys_by_address ON saved_journeys (address_hash, saved_at);
                CREATE INDEX IF NOT EXISTS saved_journeys_by_client ON saved_journeys (client_hash, saved_at);
                CREATE INDEX IF NOT EXISTS saved_journeys_by_age ON saved_journeys (saved_at);
                """,
                async: true, cancellationToken);
            _ready = true;
        }
        finally
        {
            _initialise.Release();
        }
    }
}
