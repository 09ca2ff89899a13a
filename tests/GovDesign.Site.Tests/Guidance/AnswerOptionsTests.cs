using GovDesign.Patterns.Answers;
using GovDesign.Site.Guidance;

namespace GovDesign.Site.Tests.Guidance;

public sealed class AnswerOptionsTests(TestSite site)
{
    [Fact]
    public void Settings_DateKind_ListsPrecisionAndPastAndFutureWithDescriptionsAndJsonNames()
    {
        var options = AnswerOptions.Settings(AnswerOptions.KindOf(AnswerOptions.FindType("DateAnswer")!)!);

        var precision = Assert.Single(options, o => o.Name == "Precision");
        Assert.Equal("precision", precision.JsonName);
        Assert.Equal("\"full\" | \"monthYear\" | \"dayMonth\"", precision.Type);
        Assert.StartsWith("Which parts are asked for", precision.Description);
        var past = Assert.Single(options, o => o.Name == "MustBeInPast");
        Assert.Equal(("mustBeInPast", "bool", "Whether the date must be before today."), (past.JsonName, past.Type, past.Description));
        Assert.Equal("mustBeInFuture", Assert.Single(options, o => o.Name == "MustBeInFuture").JsonName);
        Assert.Equal("string?", Assert.Single(options, o => o.Name == "Autocomplete").Type);
        Assert.All(options, o => Assert.NotEqual("", o.Description));
    }

    /// <summary>One JSON vocabulary: the site shows the form schema's names (earliest, latest), never the record's own (before, after).</summary>
    [Fact]
    public void Settings_DateKind_UsesTheFormSchemaNamesOnly()
    {
        var names = AnswerOptions.Settings(AnswerOptions.KindOf(typeof(DateAnswer))!).Select(o => o.JsonName).ToList();

        Assert.Contains("earliest", names);
        Assert.Contains("latest", names);
        Assert.DoesNotContain("before", names);
        Assert.DoesNotContain("after", names);
        Assert.All(AnswerOptions.For(typeof(DateAnswer)), o => Assert.Null(o.JsonName));
    }

    [Fact]
    public void For_DateAnswer_LeavesOutPropertiesJsonIgnores()
    {
        var options = AnswerOptions.For(typeof(DateAnswer));

        Assert.DoesNotContain(options, o => o.Name == nameof(DateAnswer.Clock));
    }

    [Fact]
    public void FindType_ComponentOrUnknownName_IsNull()
    {
        Assert.Null(AnswerOptions.FindType("Button"));
        Assert.Null(AnswerOptions.FindType("AnswerType"));
        Assert.Equal(typeof(TextAnswer), AnswerOptions.FindType("TextAnswer"));
    }

    [Fact]
    public async Task AnswerPage_ShowsTheSettingsTableWithJsonNamesAndTheCodeOptions()
    {
        var (_, page) = await Html.GetAsync(site.Http, "/answers/date");

        Assert.NotNull(page.GetElementById("options"));
        Assert.NotNull(page.GetElementById("settings"));
        var settings = page.QuerySelectorAll(".govdesign-options")[0];
        var headers = settings.QuerySelectorAll("thead th").Select(th => th.TextContent).ToList();
        Assert.Equal(["Name", "JSON name", "Type", "Description"], headers);
        var row = settings.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "MustBeInFuture");
        Assert.Equal(["mustBeInFuture", "bool", "Whether the date must be after today."], row.QuerySelectorAll("td").Select(td => td.TextContent));
        Assert.DoesNotContain(settings.QuerySelectorAll("tbody td code"), code => code.TextContent is "before" or "after");
    }

    [Fact]
    public async Task EveryAnswerPage_HasAnOptionsTable()
    {
        var pages = new GuidanceStore(site.GuidanceRoot, RepositoryPaths.FormSamples).Current().Pages.Where(p => p.Section == "answers" && p.Meta.Component is not null).ToList();

        Assert.True(pages.Count >= 15, $"only {pages.Count} answer pages name their type");
        foreach (var answer in pages)
        {
            var (status, page) = await Html.GetAsync(site.Http, answer.Url);
            Assert.Equal(200, status);
            Assert.True(page.QuerySelectorAll(".govdesign-options tbody tr").Length > 0, $"{answer.Url} has no options table");
        }
    }
}
