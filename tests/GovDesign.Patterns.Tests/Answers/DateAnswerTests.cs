using System.Text.Json.Nodes;
using GovDesign.Patterns.Answers;
using static GovDesign.Patterns.Tests.Answers.AnswerTesting;

namespace GovDesign.Patterns.Tests.Answers;

public sealed class DateAnswerTests
{
    /// <summary>Today is 28 November 2026 in these tests.</summary>
    private static readonly TimeProvider Today = new FixedClock(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));

    private static DateAnswer Full(bool past = false) => new() { Clock = Today, MustBeInPast = past };

    private static Microsoft.AspNetCore.Http.FormCollection Date(string day, string month, string year) =>
        Form(("dob-day", day), ("dob-month", month), ("dob-year", year));

    private static AnswerQuestion Dob => Question("dob", "your date of birth");

    [Theory]
    [InlineData("3", "2", "2026", "2026-02-03")]
    [InlineData("03", "02", "2026", "2026-02-03")]
    [InlineData(" 3 ", " 2 ", " 2026 ", "2026-02-03")]
    [InlineData("3", "Feb", "2026", "2026-02-03")]
    [InlineData("3", "february", "2026", "2026-02-03")]
    [InlineData("3", "FEB.", "2026", "2026-02-03")]
    [InlineData("3", "Chwefror", "2026", "2026-02-03")]
    [InlineData("3", "tháng 2", "2026", "2026-02-03")]
    [InlineData("3", "tháng hai", "2026", "2026-02-03")]
    [InlineData("3", "thg 2", "2026", "2026-02-03")]
    [InlineData("3", "thang 2", "2026", "2026-02-03")]
    [InlineData("１５", "０６", "２０２０", "2020-06-15")]
    [InlineData("29", "2", "2024", "2024-02-29")]
    [InlineData("3 Feb 2026", "", "", "2026-02-03")]
    [InlineData("03/02/2026", "", "", "2026-02-03")]
    [InlineData("2026-02-03", "", "", "2026-02-03")]
    [InlineData("3 tháng 2 2026", "", "", "2026-02-03")]
    [InlineData("1", "Sept", "1990", "1990-09-01")]
    [InlineData("1", "Gorffennaf", "1990", "1990-07-01")]
    public void Read_FullDate_IsSavedAsIso(string day, string month, string year, string expected)
    {
        var result = Full().Read(Dob, Date(day, month, year));

        Assert.Empty(result.Errors);
        Assert.Equal(expected, result.Value!.GetValue<string>());
    }

    [Theory]
    [InlineData("", "", "", "dob-day", "Enter your date of birth")]
    [InlineData("", "2", "2026", "dob-day", "Your date of birth must include a day")]
    [InlineData("3", "", "2026", "dob-month", "Your date of birth must include a month")]
    [InlineData("3", "2", "", "dob-year", "Your date of birth must include a year")]
    [InlineData("3", "", "", "dob-month", "Your date of birth must include a month and year")]
    [InlineData("", "", "2026", "dob-day", "Your date of birth must include a day and month")]
    [InlineData("31", "2", "2026", "dob-day", "Your date of birth must be a real date")]
    [InlineData("29", "2", "2025", "dob-day", "Your date of birth must be a real date")]
    [InlineData("32", "1", "2026", "dob-day", "Your date of birth must be a real date")]
    [InlineData("0", "1", "2026", "dob-day", "Your date of birth must be a real date")]
    [InlineData("3", "13", "2026", "dob-month", "Your date of birth must be a real date")]
    [InlineData("3", "Febtember", "2026", "dob-month", "Your date of birth must be a real date")]
    [InlineData("3", "2", "26", "dob-year", "Year must include 4 numbers")]
    [InlineData("3", "2", "twenty", "dob-year", "Your date of birth must be a real date")]
    [InlineData("<b>", "2", "2026", "dob-day", "Your date of birth must be a real date")]
    [InlineData("3", "2\u0007", "2026", "dob-month", "Your date of birth must not include hidden control characters")]
    [InlineData("28", "11", "2026", "dob-day", "Your date of birth must be in the past")]
    [InlineData("1", "1", "2030", "dob-day", "Your date of birth must be in the past")]
    public void Read_Invalid_NamesTheFirstWrongPart(string day, string month, string year, string fieldId, string message)
    {
        var result = Full(past: true).Read(Dob, Date(day, month, year));

        Assert.Null(result.Value);
        Assert.Equal(new FieldError(fieldId, message), Assert.Single(result.Errors));
    }

    [Fact]
    public void Read_AHundredThousandCharactersInADay_IsRefusedWithAMessage()
    {
        var result = Full().Read(Dob, Date(new string('1', 100_000), "1", "2000"));

        Assert.Equal("dob-day", Assert.Single(result.Errors).FieldId);
    }

    [Theory]
    [InlineData("29", "11", "2026", null)]
    [InlineData("28", "11", "2026", "Your date of birth must be in the future")]
    [InlineData("1", "1", "2000", "Your date of birth must be in the future")]
    public void Read_MustBeInFuture_TodayIsNotTheFuture(string day, string month, string year, string? message)
    {
        var answer = new DateAnswer { Clock = Today, MustBeInFuture = true };

        var result = answer.Read(Dob, Date(day, month, year));

        Assert.Equal(message, result.Errors.SingleOrDefault()?.Message);
    }

    [Theory]
    [InlineData("1", "1", "2020", null)]
    [InlineData("2", "1", "2020", "Your date of birth must be before 2 January 2020")]
    [InlineData("31", "12", "2010", null)]
    [InlineData("1", "1", "2010", "Your date of birth must be after 1 January 2010")]
    public void Read_BeforeAndAfter_FixedDates(string day, string month, string year, string? message)
    {
        var answer = new DateAnswer { Clock = Today, Before = new DateOnly(2020, 1, 2), After = new DateOnly(2010, 1, 1) };

        var result = answer.Read(Dob, Date(day, month, year));

        Assert.Equal(message, result.Errors.SingleOrDefault()?.Message);
    }

    [Theory]
    [InlineData("28", "11", "2008", null)]
    [InlineData("29", "11", "2008", "Your date of birth must be on or before 28 November 2008")]
    [InlineData("1", "1", "1900", "Your date of birth must be on or after 28 November 1906")]
    public void Read_RelativeYears_ForAnAgeCheck(string day, string month, string year, string? message)
    {
        var answer = new DateAnswer { Clock = Today, AtLeastYearsAgo = 18, AtMostYearsAgo = 120 };

        var result = InCulture("en", () => answer.Read(Dob, Date(day, month, year)));

        Assert.Equal(message, result.Errors.SingleOrDefault()?.Message);
    }

    [Theory]
    [InlineData("2", "2026", "2026-02", null)]
    [InlineData("March", "1999", "1999-03", null)]
    [InlineData("", "1999", null, "dob-month")]
    [InlineData("13", "1999", null, "dob-month")]
    public void Read_MonthAndYear(string month, string year, string? expected, string? errorField)
    {
        var answer = new DateAnswer { Clock = Today, Precision = DatePrecision.MonthYear };

        var result = answer.Read(Dob, Form(("dob-month", month), ("dob-year", year)));

        Assert.Equal(expected, result.Value?.GetValue<string>());
        Assert.Equal(errorField, result.Errors.SingleOrDefault()?.FieldId);
    }

    [Theory]
    [InlineData("29", "2", "--02-29", null)]
    [InlineData("5", "Rhagfyr", "--12-05", null)]
    [InlineData("31", "4", null, "dob-day")]
    [InlineData("5", "", null, "dob-month")]
    public void Read_DayAndMonth(string day, string month, string? expected, string? errorField)
    {
        var answer = new DateAnswer { Clock = Today, Precision = DatePrecision.DayMonth };

        var result = answer.Read(Dob, Form(("dob-day", day), ("dob-month", month)));

        Assert.Equal(expected, result.Value?.GetValue<string>());
        Assert.Equal(errorField, result.Errors.SingleOrDefault()?.FieldId);
    }

    [Theory]
    [InlineData("cy", "eich dyddiad geni", "Rhaid i'ch dyddiad geni fod yn ddyddiad go iawn")]
    [InlineData("vi", "ngày sinh của bạn", "Ngày sinh của bạn phải là một ngày có thật")]
    public void Read_NotARealDate_InWelshAndVietnamese(string culture, string subject, string expected)
    {
        var result = InCulture(culture, () => Full().Read(Question("dob", subject), Date("31", "2", "2026")));

        Assert.Equal(expected, OnlyError(result));
    }

    [Theory]
    [InlineData(DatePrecision.Full, "2026-02-03", "en", "3 February 2026")]
    [InlineData(DatePrecision.Full, "2026-02-03", "cy", "3 Chwefror 2026")]
    [InlineData(DatePrecision.MonthYear, "2026-02", "en", "February 2026")]
    [InlineData(DatePrecision.DayMonth, "--02-03", "en", "3 February")]
    public void Describe_WritesTheDateInTheCurrentLanguage(DatePrecision precision, string saved, string culture, string expected)
    {
        var text = InCulture(culture, () => new DateAnswer { Precision = precision }.Describe(JsonValue.Create(saved)));

        Assert.Equal(expected, text);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
