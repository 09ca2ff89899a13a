namespace GovDesign.Patterns.Tests.Common;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("page", "page", 0)]
    [InlineData("", "page", 4)]
    [InlineData("page", "", 4)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("gmial.com", "gmail.com", 1)]
    [InlineData("pgae", "page", 1)]
    [InlineData("Page", "page", 1)]
    public void Between_TwoStrings_CountsEditsWithASwapAsOne(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Between(a, b));
        Assert.Equal(expected, EditDistance.Between(b, a));
    }
}
