using GovDesign.Forms.Loading;

namespace GovDesign.Forms.Tests.Loading;

public sealed class SuggestionsTests
{
    /// <summary>The fix: two letters swapped used to count as two edits, too many to suggest anything for a short name.</summary>
    [Fact]
    public void For_TwoLettersSwappedInAShortName_SuggestsTheName()
    {
        Assert.Equal(" Did you mean \"page\"?", Suggestions.For("pgae", ["start", "page", "other"]));
    }

    [Fact]
    public void For_NothingClose_SuggestsNothing()
    {
        Assert.Equal("", Suggestions.For("address", ["start", "page"]));
    }

    [Fact]
    public void For_ADifferentCase_SuggestsTheNameAsWritten()
    {
        Assert.Equal(" Did you mean \"dateOfBirth\"?", Suggestions.For("dateofbirth", ["dateOfBirth"]));
    }

    [Fact]
    public void Load_NextRuleToAPageWithTwoLettersSwapped_SuggestsThePage()
    {
        var result = FormLoader.Load(TestForms.Form("""
            { "path": "name", "questions": [{ "name": "name", "type": "text", "label": "Name" }], "next": [{ "to": "aeg" }] },
            { "path": "age", "questions": [{ "name": "age", "type": "number", "label": "Age" }] }
            """));

        Assert.Contains(result.Diagnostics, d => d.Code == "reference.page" && d.Message.EndsWith("Did you mean \"age\"?", StringComparison.Ordinal));
    }
}
