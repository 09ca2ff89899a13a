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
using Microsoft.Extensions.Localization;
using Microsoft.AspNetCore.Routing;
using GovDesign.Forms.Runner.Endpoints;

namespace GovDesign.Forms.Runner.Requests;

/// <summary>
/// One request to one form: the citizen's journey (a new, empty one when the session cookie is
/// missing, forged, unknown or expired), the language, and the links the pages need.
/// </summary>
/// <remarks>
/// Sessions resist fixation: a cookie is used only when it names a journey of this form that the
/// runner holds, a new random cookie is issued when a journey is first saved, and another replaces
/// it when the journey is submitted, so a cookie planted in a citizen's browser leads nowhere.
/// </remarks>
internal sealed partial class RunnerRequest
{
    /// <summary>Room in a POST with a file for the rest of the page's answers.</summary>
    private const long RoomForTheRestOfThePage = 256 * 1024;

    /// <summary>How long after a journey is sent its old cookie still reaches the confirmation from check answers: for the second of two clicks on Send.</summary>
    private static readonly TimeSpan JustSubmitted = TimeSpan.FromMinutes(1);

    private readonly FormRunner _runner;
    private LoadedForm? _form;
    private string? _cookieKey;
    private string? _sessionKey;
    private string? _savedLanguage;

    private RunnerRequest(HttpContext http, FormRunner runner, string prefix)
    {
        Http = http;
        _runner = runner;
        Prefix = prefix;
    }

    public HttpContext Http { get; }

    /// <summary>The form the route names; loaded by the runner's endpoint filter before any handler runs.</summary>
    public LoadedForm Form => _form ?? throw new InvalidOperationException("The form is loaded by the runner's endpoint filter, before the handler.");

    public Journey Journey => Form.Journey;

    /// <summary>Where the runner's routes start, with the path the application is mounted at.</summary>
    public string Prefix { get; }

    public FormRunnerOptions Options => _runner.Options;

    public IFormStore Store => _runner.Store;

    /// <summary>The runner's own words, in the page's language once the filter has set it.</summary>
    public IStringLocalizer<RunnerText> Text => _runner.Text;

    public Telemetry.FormRunnerMetrics Metrics => _runner.Metrics;

    public FormAnswers Answers { get; private set; } = new();

    /// <summary>The submission's reference once the journey is submitted.</summary>
    public string? Reference { get; private set; }

    /// <summary>The language of the page: one the request asks for with <c>?lang=</c>, else the journey's, else the form's default.</summary>
    public string Language { get; private set; } = "en";

    public string FormHref => Link($"{Prefix}/{Form.Slug}/", change: false);

    /// <summary>This page's own address, for its form to post back to.</summary>
    public string SelfHref => Link($"{Http.Request.PathBase}{Http.Request.Path}", ReturnToCheck);

    private string StoreId => StoreIdOf(_sessionKey);

    /// <summary>Whether links must carry the language: it was asked for and differs from the one the journey keeps.</summary>
    private bool LanguageInLinks => Language != (_savedLanguage ?? Form.Definition.DefaultLanguage);

    /// <summary>
    /// Makes the request for a handler's parameter. Its form and journey are loaded once, by the
    /// runner's endpoint filter (<see cref="LoadAsync"/>), which answers for a form that is not there.
    /// </summary>
    public static ValueTask<RunnerRequest?> BindAsync(HttpContext http)
    {
        var endpoint = RunnerEndpoint.Of(http);
        return ValueTask.FromResult<RunnerRequest?>(new RunnerRequest(http, endpoint.Runner, endpoint.PrefixFor(http)));
    }

