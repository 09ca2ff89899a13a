using GovDesign.Forms.Runner.Definitions;
using GovDesign.Patterns.Answers;

namespace GovDesign.Forms.Tests.Runner;

/// <summary>Date limits in a definition become the date answer's limits, relative ones as of the day asked.</summary>
public sealed class DateLimitResolutionTests
{
    private static GovDesign.Forms.Definitions.Question Date(string limits) =>
        TestForms.Load(TestForms.Form($$"""{ "path": "q", "questions": [{ "name": "q", "type": "date", "label": "Date of birth"{{limits}} }] }""")).Pages[0].Questions[0];

    [Fact]
    public void For_RelativeLimits_AreWorkedOutAgainEachDay()
    {
        var clock = new MovableClock(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));
        var types = new AnswerTypes(clock);
        var question = Date(""", "earliest": "-120y", "latest": "-16y" """);

        var first = (DateAnswer)types.For(question, "en");
        clock.Now = clock.Now.AddDays(1);
        var second = (DateAnswer)types.For(question, "en");

        Assert.Equal((new DateOnly(1906, 11, 28), new DateOnly(2010, 11, 28)), (first.Earliest, first.Latest));
        Assert.Equal((new DateOnly(1906, 11, 29), new DateOnly(2010, 11, 29)), (second.Earliest, second.Latest));
    }

    [Fact]
    public void For_LatestAsAMonth_MeansTheEndOfThatMonth()
    {
        var question = Date(""", "earliest": "2024-02", "latest": "2024-02" """);

        var answer = (DateAnswer)new AnswerTypes().For(question, "en");

        Assert.Equal((new DateOnly(2024, 2, 1), new DateOnly(2024, 2, 29)), (answer.Earliest, answer.Latest));
    }

    private sealed class MovableClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
