namespace GovDesign.Forms.Runner.Tests;

/// <summary>Cross-field rules: their errors linked from the summary to the right field and shown next to it, per language.</summary>
public sealed class CrossFieldRuleTests(TestFormsServer server) : IClassFixture<TestFormsServer>
{
    [Fact]
    public async Task EndDateTooSoon_IsShownAtTheEndDate_AndLinkedToItsFirstBox()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var dates = await Journeys.StartAsync(citizen, "cross-field-rules");

        var refused = await citizen.SubmitAsync(dates, [.. Date("start-date", 10, 1, 2025), .. Date("end-date", 10, 2, 2025)]);

        Assert.EndsWith("/dates", refused.Path, StringComparison.Ordinal);
        var link = Assert.Single(refused.Document.QuerySelectorAll(".govuk-error-summary__list a"));
        Assert.Equal(("#end-date-day", "The end date must be more than a month after the start date"), (link.GetAttribute("href"), link.TextContent.Trim()));
        Assert.Contains("The end date must be more than a month after the start date", refused.Document.QuerySelector("#end-date-error")?.TextContent, StringComparison.Ordinal);
        Assert.Null(refused.Document.QuerySelector("#start-date-error"));
        Assert.Equal("10", refused.Document.QuerySelector("#end-date-day")?.GetAttribute("value"));
    }

    [Fact]
    public async Task AnswerWithItsOwnError_GetsOnlyThatError()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var dates = await Journeys.StartAsync(citizen, "cross-field-rules");

        var refused = await citizen.SubmitAsync(dates, [.. Date("start-date", 10, 1, 2025), .. Date("end-date", 32, 13, 2025)]);

        var link = Assert.Single(refused.Document.QuerySelectorAll(".govuk-error-summary__list a"));
        Assert.DoesNotContain("more than a month", link.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Journey_ThroughEveryRule_RefusesThenAccepts()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var dates = await Journeys.StartAsync(citizen, "cross-field-rules");
        var contact = await citizen.SubmitAsync(dates, [.. Date("start-date", 10, 1, 2025), .. Date("end-date", 11, 2, 2025)]);
        Assert.EndsWith("/contact", contact.Path, StringComparison.Ordinal);

        var none = await citizen.SubmitAsync(contact, []);
        var link = Assert.Single(none.Document.QuerySelectorAll(".govuk-error-summary__list a"));
        Assert.Equal(("#phone", "Enter a phone number or an email address"), (link.GetAttribute("href"), link.TextContent.Trim()));
        Assert.NotNull(none.Document.QuerySelector("#phone-error"));

        var costs = await citizen.SubmitAsync(none, [KeyValuePair.Create("email", "sam@example.com")]);
        Assert.EndsWith("/costs", costs.Path, StringComparison.Ordinal);

        var tooMuch = await citizen.SubmitAsync(costs, [KeyValuePair.Create("rent", "1500"), KeyValuePair.Create("bills", "600")]);
        var sum = Assert.Single(tooMuch.Document.QuerySelectorAll(".govuk-error-summary__list a"));
        Assert.Equal("#bills", sum.GetAttribute("href"));
        Assert.Contains("£2,000 or less", tooMuch.Document.QuerySelector("#bills-error")?.TextContent, StringComparison.Ordinal);

        var check = await citizen.SubmitAsync(tooMuch, [KeyValuePair.Create("rent", "1500"), KeyValuePair.Create("bills", "500")]);
        Assert.EndsWith("/check-answers", check.Path, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cy", "Rhowch rif ffôn neu gyfeiriad e-bost")]
    [InlineData("vi", "Nhập số điện thoại hoặc địa chỉ email")]
    public async Task RuleError_IsInThePagesLanguage(string language, string message)
    {
        using var citizen = new Citizen(server.BaseAddress);
        var dates = await Journeys.StartAsync(citizen, "cross-field-rules");
        await citizen.SubmitAsync(dates, [.. Date("start-date", 10, 1, 2025), .. Date("end-date", 11, 2, 2025)]);
        var contact = await citizen.GetAsync($"/cross-field-rules/contact?lang={language}");

        var refused = await citizen.SubmitAsync(contact, []);

        Assert.Equal(message, refused.Document.QuerySelector(".govuk-error-summary__list a")?.TextContent.Trim());
        Assert.Equal(language, refused.Document.DocumentElement.GetAttribute("lang"));
    }

    private static KeyValuePair<string, string>[] Date(string name, int day, int month, int year) =>
    [
        KeyValuePair.Create($"{name}-day", day.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        KeyValuePair.Create($"{name}-month", month.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        KeyValuePair.Create($"{name}-year", year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];
}
