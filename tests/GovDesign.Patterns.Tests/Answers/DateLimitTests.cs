using GovDesign.Patterns.Answers;
using static GovDesign.Patterns.Tests.Answers.AnswerTesting;

namespace GovDesign.Patterns.Tests.Answers;

public sealed class DateLimitTests
{
    private static readonly DateAnswer Between = new() { Earliest = new DateOnly(2000, 3, 15), Latest = new DateOnly(2010, 6, 20) };

    private static readonly DateAnswer MonthsBetween = Between with { Precision = DatePrecision.MonthYear };

    private static AnswerQuestion Dob => Question("dob", "your date of birth");

    private static Microsoft.AspNetCore.Http.FormCollection Date(string day, string month, string year) =>
        Form(("dob-day", day), ("dob-month", month), ("dob-year", year));

    [Theory]
    [InlineData("15", "3", "2000", "2000-03-15")]
    [InlineData("20", "6", "2010", "2010-06-20")]
    [InlineData("1", "1", "2005", "2005-01-01")]
    public void Read_FullDateOnOrBetweenTheLimits_IsAccepted(string day, string month, string year, string expected)
    {
        var result = Between.Read(Dob, Date(day, month, year));

        Assert.Empty(result.Errors);
        Assert.Equal(expected, result.Value!.GetValue<string>());
    }

    [Theory]
    [InlineData("14", "3", "2000", "Your date of birth must be on or after 15 March 2000")]
    [InlineData("21", "6", "2010", "Your date of birth must be on or before 20 June 2010")]
    public void Read_FullDateADayOutside_SaysTheLimit(string day, string month, string year, string message)
    {
        var result = Between.Read(Dob, Date(day, month, year));

        Assert.Null(result.Value);
        Assert.Equal(new FieldError("dob-day", message), Assert.Single(result.Errors));
    }

    [Theory]
    [InlineData("3", "2000", "2000-03")]
    [InlineData("6", "2010", "2010-06")]
    public void Read_MonthHoldingALimit_IsAccepted(string month, string year, string expected)
    {
        var result = MonthsBetween.Read(Dob, Form(("dob-month", month), ("dob-year", year)));

        Assert.Empty(result.Errors);
        Assert.Equal(expected, result.Value!.GetValue<string>());
    }

    [Theory]
    [InlineData("2", "2000", "Your date of birth must be on or after March 2000")]
    [InlineData("7", "2010", "Your date of birth must be on or before June 2010")]
    public void Read_MonthOutside_SaysTheLimitingMonth(string month, string year, string message)
    {
        var result = MonthsBetween.Read(Dob, Form(("dob-month", month), ("dob-year", year)));

        Assert.Equal(new FieldError("dob-month", message), Assert.Single(result.Errors));
    }

    [Theory]
    [InlineData("1", "1", "1990", "Too early")]
    [InlineData("1", "1", "2020", "Too late")]
    public void Read_OutsideWithCustomMessages_UsesTheMessageForTheLimit(string day, string month, string year, string message)
    {
        var question = Dob with { Messages = new Dictionary<string, string> { ["earliest"] = "Too early", ["latest"] = "Too late" } };

        var result = Between.Read(question, Date(day, month, year));

        Assert.Equal(message, OnlyError(result));
    }

    [Fact]
    public void Read_OutsideInWelsh_SaysTheLimitInWelsh()
    {
        var result = InCulture("cy", () => Between.Read(Question("dob", "eich dyddiad geni"), Date("1", "1", "1990")));

        Assert.Equal("Rhaid i'ch dyddiad geni fod ar neu ar ôl 15 Mawrth 2000", OnlyError(result));
    }
}
