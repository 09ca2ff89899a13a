namespace GovDesign.Forms.Runner.Tests;

/// <summary>Error messages name the answer through the question's subject, in the citizen's language.</summary>
public sealed class SubjectMessageTests(RunnerServer server)
{
    [Theory]
    [InlineData("en", "Enter the baby's date of birth")]
    [InlineData("cy", "Rhowch ddyddiad geni'r babi")]
    [InlineData("vi", "Nhập ngày sinh của em bé")]
    public async Task EmptyRequiredDate_InEachLanguage_SaysWhatToEnterUsingTheSubject(string language, string expected)
    {
        using var citizen = new Citizen(server.BaseAddress);
        var form = SampleAnswers.Load("register-a-birth");
        _ = await Journeys.StartAsync(citizen, form.Slug);
        var nameInLanguage = await citizen.GetAsync($"/{form.Slug}/baby-name?lang={language}");
        var datePage = await citizen.SubmitAsync(nameInLanguage, form.FindPage("baby-name")!.Questions.SelectMany(q => SampleAnswers.For(q)));

        var page = await citizen.SubmitAsync(datePage, []);

        Assert.EndsWith("/baby-date-of-birth", page.Path, StringComparison.Ordinal);
        Assert.Equal(expected, page.Document.QuerySelector(".govuk-error-summary a")?.TextContent.Trim());
    }
}
