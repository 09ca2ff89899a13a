using System.Text.Json.Nodes;
using GovDesign.Patterns.Answers;
using static GovDesign.Patterns.Tests.Answers.AnswerTesting;

namespace GovDesign.Patterns.Tests.Answers;

/// <summary>A time typed as people write it, saved on the 24-hour clock and shown back in the citizen's language.</summary>
public sealed class TimeAnswerTests
{
    private static AnswerQuestion Time => Question("time", "the time of the appointment");

    [Theory]
    [InlineData("9:30am", "09:30")]
    [InlineData("9.30 a.m.", "09:30")]
    [InlineData("2pm", "14:00")]
    [InlineData("2 PM", "14:00")]
    [InlineData("12am", "00:00")]
    [InlineData("12:15pm", "12:15")]
    [InlineData("14:30", "14:30")]
    [InlineData("0:05", "00:05")]
    [InlineData("midday", "12:00")]
    [InlineData("Noon", "12:00")]
    [InlineData("midnight", "00:00")]
    [InlineData("１４:３０", "14:30")]
    public void Read_TimeAsPeopleWriteIt_IsSavedAsHoursAndMinutes(string posted, string saved)
    {
        var result = new TimeAnswer().Read(Time, Form(("time", posted)));

        Assert.Empty(result.Errors);
        Assert.Equal(saved, result.Value!.GetValue<string>());
    }

    [Theory]
    [InlineData("cy", "9:30yb", "09:30")]
    [InlineData("cy", "hanner nos", "00:00")]
    [InlineData("vi", "2:00 CH", "14:00")]
    [InlineData("vi", "giữa trưa", "12:00")]
    public void Read_TimeInWelshOrVietnamese_IsUnderstood(string culture, string posted, string saved)
    {
        var result = InCulture(culture, () => new TimeAnswer().Read(Time, Form(("time", posted))));

        Assert.Equal(saved, result.Value?.GetValue<string>());
    }

    [Theory]
    [InlineData("9")]
    [InlineData("13pm")]
    [InlineData("0am")]
    [InlineData("24:00")]
    [InlineData("9:60")]
    [InlineData("half nine")]
    [InlineData("9:30 <b>")]
    public void Read_NotATime_IsRefusedWithAnExample(string posted)
    {
        var result = new TimeAnswer().Read(Time, Form(("time", posted)));

        Assert.Null(result.Value);
        Assert.Equal("Enter the time of the appointment as a time, like 9:30am or 14:30", OnlyError(result));
    }

    [Fact]
    public void Read_Nothing_WhenRequired_AsksForIt()
    {
        Assert.Equal("Enter the time of the appointment", OnlyError(new TimeAnswer().Read(Time, Form(("time", "  ")))));
    }

    [Theory]
    [InlineData("7:59am", "The time of the appointment must be 8am or later")]
    [InlineData("5:31pm", "The time of the appointment must be 5:30pm or earlier")]
    public void Read_OutsideItsLimits_NamesTheLimitAsPeopleReadIt(string posted, string message)
    {
        var answer = new TimeAnswer { Earliest = new TimeOnly(8, 0), Latest = new TimeOnly(17, 30) };

        Assert.Equal(message, OnlyError(answer.Read(Time, Form(("time", posted)))));
    }

    [Theory]
    [InlineData("en", "09:30", "9:30am")]
    [InlineData("en", "14:00", "2pm")]
    [InlineData("en", "12:00", "midday")]
    [InlineData("en", "00:00", "midnight")]
    [InlineData("cy", "14:05", "2:05yh")]
    [InlineData("vi", "09:30", "9:30 SA")]
    public void Describe_SavedTime_InTheLanguage(string culture, string saved, string shown)
    {
        Assert.Equal(shown, InCulture(culture, () => new TimeAnswer().Describe(JsonValue.Create(saved))));
    }

    [Fact]
    public async Task Render_ShowsOneNarrowBox_WithAnExampleAsTheHint_AndTheSavedTimeAsPeopleReadIt()
    {
        var document = await RenderAsync(new TimeAnswer(), Time, new AnswerState { Value = JsonValue.Create("14:30") });

        var input = document.QuerySelector("input#time")!;
        Assert.Equal("2:30pm", input.GetAttribute("value"));
        Assert.Contains("govuk-input--width-5", input.ClassName, StringComparison.Ordinal);
        Assert.Equal("For example, 9:30am or 14:30", document.QuerySelector(".govuk-hint")?.TextContent.Trim());
    }
}
