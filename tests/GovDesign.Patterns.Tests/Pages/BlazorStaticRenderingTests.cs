using System.Net;
using System.Text.RegularExpressions;
using GovDesign.Components;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace GovDesign.Patterns.Tests.Pages;

/// <summary>
/// The question and check answers pages as pages of a Blazor app with static server rendering
/// (<c>MapRazorComponents</c>, no interactivity): with a form name, Blazor receives their posts.
/// </summary>
public sealed partial class BlazorStaticRenderingTests : IAsyncLifetime
{
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddRazorComponents();
        builder.Services.AddGovDesignComponents();
        var app = builder.Build();
        app.UseAntiforgery();
        app.MapRazorComponents<BlazorRoot>();
        await app.StartAsync();
        _app = app;
        _client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(app.Urls.First()) };
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    [Theory]
    [InlineData("/blazor/question", "full-name=Ada+Lovelace", "Thank you, Ada Lovelace")]
    [InlineData("/blazor/check-answers", "", "Sent")]
    public async Task Post_WithFormNameAndToken_ReachesThePagesHandler(string path, string answer, string expected)
    {
        var page = await _client.GetStringAsync(path, TestContext.Current.CancellationToken);
        var fields = Hidden().Matches(page).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
        foreach (var pair in answer.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=')))
        {
            fields[pair[0]] = WebUtility.UrlDecode(pair[1]);
        }

        using var response = await _client.PostAsync(path, new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, html);
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_Answers400()
    {
        var fields = new Dictionary<string, string> { ["_handler"] = "full-name", ["full-name"] = "Ada" };

        using var response = await _client.PostAsync("/blazor/question", new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex Hidden();
}

/// <summary>The Blazor app's root: the router over this test assembly's pages.</summary>
public sealed class BlazorRoot : ComponentBase
{
    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenComponent<Router>(0);
        builder.AddComponentParameter(1, nameof(Router.AppAssembly), typeof(BlazorRoot).Assembly);
        builder.AddComponentParameter(2, nameof(Router.Found), (RenderFragment<RouteData>)(route => content =>
        {
            content.OpenComponent<RouteView>(0);
            content.AddComponentParameter(1, nameof(RouteView.RouteData), route);
            content.CloseComponent();
        }));
        builder.CloseComponent();
    }
}

/// <summary>A question page of a Blazor app: its answer bound with <c>[SupplyParameterFromForm]</c>.</summary>
[Route("/blazor/question")]
public sealed class BlazorQuestion : ComponentBase
{
    private bool _answered;

    [SupplyParameterFromForm(FormName = "full-name", Name = "full-name")]
    public string? FullName { get; set; }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenComponent<QuestionPage>(0);
        builder.AddComponentParameter(1, nameof(QuestionPage.Title), _answered ? $"Thank you, {FullName}" : "What is your full name?");
        builder.AddComponentParameter(2, nameof(QuestionPage.FormName), "full-name");
        builder.AddComponentParameter(3, nameof(QuestionPage.OnSubmit), EventCallback.Factory.Create(this, () => _answered = true));
        builder.AddComponentParameter(4, nameof(QuestionPage.AntiforgeryContent), (RenderFragment)(content =>
        {
            content.OpenComponent<AntiforgeryToken>(0);
            content.CloseComponent();
        }));
        builder.AddComponentParameter(5, nameof(QuestionPage.ChildContent), (RenderFragment)(content =>
            content.AddMarkupContent(0, "<input class=\"govuk-input\" id=\"full-name\" name=\"full-name\">")));
        builder.CloseComponent();
    }
}

/// <summary>A check answers page of a Blazor app.</summary>
[Route("/blazor/check-answers")]
public sealed class BlazorCheckAnswers : ComponentBase
{
    private bool _sent;

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenComponent<CheckAnswersPage>(0);
        builder.AddComponentParameter(1, nameof(CheckAnswersPage.Title), _sent ? "Sent" : "Check your answers");
        builder.AddComponentParameter(2, nameof(CheckAnswersPage.Sections), new[] { new CheckAnswersSection(null, [new CheckAnswersRow("Full name", "Ada Lovelace")]) });
        builder.AddComponentParameter(3, nameof(CheckAnswersPage.FormName), "send");
        builder.AddComponentParameter(4, nameof(CheckAnswersPage.OnSubmit), EventCallback.Factory.Create(this, () => _sent = true));
        builder.AddComponentParameter(5, nameof(CheckAnswersPage.AntiforgeryContent), (RenderFragment)(content =>
        {
            content.OpenComponent<AntiforgeryToken>(0);
            content.CloseComponent();
        }));
        builder.CloseComponent();
    }
}
