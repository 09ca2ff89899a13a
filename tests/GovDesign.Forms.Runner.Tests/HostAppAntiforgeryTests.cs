using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GovDesign.Forms.Runner.Tests;

/// <summary>The runner inside a team's own app: it must not change how the app's own forms are protected.</summary>
public sealed class HostAppAntiforgeryTests
{
    [Fact]
    public void AddFormRunner_AfterTheAppsAntiforgery_LeavesItsCookieAndFieldAlone()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddAntiforgery(options => options.Cookie.Name = "my-app-antiforgery");

        services.AddFormRunner(options => options.Source = "forms");
        var antiforgery = services.BuildServiceProvider().GetRequiredService<IOptions<AntiforgeryOptions>>().Value;

        Assert.Equal("my-app-antiforgery", antiforgery.Cookie.Name);
        Assert.Equal("__RequestVerificationToken", antiforgery.FormFieldName);
    }

    [Fact]
    public void AddFormRunner_InAnAppWithDefaults_KeepsAspNetCoresCookieName()
    {
        var services = new ServiceCollection().AddLogging();

        services.AddFormRunner(options => options.Source = "forms");
        var antiforgery = services.BuildServiceProvider().GetRequiredService<IOptions<AntiforgeryOptions>>().Value;

        Assert.StartsWith(".AspNetCore.Antiforgery.", antiforgery.Cookie.Name);
    }
}
