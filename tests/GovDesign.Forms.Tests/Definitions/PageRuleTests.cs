using System.Text.Json.Nodes;
using GovDesign.Forms.Conditions;
using GovDesign.Forms.Definitions;

namespace GovDesign.Forms.Tests.Definitions;

/// <summary>When each cross-field rule is broken, given answers.</summary>
public sealed class PageRuleTests
{
    private static readonly LocalText Message = new("Wrong");

    [Theory]
    [InlineData(null, null, true)]
    [InlineData("07700 900123", null, false)]
    [InlineData(null, "sam@example.com", false)]
    public void AtLeastOne_BrokenOnlyWhenEveryQuestionIsBlank(string? phone, string? email, bool broken)
    {
        var rule = new AtLeastOneRule { Of = ["phone", "email"], Field = "phone", Message = Message, Pointer = "" };

        Assert.Equal(broken, rule.IsBroken(Answers(("phone", phone), ("email", email))));
    }

    [Theory]
    [InlineData(true, 1500, 500, false)]
    [InlineData(true, 1500, 500.01, true)]
    [InlineData(false, 1500, 500, false)]
    [InlineData(false, 1500, 499.99, true)]
    public void Sum_ComparesTheTotalWithTheLimit(bool atMost, double rent, double bills, bool broken)
    {
        var rule = new SumRule { Of = ["rent", "bills"], Limit = 2000, AtMost = atMost, Field = "bills", Message = Message, Pointer = "" };

        Assert.Equal(broken, rule.IsBroken(name => JsonValue.Create(name == "rent" ? (decimal)rent : (decimal)bills)));
    }

    [Fact]
    public void Sum_BlankAnswerCountsAsNothing()
    {
        var rule = new SumRule { Of = ["rent", "bills"], Limit = 100, AtMost = false, Field = "rent", Message = Message, Pointer = "" };

        Assert.True(rule.IsBroken(name => name == "rent" ? JsonValue.Create(99m) : null));
    }

    [Theory]
    [InlineData("2025-01-10", "2025-01-11", null, false, false)]
    [InlineData("2025-01-10", "2025-01-10", null, false, true)]
    [InlineData("2025-01-10", "2025-01-10", null, true, false)]
    [InlineData("2025-01-10", "2025-02-10", "+1m", false, true)]
    [InlineData("2025-01-10", "2025-02-11", "+1m", false, false)]
    [InlineData("2025-01", "2025-02", null, false, false)]
    public void DateAfter_ComparesWithTheOtherDateMovedByTheOffset(string start, string end, string? offset, bool orSameDay, bool broken)
    {
        var rule = new DateOrderRule { Date = "end", Other = "start", After = true, Offset = Offset(offset), OrSameDay = orSameDay, Field = "end", Message = Message, Pointer = "" };

        Assert.Equal(broken, rule.IsBroken(Answers(("start", start), ("end", end))));
    }

    [Theory]
    [InlineData("2025-01-10", "2024-12-31", "-1w", false)]
    [InlineData("2025-01-10", "2025-01-05", "-1w", true)]
    public void DateBefore_ComparesWithTheOtherDateMovedByTheOffset(string other, string date, string offset, bool broken)
    {
        var rule = new DateOrderRule { Date = "date", Other = "other", After = false, Offset = Offset(offset), Field = "date", Message = Message, Pointer = "" };

        Assert.Equal(broken, rule.IsBroken(Answers(("other", other), ("date", date))));
    }

    [Fact]
    public void DateOrder_AnswerMissing_Holds()
    {
        var rule = new DateOrderRule { Date = "end", Other = "start", After = true, Field = "end", Message = Message, Pointer = "" };

        Assert.False(rule.IsBroken(Answers(("start", null), ("end", "2025-01-01"))));
    }

    private static DateValue? Offset(string? text) => text is not null && DateValue.TryParse(text, out var value) ? value : null;

    private static Func<string, JsonNode?> Answers(params (string Name, string? Value)[] answers) =>
        name => answers.FirstOrDefault(a => a.Name == name).Value is { } value ? JsonValue.Create(value) : null;
}
