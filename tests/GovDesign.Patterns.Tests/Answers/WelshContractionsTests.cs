using GovDesign.Patterns.Answers;

namespace GovDesign.Patterns.Tests.Answers;

/// <summary>Welsh messages join a preposition to the article or possessive that a subject brings.</summary>
public sealed class WelshContractionsTests
{
    [Theory]
    [InlineData("Rhaid i eich dyddiad geni fod yn y gorffennol", "Rhaid i'ch dyddiad geni fod yn y gorffennol")]
    [InlineData("Rhaid i y dyddiad fod yn ddyddiad go iawn", "Rhaid i'r dyddiad fod yn ddyddiad go iawn")]
    [InlineData("Rhaid i yr enw fod yn 35 nod neu lai", "Rhaid i'r enw fod yn 35 nod neu lai")]
    [InlineData("Rhaid i ei enw fod yn 35 nod neu lai", "Rhaid i'w enw fod yn 35 nod neu lai")]
    [InlineData("Dewiswch o ei opsiynau", "Dewiswch o'i opsiynau")]
    [InlineData("Rhaid i ein cyfeiriad gynnwys cod post", "Rhaid i'n cyfeiriad gynnwys cod post")]
    [InlineData("Rhaid i fy enw gynnwys llythrennau", "Rhaid i'm enw gynnwys llythrennau")]
    [InlineData("Rhowch eich enw a y cyfeiriad", "Rhowch eich enw a'r cyfeiriad")]
    public void Apply_JoinsThePair(string text, string expected)
    {
        Assert.Equal(expected, WelshContractions.Apply(text));
    }

    [Theory]
    [InlineData("Rhaid i chi ddewis ie neu na")]
    [InlineData("Rhaid i'ch dyddiad geni fod yn y gorffennol")]
    [InlineData("Rhaid iddo fod yn yr un flwyddyn")]
    [InlineData("Dewiswch o leiaf 2 o gerbydau")]
    public void Apply_LeavesTextWithNothingToJoinAsItIs(string text)
    {
        Assert.Equal(text, WelshContractions.Apply(text));
    }
}
