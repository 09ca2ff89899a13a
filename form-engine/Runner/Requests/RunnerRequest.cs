using System.Globalization;
using System.Text.Json.Nodes;
using GovDesign.Patterns;
using GovDesign.Forms.Journeys;
using GovDesign.Forms.Runner.Definitions;
using GovDesign.Forms.Runner.Rendering;
using GovDesign.Forms.Runner.Sessions;
using GovDesign.Forms.Storage;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GovDesign.Forms.Runner.Requests;

/// <summary>
/// One request to one form: the citizen's journey (a new, empty one when the session cookie is
/// missing, forged or expired), the language, and the links the pages need.
/// </summary>
internal sealed class RunnerRequest
{
    private string? _sessionKey;
    private string? _chosenLanguage;

    private RunnerRequest(HttpContext http, LoadedForm form, string prefix)
    {
        Http = http;
        Form = form;
        Prefix = prefix;
        Options = http.RequestServices.GetRequiredService<IOptions<FormRunnerOptions>>().Value;
        Store = http.RequestServices.GetRequiredService<IFormStore>();
    }

    public HttpContext Http { get; }

    public LoadedForm Form { get; }

    public Journey Journey => Form.Journey;

    public string Prefix { get; }

    public FormRunnerOptions Options { get; }

    public IFormStore Store { get; }

    public FormAnswers Answers { get; private set; } = new();

    /// <summary>The submission's reference once the journey is submitted.</summary>
    public string? Reference { get; private set; }

    public string Language { get; private set; } = "en";

    public string FormHref => $"{Prefix}/{Form.Slug}/";

    public bool ReturnToCheck => Http.Request.Query["change"] == "check";

    private string StoreId => $"{_sessionKey}:{Form.Slug}";

    public static async Task<RunnerRequest> LoadAsync(HttpContext http, LoadedForm form, string prefix)
    {
        var request = new RunnerRequest(http, form, prefix);
        request._sessionKey = http.RequestServices.GetRequiredService<SessionCookies>().Read(http);
        if (request._sessionKey is not null
            && await request.Store.GetJourneyAsync(request.StoreId, http.RequestAborted) is { } journey
            && journey.FormSlug == form.Slug
            && journey.UpdatedAt >= DateTimeOffset.UtcNow - request.Options.SessionLifetime)
        {
            request.Answers = FormAnswers.FromJson(journey.State["answers"]);
            request._chosenLanguage = journey.State["language"] is JsonValue l && l.TryGetValue<string>(out var lang) ? lang : null;
            request.Reference = journey.SubmissionReference;
        }

        await request.ApplyLanguageAsync();
        return request;
    }

    public string Href(string path, bool change = false) => $"{Prefix}/{Form.Slug}/{path}" + (change ? "?change=check" : "");

    public async Task SaveAsync()
    {
        EnsureSession();
        var state = new JsonObject { ["answers"] = Answers.ToJson(), ["language"] = _chosenLanguage };
        await Store.SaveJourneyAsync(new JourneyRecord(StoreId, Form.Slug, state, DateTimeOffset.UtcNow), Http.RequestAborted);
    }

    /// <summary>Stores an accepted upload with this journey and returns its id.</summary>
    /// <param name="upload">The upload, already checked by its answer type.</param>
    /// <param name="answer">The answer the type made of it: its cleaned name and checked content type.</param>
    public async Task<string> SaveFileAsync(IFormFile upload, JsonNode answer)
    {
        EnsureSession();
        using var content = new MemoryStream();
        await upload.CopyToAsync(content, Http.RequestAborted);
        var file = StoredFile.Create(Form.Slug, StoreId, answer["name"]!.GetValue<string>(), answer["contentType"]!.GetValue<string>(), content.ToArray());
        await Store.SaveFileAsync(file, Http.RequestAborted);
        return file.Id;
    }

    /// <summary>Gives a citizen without a journey a session cookie, at their first save.</summary>
    private void EnsureSession() =>
        _sessionKey ??= Http.RequestServices.GetRequiredService<SessionCookies>().Issue(Http, string.IsNullOrEmpty(Prefix) ? "/" : Prefix);

    /// <summary>Begins a new journey under a new session, leaving a submitted one as it was.</summary>
    public void StartAgain()
    {
        _sessionKey = null;
        Answers = new FormAnswers();
        Reference = null;
    }

    /// <summary>Writes the submission (once per journey) and returns its reference.</summary>
    public async Task<string> SubmitAsync()
    {
        await SaveAsync();
        var submission = await Store.SubmitAsync(Form.Slug, StoreId, Journey.SubmissionData(Answers), Form.Definition.Reference, Http.RequestAborted);
        Reference = submission.Reference;
        return submission.Reference;
    }

    public PageFrame Frame(string title, string? backHref = null, bool withAntiforgery = false) => new(title)
    {
        Layout = Layout(),
        BackHref = backHref,
        Token = withAntiforgery && Http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(Http) is { RequestToken: { } token, FormFieldName: { } field }
            ? new FormToken(field, token)
            : null,
    };

    private ServiceLayout Layout()
    {
        var definition = Form.Definition;
        var here = $"{Http.Request.PathBase}{Http.Request.Path}";
        return new ServiceLayout
        {
            Theme = Options.Theme with { ServiceName = definition.Title.In(Language), ServiceUrl = FormHref },
            Phase = definition.Phase,
            Languages = definition.Languages,
            LanguageUrl = code => $"{here}?lang={Uri.EscapeDataString(code)}",
            PrivacyUrl = definition.PrivacyUrl,
            AssetPath = Options.AssetPathFor(Http.Request),
        };
    }

    private async Task ApplyLanguageAsync()
    {
        var languages = Form.Definition.Languages;
        var asked = Http.Request.Query["lang"].ToString();
        if (asked.Length > 0 && languages.Contains(asked) && asked != _chosenLanguage)
        {
            _chosenLanguage = asked;
            await SaveAsync();
        }

        Language = _chosenLanguage is { } chosen && languages.Contains(chosen) ? chosen : Form.Definition.DefaultLanguage;
    }

    /// <summary>
    /// Sets the request's culture to the journey's language. Call it from the method that goes on to
    /// handle the request: a culture set inside an awaited async method does not flow back out.
    /// </summary>
    public void UseCulture()
    {
        var culture = CultureInfo.GetCultureInfo(Language);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }
}
