using GovDesign.Forms.Texts;

namespace GovDesign.Forms.Tests.Texts;

/// <summary>The syntax of answer placeholders: {{ name }} and {{ name | "fallback" }}.</summary>
public sealed class PlaceholderTests
{
    [Fact]
    public void Find_NameAndFallback_ReadsBothWithTheirPlace()
    {
        var found = Placeholder.Find("Hello {{ full-name }}, and {{pet-name|\"friend\"}}!");

        Assert.Equal([("full-name", null), ("pet-name", "friend")], found.Select(p => (p.Question, p.Fallback)));
        Assert.Equal((6, 15), (found[0].Start, found[0].Length));
    }

    [Fact]
    public void Find_TextWithoutBraces_FindsNothing() => Assert.Empty(Placeholder.Find("No answers here {single} braces"));

    [Theory]
    [InlineData("Hello {{ Full_Name }}", "{{ Full_Name }}")]
    [InlineData("Hello {{ name | you }}", "{{ name | you }}")]
    [InlineData("Hello {{ }} and {{ name }}", "{{ }}")]
    [InlineData("Hello {{ name", "{{ name")]
    public void FirstMalformed_BadPlaceholder_ReturnsIt(string text, string bad) => Assert.Equal(bad, Placeholder.FirstMalformed(text));

    [Fact]
    public void FirstMalformed_OnlyGoodPlaceholders_IsNull() => Assert.Null(Placeholder.FirstMalformed("{{ a }} and {{ b | \"c\" }}"));

    [Fact]
    public void Replace_FillsEachPlaceholder_AndKeepsTheRest()
    {
        var filled = Placeholder.Replace("Dear {{ name }}, you live at {{ address | \"your address\" }}.", p => p.Fallback ?? p.Question.ToUpperInvariant());

        Assert.Equal("Dear NAME, you live at your address.", filled);
    }

    [Fact]
    public void Replace_TextWithoutPlaceholders_ReturnsTheSameString()
    {
        const string text = "Plain text";

        Assert.Same(text, Placeholder.Replace(text, _ => "x"));
    }
}
