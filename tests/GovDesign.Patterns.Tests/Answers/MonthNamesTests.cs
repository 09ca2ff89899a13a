using GovDesign.Patterns.Answers;

namespace GovDesign.Patterns.Tests.Answers;

public sealed class MonthNamesTests
{
    [Theory]
    [InlineData("1", 1)]
    [InlineData("01", 1)]
    [InlineData("12", 12)]
    [InlineData("Jan", 1)]
    [InlineData("JANUARY", 1)]
    [InlineData("sept", 9)]
    [InlineData("Sep.", 9)]
    [InlineData("Ionawr", 1)]
    [InlineData("Chwef", 2)]
    [InlineData("Fawrth", 3)]
    [InlineData("Mehefin", 6)]
    [InlineData("Rhagfyr", 12)]
    [InlineData("tháng 1", 1)]
    [InlineData("Tháng Giêng", 1)]
    [InlineData("tháng mười một", 11)]
    [InlineData("tháng Chạp", 12)]
    [InlineData("thg 12", 12)]
    [InlineData("T7", 7)]
    [InlineData("tháng tư", 4)]
    public void Parse_KnownMonth_ReturnsItsNumber(string text, int month)
    {
        Assert.Equal(month, MonthNames.Parse(text));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("13")]
    [InlineData("001")]
    [InlineData("Febtember")]
    [InlineData("")]
    [InlineData("tháng 13")]
    [InlineData("<script>")]
    public void Parse_NotAMonth_ReturnsNull(string text)
    {
        Assert.Null(MonthNames.Parse(text));
    }
}