    /// <summary>Finds the form the route names and the citizen's journey of it.</summary>
    /// <returns>Null when both are ready; else the page to answer with: 404 for no such form, 503 for one that did not load.</returns>
    public async Task<IResult?> LoadAsync()
    {
        var slug = Http.GetRouteValue("form") as string ?? "";
        _form = _runner.Catalogue.Find(slug);
        if (_form is null)
        {
            return RunnerPages.Message(Http, _runner.Catalogue.IsUnavailable(slug) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status404NotFound);
        }

        _cookieKey = _runner.Cookies.Read(Http, _form.Slug);
        if (_cookieKey is { } key
            && await Store.GetJourneyAsync(StoreIdOf(key), Http.RequestAborted) is { } journey
            && journey.UpdatedAt >= DateTimeOffset.UtcNow - Options.SessionLifetime)
        {
            _sessionKey = key;
            Answers = FormAnswers.FromJson(journey.State["answers"]);
            _savedLanguage = journey.State["language"] is JsonValue l && l.TryGetValue<string>(out var lang) ? lang : null;
            Reference = journey.SubmissionReference;
        }

        ChooseLanguage();
        SessionBoundAntiforgery.Bind(Http, _sessionKey);
        return null;
    }

    /// <summary>
    /// The POSTed form, its token checked against the request's session; or, when it cannot be read, the
    /// friendly 4xx page to answer with. A POST to a page with a file question (<paramref name="page"/>)
    /// may be as big as <see cref="FormRunnerOptions.MaxUploadRequestBytes"/>: a file over its question's
    /// own limit is then read (buffered to disk past 64 KB, as ASP.NET Core does) and refused by the
    /// question with its own message, and the page's other answers are kept.
    /// </summary>
    public async Task<(IFormCollection? Posted, IResult? Refusal)> ReadPostAsync(string? page = null)
    {
        var largestFile = page is null ? 0 : Form.LargestFileOn(page);
        var limit = largestFile == 0 ? Options.MaxRequestBodyBytes
            : Math.Max(Options.MaxRequestBodyBytes, Math.Max(Options.MaxUploadRequestBytes, largestFile + RoomForTheRestOfThePage));
        var (form, status) = await PostedForm.ReadAsync(Http, Options, limit, _runner.Antiforgery);
        return form is null ? (null, RunnerPages.Message(Http, status)) : (form, null);
    }

    public string Href(string path, bool change = false) => Link($"{Prefix}/{Form.Slug}/{path}", change);

