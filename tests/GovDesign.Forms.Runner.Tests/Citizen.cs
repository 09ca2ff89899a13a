using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace GovDesign.Forms.Runner.Tests;

/// <summary>A page as the citizen received it: where it ended up, its status and its parsed HTML.</summary>
public sealed record Received(Uri Url, HttpStatusCode Status, string Html, IDocument Document)
{
    public string Path => Url.AbsolutePath;

    public IHtmlFormElement PostForm(string? actionEndsWith = null) => Document.QuerySelectorAll<IHtmlFormElement>("form[method=post]")
        .Last(f => actionEndsWith is null || (f.GetAttribute("action") ?? "").Split('?')[0].EndsWith(actionEndsWith, StringComparison.Ordinal));
}

/// <summary>
/// A citizen with a browser's cookie jar, over real HTTP: follows redirects itself (so tests can see
/// 303s), and posts forms with the antiforgery token taken from the page.
/// </summary>
public sealed class Citizen : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly HttpClient _client;

    /// <summary>A citizen on <paramref name="baseAddress"/>; give <paramref name="cookies"/> to be the same browser on another address (another runner).</summary>
    public Citizen(Uri baseAddress, CookieContainer? cookies = null)
    {
        Cookies = cookies ?? new CookieContainer();
        _client = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false }) { BaseAddress = baseAddress };
    }

    public CookieContainer Cookies { get; }

    public HttpClient Client => _client;

    public Task<Received> GetAsync(string path) => SendAsync(new HttpRequestMessage(HttpMethod.Get, path));

    /// <summary>Posts the page's form (the last POST form, or the one whose action ends so) with its hidden fields plus <paramref name="fields"/>.</summary>
    public Task<Received> SubmitAsync(Received page, IEnumerable<KeyValuePair<string, string>> fields, string? actionEndsWith = null, IReadOnlyDictionary<string, (string Name, string Type, byte[] Content)>? files = null)
    {
        var form = page.PostForm(actionEndsWith);
        var values = form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]").Select(i => KeyValuePair.Create(i.Name!, i.Value)).Concat(fields).ToList();
        return PostAsync(form.GetAttribute("action") ?? page.Path, values, form.Enctype == "multipart/form-data" ? files ?? new Dictionary<string, (string, string, byte[])>() : null);
    }

    public Task<Received> PostAsync(string action, IEnumerable<KeyValuePair<string, string>> values, IReadOnlyDictionary<string, (string Name, string Type, byte[] Content)>? files = null)
    {
        HttpContent content;
        if (files is null)
        {
            content = new FormUrlEncodedContent(values);
        }
        else
        {
            var multipart = new MultipartFormDataContent();
            foreach (var (name, value) in values)
            {
                multipart.Add(new StringContent(value), name);
            }

            foreach (var (field, (name, type, bytes)) in files)
            {
                var file = new ByteArrayContent(bytes);
                file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(type);
                multipart.Add(file, field, name);
            }

            content = multipart;
        }

        return SendAsync(new HttpRequestMessage(HttpMethod.Post, action) { Content = content });
    }

    /// <summary>Sends without following redirects.</summary>
    public async Task<HttpResponseMessage> RawAsync(HttpRequestMessage request) => await _client.SendAsync(request, TestContext.Current.CancellationToken);

    public async Task<Received> SendAsync(HttpRequestMessage request)
    {
        for (var hops = 0; ; hops++)
        {
            using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);
            if (response.StatusCode is HttpStatusCode.SeeOther or HttpStatusCode.Found or HttpStatusCode.Redirect && hops < 10)
            {
                request = new HttpRequestMessage(HttpMethod.Get, new Uri(request.RequestUri!.IsAbsoluteUri ? request.RequestUri : new Uri(_client.BaseAddress!, request.RequestUri), response.Headers.Location!));
                continue;
            }

            var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            var url = request.RequestUri!.IsAbsoluteUri ? request.RequestUri : new Uri(_client.BaseAddress!, request.RequestUri);
            return new Received(url, response.StatusCode, html, Parser.ParseDocument(html));
        }
    }

    public void Dispose() => _client.Dispose();
}
