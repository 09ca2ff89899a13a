using System.Text.Json.Nodes;
using GovDesign.Forms.Runner.Journeys;

namespace GovDesign.Forms.Runner.Sessions;

/// <summary>Journey state and submissions on the server, keyed by the hash of a session token.</summary>
internal interface IJourneyStore
{
    /// <summary>The journey, or null when there is none or it is older than <paramref name="notBefore"/>.</summary>
    Task<JourneyState?> LoadAsync(string sessionKey, string form, DateTimeOffset notBefore, CancellationToken cancellationToken);

    Task SaveAsync(string sessionKey, string form, JourneyState state, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the submission and marks the journey submitted, in one transaction. When the journey was
    /// already submitted (a double click, or back and send again) nothing is written and the first
    /// reference is returned.
    /// </summary>
    Task<string> SubmitAsync(string sessionKey, string form, string reference, JsonObject answers, CancellationToken cancellationToken);
}
