using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using GovDesign.Site.Export;

namespace GovDesign.Site.Tests.Playground;

/// <summary>The site on a loopback port with its forms database in a folder of its own, so tests can see what was written.</summary>
public sealed class PlaygroundSite : IAsyncLifetime
{
    private RunningSite? _site;

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "govdesign-playground-tests", Guid.NewGuid().ToString("N"));

    public string Database => Path.Combine(Folder, "forms.db");

    public Uri BaseAddress => _site!.BaseAddress;

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        _site = await RunningSite.StartAsync(["--Forms:Database", Database]);
    }

    /// <summary>A new visitor with a cookie jar of their own; redirects are followed.</summary>
    public Visitor NewVisitor() => new(BaseAddress);

    public async ValueTask DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}

/// <summary>A browser without JavaScript, over HTTP: GETs pages and posts their forms with their hidden fields.</summary>
public sealed class Visitor(Uri baseAddress) : IDisposable
{
    private readonly HttpClient _http = new(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = baseAddress };

    public async Task<(HttpStatusCode Status, Uri Url, IDocument Page)> GetAsync(string url)
    {
        using var response = await _http.GetAsync(url, TestContext.Current.CancellationToken);
        return await ReadAsync(response);
    }

    /// <summary>Posts the page's form with the given id (or its last POST form) with its hidden fields plus <paramref name="fields"/>, to <paramref name="action"/> when given.</summary>
    public async Task<(HttpStatusCode Status, Uri Url, IDocument Page)> SubmitAsync(IDocument page, IEnumerable<KeyValuePair<string, string>> fields, string? formId = null, string? action = null)
    {
        var form = formId is null ? page.QuerySelectorAll<IHtmlFormElement>("form[method=post]").Last() : (IHtmlFormElement)page.GetElementById(formId)!;
        var values = form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]").Select(i => KeyValuePair.Create(i.Name!, i.Value)).Concat(fields);
        return await PostAsync(action ?? form.GetAttribute("action")!, values);
    }

    public async Task<(HttpStatusCode Status, Uri Url, IDocument Page)> PostAsync(string action, IEnumerable<KeyValuePair<string, string>> values)
    {
        using var content = new FormUrlEncodedContent(values);
        using var response = await _http.PostAsync(action, content, TestContext.Current.CancellationToken);
        return await ReadAsync(response);
    }

    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => await _http.SendAsync(request, TestContext.Current.CancellationToken);

    private static async Task<(HttpStatusCode, Uri, IDocument)> ReadAsync(HttpResponseMessage response) =>
        (response.StatusCode, response.RequestMessage!.RequestUri!, Html.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));

    public void Dispose() => _http.Dispose();
}
