using GovDesign.Cli.Forms.Import;

namespace GovDesign.Forms.Tests.Cli.Import;

/// <summary>The names and subjects the importer makes.</summary>
public sealed class ImportNamingTests
{
    [Theory]
    [InlineData("What is your full name?", "text", "your full name")]
    [InlineData("Enter your email address", "email", "your email address")]
    [InlineData("Date of birth", "date", "date of birth")]
    [InlineData("UK postcode (optional)", "text", "UK postcode")]
    [InlineData("Do you have a UK passport?", "yesNo", "yes if you have a UK passport")]
    [InlineData("Are you over 18?", "yesNo", "yes if you are over 18")]
    [InlineData("Is the building listed?", "yesNo", "yes if the building is listed")]
    [InlineData("Which region are you in?", "singleChoice", "the answer to \"Which region are you in?\"")]
    public void For_Label_MakesASubjectThatFitsEnterAndSelect(string label, string kind, string subject)
    {
        Assert.Equal(subject, Subjects.For(label, kind, summaryTitle: null));
    }

    [Fact]
    public void For_QuestionItCannotTurnRound_UsesTheSummaryTitle()
    {
        Assert.Equal("region", Subjects.For("Which region are you in?", "singleChoice", "Region"));
    }

    [Theory]
    [InlineData("ukPassport", "uk-passport")]
    [InlineData("/Date Of Birth", "date-of-birth")]
    [InlineData("P6Q2", "p6q2")]
    [InlineData("2nd-address", "q-2nd-address")]
    [InlineData("__", "")]
    public void Kebab_SourceName_WritesAGovDesignName(string source, string name)
    {
        Assert.Equal(name, Names.Kebab(source));
    }

    [Fact]
    public void Unique_RepeatedAndReservedNames_GetANumber()
    {
        var names = new Names(["start"]);

        Assert.Equal(["start-2", "town", "town-2", "page"], [names.Unique("start", "x"), names.Unique("town", "x"), names.Unique("Town", "x"), names.Unique("", "page")]);
    }
}
