using System.Text.Json.Nodes;
using GovDesign.Patterns.Answers;
using Microsoft.AspNetCore.Components;
using static GovDesign.Patterns.Tests.Answers.AnswerTesting;

namespace GovDesign.Patterns.Tests.Answers;

/// <summary>What an answer state reveals under an option is rendered in the option's conditional area, for radios and checkboxes.</summary>
public sealed class RevealedUnderOptionTests
{
    private static readonly AnswerOption[] Options = [new("email", "Email"), new("post", "Post")];

    private static AnswerState Revealing(JsonNode? value) => new()
    {
        Value = value,
        Revealed = new Dictionary<string, RenderFragment> { ["email"] = b => b.AddMarkupContent(0, "<p id=\"inside\">Email address</p>") },
    };

    [Fact]
    public async Task Render_Radios_PutTheRevealedContentInTheOptionsConditionalArea_HiddenUntilChosen()
    {
        var document = await RenderAsync(new SingleChoiceAnswer { Options = Options }, Question(), Revealing(null));

        var area = document.QuerySelector("#conditional-q");
        Assert.NotNull(area?.QuerySelector("p#inside"));
        Assert.Equal("govuk-radios__conditional govuk-radios__conditional--hidden", area?.ClassName);
        Assert.Equal("conditional-q", document.QuerySelector("input#q")?.GetAttribute("data-aria-controls"));
        Assert.Null(document.QuerySelector("input#q-2")?.GetAttribute("data-aria-controls"));
    }

    [Fact]
    public async Task Render_Checkboxes_WithTheOptionChosen_ShowTheRevealedContent()
    {
        var document = await RenderAsync(new MultipleChoiceAnswer { Options = Options }, Question(), Revealing(new JsonArray("email")));

        Assert.Equal("govuk-checkboxes__conditional", document.QuerySelector("#conditional-q")?.ClassName);
        Assert.NotNull(document.QuerySelector("#conditional-q p#inside"));
    }

    [Fact]
    public async Task Render_NothingRevealed_HasNoConditionalArea()
    {
        var document = await RenderAsync(new SingleChoiceAnswer { Options = Options }, Question(), new AnswerState());

        Assert.Null(document.QuerySelector(".govuk-radios__conditional"));
    }
}
