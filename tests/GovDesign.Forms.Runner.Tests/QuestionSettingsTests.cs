using System.Globalization;
using System.Net;

namespace GovDesign.Forms.Runner.Tests;

/// <summary>Every setting of the question settings form works over real HTTP, not only in the schema.</summary>
public sealed class QuestionSettingsTests(TestFormsServer server) : IClassFixture<TestFormsServer>
{
    private const string Slug = "question-settings";

    /// <summary>A good answer for each page, so a citizen can reach the next.</summary>
    private static readonly (string Path, KeyValuePair<string, string>[] Fields)[] Pages =
    [
        ("date-of-birth", DateOfBirth(DateTime.Today.AddYears(-30))),
        ("fee", [KeyValuePair.Create("fee", "12.50")]),
        ("email", [KeyValuePair.Create("email", "sam@example.com")]),
        ("size", [KeyValuePair.Create("size", "small")]),
    ];

    [Theory]
    [InlineData(-10, "You must be 16 or older to apply")]
    [InlineData(-130, "Your date of birth must be on or after")]
    public async Task DateOutsideItsLimits_IsRefusedWithTheMessageForTheLimit(int years, string message)
    {
        using var citizen = new Citizen(server.BaseAddress);
        var page = await Journeys.StartAsync(citizen, Slug);

        var refused = await citizen.SubmitAsync(page, DateOfBirth(DateTime.Today.AddYears(years)));

        Assert.EndsWith("/date-of-birth", refused.Path, StringComparison.Ordinal);
        Assert.StartsWith(message, refused.Document.QuerySelector(".govuk-error-summary a")?.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DateWithinItsLimits_IsAccepted()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var page = await Journeys.StartAsync(citizen, Slug);

        var next = await citizen.SubmitAsync(page, DateOfBirth(DateTime.Today.AddYears(-30)));

        Assert.EndsWith("/fee", next.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MoneyInEuros_ShowsTheEuroSign()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var page = await ToPageAsync(citizen, "fee");

        Assert.Equal("€", page.Document.QuerySelector(".govuk-input__prefix")?.TextContent.Trim());
    }

    [Fact]
    public async Task EmailAutocomplete_IsOnTheInput()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var page = await ToPageAsync(citizen, "email");

        Assert.Equal("work email", page.Document.QuerySelector("input#email")?.GetAttribute("autocomplete"));
    }

    [Theory]
    [InlineData("fee", "twelve", "Enter the fee as an amount in euros, like 12.50")]
    [InlineData("fee", "500", "The fee is never more than 100 euros")]
    [InlineData("email", "sam at example", "Enter your work email address, like name@example.gov.uk")]
    public async Task CustomMessage_UnderTheKeyTheSchemaNames_IsShown(string path, string answer, string message)
    {
        using var citizen = new Citizen(server.BaseAddress);
        var page = await ToPageAsync(citizen, path);

        var refused = await citizen.SubmitAsync(page, [KeyValuePair.Create(path, answer)]);

        Assert.Equal(message, refused.Document.QuerySelector(".govuk-error-summary a")?.TextContent.Trim());
    }

    [Fact]
    public async Task InlineSingleChoice_HasInlineRadios()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var page = await ToPageAsync(citizen, "size");

        Assert.NotNull(page.Document.QuerySelector(".govuk-radios.govuk-radios--inline input[name=size]"));
    }

    [Theory]
    [InlineData("photo.png", "image/png", false)]
    [InlineData("signed.pdf", "application/pdf", true)]
    public async Task FileAcceptingOnlyPdf_RefusesAPngAndTakesAPdf(string name, string type, bool accepted)
    {
        using var citizen = new Citizen(server.BaseAddress);
        var page = await ToPageAsync(citizen, "document");
        var content = accepted ? SampleAnswers.Pdf : SampleAnswers.Png;

        var next = await citizen.SubmitAsync(page, [], files: new Dictionary<string, (string, string, byte[])> { ["document"] = (name, type, content) });

        Assert.Equal(accepted, next.Path.EndsWith("/check-answers", StringComparison.Ordinal));
        Assert.Equal(accepted ? null : "The selected file must be a PDF", next.Document.QuerySelector(".govuk-error-summary a")?.TextContent.Trim());
    }

    /// <summary>The question takes up to 6 MB, more than the runner's usual 4 MB request: the request limit makes room for it.</summary>
    [Theory]
    [InlineData(5.0, null)]
    [InlineData(6.1, "The selected file must be smaller than 6MB")]
    public async Task FileLargerThanTheUsualRequestLimit_IsReadAndCheckedAgainstTheQuestionsOwnLimit(double megabytes, string? message)
    {
        using var citizen = new Citizen(server.BaseAddress);
        var page = await ToPageAsync(citizen, "document");
        var content = new byte[(int)(megabytes * 1024 * 1024)];
        SampleAnswers.Pdf.CopyTo(content, 0);

        var next = await citizen.SubmitAsync(page, [], files: new Dictionary<string, (string, string, byte[])> { ["document"] = ("signed.pdf", "application/pdf", content) });

        Assert.Equal(HttpStatusCode.OK, next.Status);
        Assert.Equal(message, next.Document.QuerySelector(".govuk-error-summary a")?.TextContent.Trim());
    }

    /// <summary>Starts the form and answers each page well until the page at <paramref name="path"/>.</summary>
    private static async Task<Received> ToPageAsync(Citizen citizen, string path)
    {
        var page = await Journeys.StartAsync(citizen, Slug);
        foreach (var (_, fields) in Pages.TakeWhile(p => p.Path != path))
        {
            page = await citizen.SubmitAsync(page, fields);
        }

        Assert.EndsWith("/" + path, page.Path, StringComparison.Ordinal);
        return page;
    }

    private static KeyValuePair<string, string>[] DateOfBirth(DateTime date) =>
    [
        KeyValuePair.Create("date-of-birth-day", date.Day.ToString(CultureInfo.InvariantCulture)),
        KeyValuePair.Create("date-of-birth-month", date.Month.ToString(CultureInfo.InvariantCulture)),
        KeyValuePair.Create("date-of-birth-year", date.Year.ToString(CultureInfo.InvariantCulture)),
    ];
}
