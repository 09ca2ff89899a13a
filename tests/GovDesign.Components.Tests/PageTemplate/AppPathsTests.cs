using Microsoft.AspNetCore.Http;

namespace GovDesign.Components.Tests.PageTemplate;

public sealed class AppPathsTests
{
    [Theory]
    [InlineData("/", "/svc/")]
    [InlineData("/start?from=home#top", "/svc/start?from=home#top")]
    [InlineData("/svc/start", "/svc/start")]
    [InlineData("/svc", "/svc")]
    [InlineData("/svcs/start", "/svc/svcs/start")]
    [InlineData("https://www.gov.uk/", "https://www.gov.uk/")]
    [InlineData("//cdn.example.gov.uk/logo.png", "//cdn.example.gov.uk/logo.png")]
    [InlineData("start", "start")]
    [InlineData("#main-content", "#main-content")]
    public void UnderPathBase_UnderSvc_PutsPathsFromTheAppsRootUnderIt(string url, string expected)
    {
        var context = new DefaultHttpContext { Request = { PathBase = "/svc" } };

        Assert.Equal(expected, AppPaths.UnderPathBase(context, url));
    }

    [Fact]
    public void UnderPathBase_NoPathBaseOrNoRequest_LeavesTheAddressAlone()
    {
        Assert.Equal("/start", AppPaths.UnderPathBase(new DefaultHttpContext(), "/start"));
        Assert.Equal("/start", AppPaths.UnderPathBase(null, "/start"));
        Assert.Null(AppPaths.UnderPathBase(new DefaultHttpContext { Request = { PathBase = "/svc" } }, null));
    }
}
