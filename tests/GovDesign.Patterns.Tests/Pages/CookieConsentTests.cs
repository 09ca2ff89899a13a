using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;

namespace GovDesign.Patterns.Tests.Pages;

public sealed class CookieConsentTests
{
    [Theory]
    [InlineData("accepted", CookieChoice.Accepted)]
    [InlineData("rejected", CookieChoice.Rejected)]
    [InlineData(null, CookieChoice.NotChosen)]
    [InlineData("", CookieChoice.NotChosen)]
    [InlineData("ACCEPTED", CookieChoice.NotChosen)]
    [InlineData(" accepted", CookieChoice.NotChosen)]
    [InlineData("accepted\0", CookieChoice.NotChosen)]
    [InlineData("accepted;rejected", CookieChoice.NotChosen)]
    [InlineData("<script>alert(1)</script>", CookieChoice.NotChosen)]
    [InlineData("ａｃｃｅｐｔｅｄ", CookieChoice.NotChosen)]
    [InlineData("{\"analytics\":true}", CookieChoice.NotChosen)]
    public void Parse_AcceptsOnlyTheExactValuesItWrites(string? value, CookieChoice expected)
    {
        Assert.Equal(expected, CookieConsent.Parse(value));
    }

    [Fact]
    public void Parse_AVeryLongValue_IsNoChoice()
    {
        Assert.Equal(CookieChoice.NotChosen, CookieConsent.Parse(new string('a', 100_000)));
    }

    [Fact]
    public void Read_TakesTheChoiceFromTheRequestsCookie()
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.Cookie = "other=1; cookies_policy=accepted";

        Assert.Equal(CookieChoice.Accepted, CookieConsent.Read(context.Request));
        Assert.True(CookieConsent.AllowsAdditionalCookies(context.Request));
    }

    [Fact]
    public void Read_WithoutTheCookie_AllowsEssentialCookiesOnly()
    {
        var context = new DefaultHttpContext();

        Assert.Equal(CookieChoice.NotChosen, CookieConsent.Read(context.Request));
        Assert.False(CookieConsent.AllowsAdditionalCookies(context.Request));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Write_KeepsTheChoiceForAYear_LaxAndSecureOverHttps(bool https)
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = https ? "https" : "http";

        CookieConsent.Write(context.Response, CookieChoice.Rejected);

        var header = context.Response.Headers.SetCookie.ToString().ToLowerInvariant();
        Assert.StartsWith("cookies_policy=rejected", header, StringComparison.Ordinal);
        Assert.Contains("max-age=31536000", header, StringComparison.Ordinal);
        Assert.Contains("samesite=lax", header, StringComparison.Ordinal);
        Assert.Contains("path=/", header, StringComparison.Ordinal);
        Assert.Equal(https, header.Contains("secure", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/question", "/question")]
    [InlineData("/question?a=1", "/question?a=1")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example/", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("javascript:alert(1)", "/")]
    [InlineData("/a\r\nSet-Cookie: x=1", "/")]
    [InlineData("", "/")]
    [InlineData(null, "/")]
    public void LocalOrRoot_KeepsOnlyLocalPaths(string? url, string expected)
    {
        Assert.Equal(expected, CookieConsentEndpoints.LocalOrRoot(url));
    }

    [Theory]
    [InlineData("accept", "/page?x=1&cookies-saved=1", "cookies_policy=accepted")]
    [InlineData("reject", "/page?x=1&cookies-saved=1", "cookies_policy=rejected")]
    [InlineData("hide", "/page?x=1", "")]
    public async Task Save_WritesTheChoice_AndGoesBackWithASeeOther(string choice, string location, string cookie)
    {
        var context = Post($"cookies={choice}&returnUrl={Uri.EscapeDataString("/page?x=1&cookies-saved=1")}");

        var result = await CookieConsentEndpoints.SaveAsync(context, CookieConsent.DefaultCookieName);
        await result.ExecuteAsync(context);

        Assert.Equal(303, context.Response.StatusCode);
        Assert.Equal(location, context.Response.Headers.Location.ToString());
        Assert.StartsWith(cookie, context.Response.Headers.SetCookie.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_ToAnotherSite_GoesToTheRootInstead()
    {
        var context = Post("cookies=accept&returnUrl=%2F%2Fevil.example");

        var result = await CookieConsentEndpoints.SaveAsync(context, CookieConsent.DefaultCookieName);
        await result.ExecuteAsync(context);

        Assert.Equal("/?cookies-saved=1", context.Response.Headers.Location.ToString());
    }

    [Theory]
    [InlineData("cookies=maybe")]
    [InlineData("cookies=<script>")]
    [InlineData("returnUrl=/")]
    public async Task Save_WithAnUnknownChoice_IsABadRequest(string body)
    {
        var result = await CookieConsentEndpoints.SaveAsync(Post(body), CookieConsent.DefaultCookieName);

        Assert.IsType<BadRequest>(result);
    }

    [Fact]
    public async Task Save_WithoutAForm_IsABadRequest()
    {
        var context = Post("cookies=accept");
        context.Request.ContentType = "application/json";

        Assert.IsType<BadRequest>(await CookieConsentEndpoints.SaveAsync(context, CookieConsent.DefaultCookieName));
    }

    private static DefaultHttpContext Post(string body)
    {
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().BuildServiceProvider() };
        context.Request.Method = "POST";
        context.Request.ContentType = "application/x-www-form-urlencoded";
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        return context;
    }
}
