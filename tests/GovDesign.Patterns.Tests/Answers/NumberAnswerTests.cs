using System.Text.Json.Nodes;
using GovDesign.Patterns.Answers;
using static GovDesign.Patterns.Tests.Answers.AnswerTesting;

namespace GovDesign.Patterns.Tests.Answers;

public sealed class NumberAnswerTests
{
    [Theory]
    [InlineData("42", 0, "42")]
    [InlineData(" 1,234 ", 0, "1234")]
    [InlineData("1 234 567", 0, "1234567")]
    [InlineData("１２３", 0, "123")]
    [InlineData("-7", 0, "-7")]
    [InlineData("\u22127", 0, "-7")]
    [InlineData("12.5", 1, "12.5")]
    [InlineData(".5", 2, "0.5")]
    [InlineData("3 kg", 0, "3")]
    [InlineData("2.00", 0, "2.00")]
    public void Read_Number_IsSavedAsAJsonNumber(string posted, int places, string expected)
    {
        var result = new NumberAnswer { DecimalPlaces = places, Suffix = "kg" }.Read(Question(), One(posted));

        Assert.Empty(result.Errors);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Value!.GetValue<decimal>());
    }

    [Theory]
    [InlineData("abc", "Your answer must be a number")]
    [InlineData("1,23", "Your answer must be a number")]
    [InlineData("1e5", "Your answer must be a number")]
    [InlineData("٣", "Your answer must be a number")]
    [InlineData("12.5", "Your answer must be a whole number")]
    [InlineData("-1", "Your answer must be 0 or more")]
    [InlineData("101", "Your answer must be 100 or less")]
    [InlineData("<script>1</script>", "Your answer must be a number")]
    [InlineData("5²", "Your answer must be a number")]
    [InlineData("½", "Your answer must be a number")]
    [InlineData("", "Enter your answer")]
    public void Read_Invalid_SaysWhatIsWrong(string posted, string message)
    {
        var result = new NumberAnswer { Minimum = 0, Maximum = 100 }.Read(Question(), One(posted));

        Assert.Equal(message, OnlyError(result));
    }

    [Fact]
    public void Read_TooManyDecimalPlaces_SaysHowMany()
    {
        var result = new NumberAnswer { DecimalPlaces = 2 }.Read(Question(), One("1.234"));

        Assert.Equal("Your answer must have no more than 2 decimal places", OnlyError(result));
    }

    [Fact]
    public void Describe_AddsSeparatorsAndUnits()
    {
        var text = InCulture("en", () => new NumberAnswer { Suffix = "kg" }.Describe(JsonValue.Create(1234.5m)));

        Assert.Equal("1,234.5 kg", text);
    }
}

public sealed class MoneyAnswerTests
{
    [Theory]
    [InlineData("£12.50", "12.50")]
    [InlineData("£ 1,250", "1250")]
    [InlineData("1250.5", "1250.5")]
    [InlineData("０.９９", "0.99")]
    public void Read_Amount_ToleratesSymbolAndSeparators(string posted, string expected)
    {
        var result = new MoneyAnswer().Read(Question(), One(posted));

        Assert.Empty(result.Errors);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Value!.GetValue<decimal>());
    }

    [Theory]
    [InlineData("12.345", true, "Your answer must have no more than 2 decimal places")]
    [InlineData("12.50", false, "Your answer must be a whole amount, without pence, like 600")]
    [InlineData("-5", true, "Your answer must be £0 or more")]
    [InlineData("$5", true, "Your answer must be an amount of money, like 600 or 193.54")]
    [InlineData("five pounds", true, "Your answer must be an amount of money, like 600 or 193.54")]
    public void Read_Invalid_SaysWhatIsWrong(string posted, bool pence, string message)
    {
        var result = new MoneyAnswer { AllowPence = pence }.Read(Question(), One(posted));

        Assert.Equal(message, OnlyError(result));
    }

    [Theory]
    [InlineData("1234.5", "£1,234.50")]
    [InlineData("600", "£600")]
    public void Describe_WritesTheAmount(string amount, string expected)
    {
        var text = InCulture("en", () => new MoneyAnswer().Describe(JsonValue.Create(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture))));

        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData("GBP", "£1,234.50")]
    [InlineData("EUR", "€1,234.50")]
    [InlineData("usd", "$1,234.50")]
    [InlineData("CHF", "CHF 1,234.50")]
    public void Describe_InACurrency_WritesItsSymbolOrCode(string currency, string expected)
    {
        var answer = new MoneyAnswer { CurrencySymbol = MoneyAnswer.SymbolFor(currency) };

        var text = InCulture("en", () => answer.Describe(JsonValue.Create(1234.5m)));

        Assert.Equal(expected, text);
    }

    [Fact]
    public void Read_AmountTypedWithACurrencyCode_IsAccepted()
    {
        var result = new MoneyAnswer { CurrencySymbol = "CHF" }.Read(Question(), One("CHF 12.50"));

        Assert.Equal(12.5m, result.Value!.GetValue<decimal>());
    }
}
