using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using GovDesign.Tests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GovDesign.Forms.Runner.Tests;

/// <summary>
/// A runner mounted under a path (behind a proxy that forwards /apply/..., with <c>UsePathBase</c>) and
/// mapped under a prefix of its own: every link, form action, redirect, asset and cookie carries both.
/// </summary>
public sealed class PathBaseTests : IAsyncLifetime
{
    private readonly TemporaryFolder _folder = new("govdesign-pathbase-");
    private WebApplication? _app;
    private Uri? _address;

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddFormRunner(options =>
        {
            options.Source = Path.Combine(AppContext.BaseDirectory, "Forms", "question-settings.json");
            options.DatabasePath = _folder.File("forms.db");
        }).AddSqliteFormStore();
        _app = builder.Build();
        _app.UsePathBase("/apply");
        _app.UseRouting();
        _app.MapFormRunner("forms");
        await _app.StartAsync(TestContext.Current.CancellationToken);
        _address = new Uri(_app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _folder.Dispose();
    }

    [Fact]
    public async Task EveryLinkActionRedirectAndAsset_IsUnderTheMountPath()
    {
        using var citizen = new Citizen(_address!);

        var list = await citizen.GetAsync("/apply/forms/");
        var start = await citizen.GetAsync("/apply/forms/question-settings/");
        var first = await Journeys.StartAsync(citizen, "apply/forms/question-settings");
        var next = await citizen.SubmitAsync(first, [KeyValuePair.Create("date-of-birth-day", "1"), KeyValuePair.Create("date-of-birth-month", "2"), KeyValuePair.Create("date-of-birth-year", "1990")]);

        Assert.Equal("/apply/forms/question-settings/", list.Document.QuerySelector("main a")?.GetAttribute("href"));
        Assert.StartsWith("/apply/forms/question-settings/", start.Document.QuerySelector("a.govuk-button--start")?.GetAttribute("href"), StringComparison.Ordinal);
        Assert.StartsWith("/apply/_content/GovDesign.Components/", start.Document.QuerySelector("link[rel=stylesheet]")?.GetAttribute("href"), StringComparison.Ordinal);
        Assert.StartsWith("/apply/forms/question-settings/", first.PostForm().GetAttribute("action"), StringComparison.Ordinal);
        Assert.Equal("/apply/forms/question-settings/fee", next.Path);
        Assert.Equal("/apply/forms", citizen.Cookies.GetAllCookies().Single(c => c.Name == "govdesign-session-question-settings").Path);
    }
}
