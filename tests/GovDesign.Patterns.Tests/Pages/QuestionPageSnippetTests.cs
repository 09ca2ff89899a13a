using System.Net;
using System.Text.RegularExpressions;
using GovDesign.Components;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;

namespace GovDesign.Patterns.Tests.Pages;

/// <summary>
/// The question page's "From code" snippet in guidance/patterns/question-page.md, as it is written
/// there, in a real app: a post without a token must get a 400, not a 500.
/// </summary>
public sealed partial class QuestionPageSnippetTests : IAsyncLifetime
{
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddRazorComponents();
        builder.Services.AddGovDesignComponents();
        builder.Services.AddAntiforgery();
        var app = builder.Build();
        var layout = new ServiceLayout();
        RenderFragment inputs = content => content.AddMarkupContent(0, "<input id=\"full-name\" name=\"full-name\">");
        static List<FieldError> Check(IFormCollection form) =>
            string.IsNullOrWhiteSpace(form["full-name"]) ? [new FieldError("full-name", "Enter your full name")] : [];

        app.MapGet("/name", (HttpContext context, IAntiforgery antiforgery) => new RazorComponentResult<QuestionPage>(new Dictionary<string, object?>
        {
            ["Title"] = "What is your full name?",
            ["Antiforgery"] = FormToken.For(context, antiforgery),
            ["ChildContent"] = inputs,
        }));

        // From here to the end of MapPost: the snippet, word for word.
        app.MapPost("/name", async (HttpContext context, IAntiforgery antiforgery) =>
        {
            // Null without a valid antiforgery token (or when the post is not a form): a 400, not a 500.
            if (await CheckedForm.ReadAsync(context, antiforgery) is not { } form)
            {
                return Results.BadRequest();
            }

            var errors = Check(form);
            if (errors.Count == 0)
            {
                return Redirects.SeeOther($"{context.Request.PathBase}/next");
            }

            return new RazorComponentResult<QuestionPage>(new Dictionary<string, object?>
            {
                ["Layout"] = layout,
                ["Title"] = "What is your full name?",
                ["Errors"] = errors,
                ["Antiforgery"] = FormToken.For(context, antiforgery),
                ["ChildContent"] = inputs,
            });
        });

        await app.StartAsync();
        _app = app;
        _client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(app.Urls.First()) };
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_Answers400()
    {
        using var response = await _client.PostAsync("/name", Form(new() { ["full-name"] = "Ada" }), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_WithTokenAndAnswer_RedirectsWith303()
    {
        var fields = await TokenAsync();
        fields["full-name"] = "Ada Lovelace";

        using var response = await _client.PostAsync("/name", Form(fields), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/next", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Post_WithTokenAndNoAnswer_ShowsTheError()
    {
        var fields = await TokenAsync();

        using var response = await _client.PostAsync("/name", Form(fields), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enter your full name", html);
    }

    private async Task<Dictionary<string, string>> TokenAsync()
    {
        var page = await _client.GetStringAsync("/name", TestContext.Current.CancellationToken);
        var token = Token().Match(page);
        return new() { [token.Groups[1].Value] = WebUtility.HtmlDecode(token.Groups[2].Value) };
    }

    private static FormUrlEncodedContent Form(Dictionary<string, string> fields) => new(fields);

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
