using GovDesign.Patterns.Answers;

namespace GovDesign.Patterns.Tests.Answers;

public sealed class CleanedTests
{
    [Theory]
    [InlineData("  hello  ", "hello")]
    [InlineData("a   b\t c", "a b c")]
    [InlineData("line\nbreak", "line break")]
    [InlineData("\u00A0non-breaking\u00A0", "non-breaking")]
    [InlineData("１２３", "123")]
    [InlineData("ＡＢＣ", "ABC")]
    [InlineData("Nguyễn Văn Anh", "Nguyễn Văn Anh")]
    [InlineData("<script>alert(1)</script>", "<script>alert(1)</script>")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    [InlineData("Ελληνικά 日本語 العربية", "Ελληνικά 日本語 العربية")]
    public void Line_NormalisesSpacesAndCompatibilityForms(string raw, string expected)
    {
        var cleaned = Cleaned.Line(raw);

        Assert.Null(cleaned.Problem);
        Assert.Equal(expected, cleaned.Text);
    }

    [Theory]
    [InlineData("5²", "5²")]
    [InlineData("Smith™ № 5 ½ price", "Smith™ № 5 ½ price")]
    [InlineData("ﷺﷺﷺﷺﷺ", "ﷺﷺﷺﷺﷺ")]
    [InlineData("ﬁne", "ﬁne")]
    [InlineData("e\u0301te\u0301", "\u00E9t\u00E9")]
    [InlineData("\u3000full\u3000width\u3000space", "full width space")]
    public void Line_KeepsWhatWasTypedApartFromFullWidthAndSpaces(string raw, string expected)
    {
        var cleaned = Cleaned.Line(raw);

        Assert.Null(cleaned.Problem);
        Assert.Equal(expected, cleaned.Text);
    }

    [Theory]
    [InlineData("bell\u0007", "controlCharacters")]
    [InlineData("nul\0", "controlCharacters")]
    [InlineData("escape\u001B[31m", "controlCharacters")]
    [InlineData("c1\u0085x", null)]
    [InlineData("right\u202Eto-left", "controlCharacters")]
    [InlineData("isolate\u2066x", "controlCharacters")]
    [InlineData("bom\uFEFF", "controlCharacters")]
    [InlineData("emoji 😀 ok", null)]
    public void Line_RefusesControlCharacters(string raw, string? problem)
    {
        var cleaned = Cleaned.Line(raw);

        Assert.Equal(problem, cleaned.Problem);
    }

    [Fact]
    public void Line_RefusesBrokenUtf16WithoutThrowing()
    {
        var cleaned = Cleaned.Line("lone" + '\uD800' + "surrogate");

        Assert.Equal("controlCharacters", cleaned.Problem);
    }

    [Fact]
    public void Line_RefusesAHundredThousandCharactersUnread()
    {
        var cleaned = Cleaned.Line(new string('a', 100_000));

        Assert.Equal("tooLong", cleaned.Problem);
        Assert.Equal("", cleaned.Text);
    }

    [Theory]
    [InlineData("one\r\ntwo", "one\ntwo")]
    [InlineData("  one  \n   two  ", "one\ntwo")]
    [InlineData("a\n\n\n\n\nb", "a\n\nb")]
    [InlineData("tab\there", "tab here")]
    public void Block_KeepsLineBreaks(string raw, string expected)
    {
        var cleaned = Cleaned.Block(raw);

        Assert.Equal(expected, cleaned.Text);
    }
}
