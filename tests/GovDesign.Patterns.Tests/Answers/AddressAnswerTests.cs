using System.Text.Json.Nodes;
using GovDesign.Patterns.Answers;
using static GovDesign.Patterns.Tests.Answers.AnswerTesting;

namespace GovDesign.Patterns.Tests.Answers;

public sealed class UkAddressAnswerTests
{
    private static AnswerQuestion Address => Question("address", "your address");

    private static Microsoft.AspNetCore.Http.FormCollection Posted(string line1, string town, string postcode, string line2 = "") =>
        Form(("address-line1", line1), ("address-line2", line2), ("address-town", town), ("address-postcode", postcode));

    [Theory]
    [InlineData("sw1a1aa", "SW1A 1AA")]
    [InlineData(" SW1A 1AA ", "SW1A 1AA")]
    [InlineData("cf10 1ep", "CF10 1EP")]
    [InlineData("M1 1AE", "M1 1AE")]
    [InlineData("b338th", "B33 8TH")]
    [InlineData("CR2 6XH", "CR2 6XH")]
    [InlineData("DN55 1PT", "DN55 1PT")]
    [InlineData("ＥＣ１Ａ １ＢＢ", "EC1A 1BB")]
    [InlineData("W1A 0AX", "W1A 0AX")]
    public void Read_Postcode_IsFormatted(string postcode, string expected)
    {
        var result = new UkAddressAnswer().Read(Address, Posted("1 High Street", "Cardiff", postcode));

        Assert.Empty(result.Errors);
        Assert.Equal(expected, result.Value!["postcode"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("SW1A")]
    [InlineData("QQ1 1AA")]
    [InlineData("SW1A 1AAA")]
    [InlineData("<b>SW1A</b>")]
    public void Read_NotAPostcode_SaysSo(string postcode)
    {
        var result = new UkAddressAnswer().Read(Address, Posted("1 High Street", "Cardiff", postcode));

        Assert.Equal(new FieldError("address-postcode", "Enter a full UK postcode, like SW1A 1AA"), Assert.Single(result.Errors));
    }

    [Fact]
    public void Read_Empty_GivesAnErrorForEachRequiredBox()
    {
        var result = new UkAddressAnswer().Read(Address, Posted("", "", ""));

        Assert.Equal(["address-line1", "address-town", "address-postcode"], result.Errors.Select(e => e.FieldId));
        Assert.Equal("Enter address line 1, usually the building and street", result.Errors[0].Message);
    }

    [Fact]
    public void Read_OptionalAndEmpty_HasNoValueAndNoError()
    {
        var result = new UkAddressAnswer().Read(Address with { Required = false }, Posted("", "", ""));

        Assert.True(result.IsValid);
        Assert.Null(result.Value);
    }

    [Fact]
    public void Read_Valid_SavesTheContractShape()
    {
        var result = new UkAddressAnswer().Read(Address, Posted(" 1  High Street ", "Cardiff", "cf101ep", "Flat 2"));

        Assert.Equal("""{"line1":"1 High Street","line2":"Flat 2","town":"Cardiff","postcode":"CF10 1EP"}""", result.Value!.ToJsonString());
    }

    [Fact]
    public void Read_LineTooLong_NamesTheLine()
    {
        var result = new UkAddressAnswer { MaxLineLength = 8 }.Read(Address, Posted("1 High Street", "Leeds", "LS1 1AA", "Flat 2"));

        Assert.Equal(new FieldError("address-line1", "Address line 1 must be 8 characters or fewer"), Assert.Single(result.Errors));
    }

    [Fact]
    public void Describe_PutsEachPartOnALine()
    {
        var text = new UkAddressAnswer().Describe(JsonNode.Parse("""{"line1":"1 High Street","town":"Cardiff","postcode":"CF10 1EP"}""")!);

        Assert.Equal("1 High Street\nCardiff\nCF10 1EP", text);
    }
}

public sealed class InternationalAddressAnswerTests
{
    private static AnswerQuestion Address => Question("address", "your address");

    [Theory]
    [InlineData("FR", "FR")]
    [InlineData("vn", "VN")]
    public void Read_Valid_SavesLinesAndCountryCode(string country, string expected)
    {
        var result = new InternationalAddressAnswer().Read(Address, Form(("address-line1", "12 rue de la Paix"), ("address-line2", "75002 Paris"), ("address-line3", ""), ("address-country", country)));

        Assert.Empty(result.Errors);
        Assert.Equal($$"""{"lines":["12 rue de la Paix","75002 Paris"],"country":"{{expected}}"}""", result.Value!.ToJsonString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("XX")]
    [InlineData("France")]
    [InlineData("<script>")]
    public void Read_UnknownCountry_AsksToSelectIt(string country)
    {
        var result = new InternationalAddressAnswer().Read(Address, Form(("address-line1", "1 Main St"), ("address-line2", "Springfield"), ("address-country", country)));

        Assert.Equal(new FieldError("address-country", "Select the country"), Assert.Single(result.Errors));
    }

    [Fact]
    public void Read_MissingRequiredLine_NamesIt()
    {
        var result = new InternationalAddressAnswer().Read(Address, Form(("address-line1", "1 Main St"), ("address-country", "US")));

        Assert.Equal(new FieldError("address-line2", "Enter address line 2"), Assert.Single(result.Errors));
    }

    [Theory]
    [InlineData("en", "Vietnam")]
    [InlineData("cy", "Fietnam")]
    [InlineData("vi", "Việt Nam")]
    public void Describe_NamesTheCountryInTheCurrentLanguage(string culture, string country)
    {
        var text = InCulture(culture, () => new InternationalAddressAnswer().Describe(JsonNode.Parse("""{"lines":["1 Tràng Tiền","Hà Nội"],"country":"VN"}""")!));

        Assert.Equal($"1 Tràng Tiền\nHà Nội\n{country}", text);
    }

    [Fact]
    public void Countries_HasEveryCommonCode()
    {
        Assert.All(new[] { "GB", "US", "FR", "VN", "DE", "IE", "IN", "CN", "BR", "ZA" }, code => Assert.True(Countries.IsKnown(code)));
        Assert.InRange(Countries.Codes.Count, 240, 260);
    }
}
