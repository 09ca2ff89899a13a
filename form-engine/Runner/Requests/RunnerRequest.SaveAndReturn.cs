using System.Text.Json.Nodes;
using GovDesign.Forms.Journeys;
using GovDesign.Forms.Runner.SaveForLater;
using GovDesign.Forms.Runner.Sessions;
using GovDesign.Forms.Storage;

namespace GovDesign.Forms.Runner.Requests;

/// <summary>Save and return: the journey as it is saved for later, and the journey a link brings back.</summary>
internal sealed partial class RunnerRequest
{
    /// <summary>Save and return for this request's form: null when the form does not offer it or the runner cannot send its links.</summary>
    public SaveLinks? SaveLinks => _runner.SaveLinks is { } links && Form.Definition.SaveAndReturn is not null ? links : null;

    /// <summary>Whether the citizen has a journey of this form (a session with something saved).</summary>
    public bool HasJourney => _sessionKey is not null;

    /// <summary>The journey as it is now, in the language of this page, to save for later under the hash of a link's token.</summary>
    public SavedJourney ForLater(string tokenHash, DateTimeOffset now, TimeSpan lifetime) =>
        new(tokenHash, Form.Slug, StoreId, new JsonObject { ["answers"] = Answers.ToJson(), ["language"] = Language }, now, now + lifetime);

    /// <summary>
    /// Uses a link: restores its journey under a new session and gives the browser that session's cookie.
    /// When the link does not work the citizen's cookie (and any journey it has) is left as it was.
    /// </summary>
    public async Task<SavedJourneyStatus> RestoreAsync(ISavedJourneyStore saved, string tokenHash, DateTimeOffset now)
    {
        var (key, cookie) = SessionCookies.Create();
        var status = await saved.RestoreSavedJourneyAsync(Form.Slug, tokenHash, StoreIdOf(key), now, Http.RequestAborted);
        if (status != SavedJourneyStatus.Usable || await Store.GetJourneyAsync(StoreIdOf(key), Http.RequestAborted) is not { } journey)
        {
            return status == SavedJourneyStatus.Usable ? SavedJourneyStatus.Unknown : status;
        }

        _runner.Cookies.Give(Http, Form.Slug, CookiePath, cookie);
        _sessionKey = key;
        Answers = FormAnswers.FromJson(journey.State["answers"]);
        _savedLanguage = journey.State["language"] is JsonValue l && l.TryGetValue<string>(out var lang) ? lang : null;
        Reference = null;
        ChooseLanguage();
        SessionBoundAntiforgery.Bind(Http, _sessionKey);
        return status;
    }

    /// <summary>The absolute address of <paramref name="path"/> in this form, for an email: on <see cref="SaveAndReturnOptions.BaseUrl"/> when set, else on the request's own scheme and host.</summary>
    public string AbsoluteHref(string path)
    {
        var relative = $"{Prefix}/{Form.Slug}/{path}";
        if (Options.SaveAndReturn.BaseUrl is { } baseUrl)
        {
            // The base stands for the scheme, host and the path the application is mounted at.
            var mountedAt = Http.Request.PathBase.Value?.Length ?? 0;
            return baseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/') + relative[mountedAt..];
        }

        return $"{Http.Request.Scheme}://{Http.Request.Host}{relative}";
    }
}
