using System.Globalization;
using GovDesign.Components;
using GovDesign.Forms.Runner.Definitions;
using GovDesign.Forms.Runner.Journeys;
using GovDesign.Forms.Runner.Rendering;
using GovDesign.Forms.Runner.Sessions;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GovDesign.Forms.Runner.Requests;

/// <summary>
/// One request to one form: the citizen's session and journey (a new, empty one when the cookie is
/// missing, forged or expired), the language, and the links the pages need.
/// </summary>
internal sealed class RunnerRequest
{
    private static readonly Dictionary<string, string> LanguageNames = new()
    {
        ["en"] = "English", ["cy"] = "Cymraeg", ["vi"] = "Tiếng Việt",
    };

    private string? _sessionKey;

    private RunnerRequest(HttpContext http, RunnerForm form, string prefix)
    {
        Http = http;
        Form = form;
        Prefix = prefix;
        Options = http.RequestServices.GetRequiredService<IOptions<FormRunnerOptions>>().Value;
        Store = http.RequestServices.GetRequiredService<IJourneyStore>();
    }

    public HttpContext Http { get; }

    public RunnerForm Form { get; }

    public string Prefix { get; }

    public FormRunnerOptions Options { get; }

    public IJourneyStore Store { get; }

    public JourneyState State { get; private set; } = new();

    public string FormHref => $"{Prefix}/{Form.Slug}/";

    public static async Task<RunnerRequest> LoadAsync(HttpContext http, RunnerForm form, string prefix)
    {
        var request = new RunnerRequest(http, form, prefix);
        var cookies = http.RequestServices.GetRequiredService<SessionCookies>();
        request._sessionKey = cookies.Read(http);
        if (request._sessionKey is not null)
        {
            var notBefore = DateTimeOffset.UtcNow - request.Options.SessionLifetime;
            request.State = await request.Store.LoadAsync(request._sessionKey, form.Slug, notBefore, http.RequestAborted) ?? new JourneyState();
        }

        await request.ApplyLanguageAsync();
        return request;
    }

    public string Href(string path, bool change = false) => $"{Prefix}/{Form.Slug}/{path}" + (change ? "?change=check" : "");

    public bool ReturnToCheck => Http.Request.Query["change"] == "check";

    public async Task SaveAsync()
    {
        _sessionKey ??= Http.RequestServices.GetRequiredService<SessionCookies>().Issue(Http, SessionPath);
        await Store.SaveAsync(_sessionKey, Form.Slug, State, Http.RequestAborted);
    }

    /// <summary>Begins a new journey under a new session, leaving a submitted one behind.</summary>
    public void StartAgain()
    {
        _sessionKey = null;
        State = new JourneyState { Language = State.Language };
    }

    public async Task<string> SubmitAsync(System.Text.Json.Nodes.JsonObject answers)
    {
        if (_sessionKey is null)
        {
            await SaveAsync();
        }

        return await Store.SubmitAsync(_sessionKey!, Form.Slug, Form.NewReference(), answers, Http.RequestAborted);
    }

    public PageFrame Frame(string title, string? backHref = null, bool withAntiforgery = false) => new(title)
    {
        FormTitle = Form.Title(),
        FormHref = FormHref,
        BackHref = backHref,
        Languages = LanguageItems(),
        Antiforgery = withAntiforgery ? Http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(Http) : null,
        Theme = Options.Theme,
        AssetPath = Options.AssetPath,
    };

    private string SessionPath => string.IsNullOrEmpty(Prefix) ? "/" : Prefix;

    private async Task ApplyLanguageAsync()
    {
        var asked = Http.Request.Query["lang"].ToString();
        if (asked.Length > 0 && Form.Languages.Contains(asked) && asked != State.Language)
        {
            State.Language = asked;
            await SaveAsync();
        }

        var language = State.Language is { } chosen && Form.Languages.Contains(chosen) ? chosen : Form.Languages[0];
        var culture = CultureInfo.GetCultureInfo(language);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }

    private List<LanguageNavigationItem>? LanguageItems()
    {
        if (Form.Languages.Count < 2)
        {
            return null;
        }

        var current = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        return [.. Form.Languages.Select(l => new LanguageNavigationItem
        {
            Text = LanguageNames.GetValueOrDefault(l, l),
            Lang = l,
            HrefLang = l,
            Href = $"{Http.Request.PathBase}{Http.Request.Path}?lang={l}",
            Current = l == current,
        })];
    }
}
