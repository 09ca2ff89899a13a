namespace GovDesign.Forms.Runner.Tests;

/// <summary>Answers shown in headings, captions, hints, content, check answers and the confirmation: formatted per language, always encoded.</summary>
public sealed class AnswersInTextTests(TestFormsServer server) : IClassFixture<TestFormsServer>
{
    private const string Name = "<script>alert(1)</script> Jones";
    private const string Address = "1 High Street, Cardiff, CF10 1AA";

    [Fact]
    public async Task PageAfterTheAnswers_ShowsThemInHeadingCaptionHintAndContent_AsText()
    {
        using var citizen = new Citizen(server.BaseAddress);

        var pets = await AnswerAboutYouAsync(citizen);

        var main = pets.Document.QuerySelector("main")!;
        Assert.EndsWith("/pets", pets.Path, StringComparison.Ordinal);
        Assert.Equal($"Do you keep pets at {Address}?", main.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal($"{Name}, your home", main.QuerySelector(".govuk-caption-l")?.TextContent.Trim());
        Assert.Equal($"Tell us about every pet at {Address}", main.QuerySelector("#has-pets-hint")?.TextContent.Trim());
        Assert.Equal("You moved in on 5 March 2024 and pay £650 a month.", main.QuerySelector("p.govuk-body")?.TextContent.Trim());
        Assert.Equal("£650", main.QuerySelector("p.govuk-body strong")?.TextContent);
        Assert.Equal($"Name on the tenancy: {Name}", main.QuerySelector(".govuk-inset-text")?.TextContent.Trim());
        Assert.StartsWith($"Do you keep pets at {Address}?", pets.Document.Title, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", pets.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; Jones", pets.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cy", "Dyddiad symud i mewn", "Rhent misol")]
    [InlineData("vi", "Ngày chuyển đến", "Tiền thuê hằng tháng")]
    public async Task Placeholders_InWelshAndVietnamese_FormatTheAnswerAsCheckAnswersDoes(string language, string dateLabel, string rentLabel)
    {
        using var citizen = new Citizen(server.BaseAddress);
        await AnswerAboutYouAsync(citizen);
        await citizen.SubmitAsync(await citizen.GetAsync("/answers-in-text/pets"), [KeyValuePair.Create("has-pets", "no")]);
        var thanks = await citizen.GetAsync("/answers-in-text/thanks");
        await citizen.SubmitAsync(thanks, []);

        var check = await citizen.GetAsync($"/answers-in-text/check-answers?lang={language}");
        var date = Answer(check, dateLabel);
        var rent = Answer(check, rentLabel);
        var pets = await citizen.GetAsync($"/answers-in-text/pets?lang={language}");

        var content = pets.Document.QuerySelector("main p.govuk-body")!.TextContent;
        Assert.Contains(date, content, StringComparison.Ordinal);
        Assert.Contains(rent, content, StringComparison.Ordinal);
        Assert.Equal(language, pets.Document.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task QuestionOnASkippedBranch_ShowsTheFallback_AndOnTheBranch_ShowsTheAnswer()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var pets = await AnswerAboutYouAsync(citizen);

        var noPets = await citizen.SubmitAsync(pets, [KeyValuePair.Create("has-pets", "no")]);
        Assert.Equal("Thank you, pet lover", noPets.Document.QuerySelector("h1")?.TextContent.Trim());

        var petName = await citizen.SubmitAsync(await citizen.GetAsync("/answers-in-text/pets"), [KeyValuePair.Create("has-pets", "yes")]);
        var thanks = await citizen.SubmitAsync(petName, [KeyValuePair.Create("pet-name", "Rex & <b>Co</b>")]);
        Assert.Equal("Thank you, Rex & <b>Co</b>", thanks.Document.QuerySelector("h1")?.TextContent.Trim());

        // Back to no pets: the name given on the branch left behind is not shown.
        await citizen.SubmitAsync(await citizen.GetAsync("/answers-in-text/pets"), [KeyValuePair.Create("has-pets", "no")]);
        var again = await citizen.GetAsync("/answers-in-text/thanks");
        Assert.Equal("Thank you, pet lover", again.Document.QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task CheckAnswersAndConfirmation_ShowTheAnswers()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var pets = await AnswerAboutYouAsync(citizen);
        var thanks = await citizen.SubmitAsync(pets, [KeyValuePair.Create("has-pets", "no")]);

        var check = await citizen.SubmitAsync(thanks, []);

        Assert.EndsWith("/check-answers", check.Path, StringComparison.Ordinal);
        Assert.Equal($"Check your answers, {Name}", check.Document.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains(check.Document.QuerySelectorAll("main p.govuk-body"), p => p.TextContent.Trim() == $"We will write to {Address}.");
        var sent = await citizen.SubmitAsync(check, []);
        Assert.EndsWith("/confirmation", sent.Path, StringComparison.Ordinal);
        Assert.Equal($"Tenancy registered for {Name}", sent.Document.QuerySelector(".govuk-panel__title")?.TextContent.Trim());
        Assert.Contains($"We will send a letter to {Address} within 10 days.", sent.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", sent.Html, StringComparison.Ordinal);
    }

    private static string Answer(Received check, string label) =>
        check.Document.QuerySelectorAll(".govuk-summary-list__row").First(r => r.QuerySelector("dt")?.TextContent.Trim() == label).QuerySelector("dd")!.TextContent.Trim();

    private static async Task<Received> AnswerAboutYouAsync(Citizen citizen)
    {
        var about = await Journeys.StartAsync(citizen, "answers-in-text");
        return await citizen.SubmitAsync(about,
        [
            KeyValuePair.Create("full-name", Name),
            KeyValuePair.Create("moved-in-day", "5"), KeyValuePair.Create("moved-in-month", "3"), KeyValuePair.Create("moved-in-year", "2024"),
            KeyValuePair.Create("address-line1", "1 High Street"), KeyValuePair.Create("address-town", "Cardiff"), KeyValuePair.Create("address-postcode", "CF10 1AA"),
            KeyValuePair.Create("rent", "650"),
        ]);
    }
}