    /// <summary>Saves the answers and the language the citizen is using, starting a session at the first save.</summary>
    public async Task SaveAsync()
    {
        EnsureSession();
        _savedLanguage = Language;
        await Store.SaveJourneyAsync(Record(StoreId), Http.RequestAborted);
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

    /// <summary>Begins a new journey, leaving a submitted one as it was: the session cookie goes, and the next save starts another.</summary>
    public void StartAgain()
    {
        _runner.Cookies.Forget(Http, Form.Slug, CookiePath);
        _sessionKey = null;
        Answers = new FormAnswers();
        Reference = null;
        SessionBoundAntiforgery.Bind(Http, null);
    }

    /// <summary>
    /// Writes the submission (once per journey) and returns its reference. The journey then moves to a
    /// new session, so whoever else knew the old cookie cannot see the reference or the answers.
    /// </summary>
    public async Task<string> SubmitAsync()
    {
        await SaveAsync();
        using var activity = Telemetry.FormRunnerMetrics.ActivitySource.StartActivity("govdesign.forms.submit");
        activity?.SetTag("govdesign.forms.form", Form.Slug);
        var outbox = _runner.Delivery?.Plan(Form, Answers, Language) ?? (static _ => []);
        var submission = await Store.SubmitAsync(Form.Slug, StoreId, Journey.SubmissionData(Answers), Form.Definition.Reference, outbox, Http.RequestAborted);
        Reference = submission.Reference;
        Metrics.Submitted(Form.Slug);
        await MoveToNewSessionAsync();
        return submission.Reference;
    }

    /// <summary>
    /// Finds the journey sent a moment ago under the request's cookie, which the first click on Send
    /// moved to a new session: the second click, sent with the old cookie, then reaches the same
    /// confirmation instead of an empty form. Call before the POST's token is checked; then <see cref="MoveToNewSessionAsync"/>.
    /// </summary>
    /// <returns>Whether such a journey was found.</returns>
    public async Task<bool> FindJustSubmittedAsync()
    {
        if (_sessionKey is not null || _cookieKey is null
            || await Store.FindSubmissionAsync(StoreIdOf(_cookieKey), Http.RequestAborted) is not { } submission
            || submission.SubmittedAt < DateTimeOffset.UtcNow - JustSubmitted)
        {
            return false;
        }

        _sessionKey = _cookieKey;
        Reference = submission.Reference;
        SessionBoundAntiforgery.Bind(Http, _sessionKey);
        return true;
    }

    /// <summary>Moves the submitted journey to a new session cookie, so whoever else knew the old one cannot see the reference.</summary>
    public async Task MoveToNewSessionAsync()
    {
        var old = StoreId;
        _sessionKey = _runner.Cookies.Issue(Http, Form.Slug, CookiePath);
        SessionBoundAntiforgery.Bind(Http, _sessionKey);
        await Store.RotateJourneyAsync(old, Record(StoreId) with { SubmissionReference = Reference }, Http.RequestAborted);
    }

    public PageFrame Frame(string title, string? backHref = null, bool withAntiforgery = false) => new(title)
    {
        Layout = Layout(),
        BackHref = backHref,
        Contact = HelpContacts.For(Form.Definition.Contact, Language),
        Token = withAntiforgery && _runner.Antiforgery.GetAndStoreTokens(Http) is { RequestToken: { } token, FormFieldName: { } field }
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
            Phase = definition.Phase is "alpha" or "beta" ? definition.Phase : null,
            FeedbackUrl = definition.FeedbackUrl,
            Languages = definition.Languages,
            LanguageUrl = code => $"{here}?{(ReturnTo is { } marker ? $"returnTo={Uri.EscapeDataString(marker)}&" : "")}lang={Uri.EscapeDataString(code)}",
            PrivacyUrl = definition.PrivacyUrl,
            AssetPath = Options.AssetPathFor(Http.Request),
        };
    }

    /// <summary>Shows the page in a language the request asks for, without saving it: only a POST changes the journey's language.</summary>
    private void ChooseLanguage()
    {
        var languages = Form.Definition.Languages;
        var asked = Http.Request.Query["lang"].ToString();
        Language = asked.Length > 0 && languages.Contains(asked) ? asked
            : _savedLanguage is { } saved && languages.Contains(saved) ? saved
            : Form.Definition.DefaultLanguage;
    }

    private string CookiePath => string.IsNullOrEmpty(Prefix) ? "/" : Prefix;

    private string StoreIdOf(string? sessionKey) => $"{sessionKey}:{Form.Slug}";

    private JourneyRecord Record(string storeId) =>
        new(storeId, Form.Slug, new JsonObject { ["answers"] = Answers.ToJson(), ["language"] = _savedLanguage }, DateTimeOffset.UtcNow);

    /// <summary>Gives a citizen without a journey a new session cookie, at their first save.</summary>
    private void EnsureSession()
    {
        if (_sessionKey is null)
        {
            _sessionKey = _runner.Cookies.Issue(Http, Form.Slug, CookiePath);
            SessionBoundAntiforgery.Bind(Http, _sessionKey);
            Metrics.JourneyStarted(Form.Slug);
        }
    }

    private string Link(string path, bool change)
    {
        var link = LanguageInLinks ? $"{path}?lang={Uri.EscapeDataString(Language)}" : path;
        return change ? CheckAnswersPage.WithReturnTo(link, ReturnTo ?? CheckAnswersPage.DefaultReturnTo) : link;
    }

    /// <summary>
    /// Sets the culture to the page's language. Call it from the method that goes on to handle or render
    /// the request: a culture set inside an awaited async method does not flow back out.
    /// </summary>
    public void UseCulture() => PageCulture.Use(Language);
}
