using System.Text.Json.Nodes;
using GovDesign.Patterns.Answers;
using static GovDesign.Patterns.Tests.Answers.AnswerTesting;

namespace GovDesign.Patterns.Tests.Answers;

public sealed class PhoneAnswerTests
{
    private static AnswerQuestion Phone => Question("phone", "your phone number");

    [Theory]
    [InlineData("07700 900123", "+447700900123")]
    [InlineData("07700900123", "+447700900123")]
    [InlineData("+44 7700 900123", "+447700900123")]
    [InlineData("0044 7700 900123", "+447700900123")]
    [InlineData("(020) 7946 0000", "+442079460000")]
    [InlineData("０７７００ ９００１２３", "+447700900123")]
    [InlineData("+33 1 23 45 67 89", "+33123456789")]
    [InlineData("+84 24 3825 3000", "+842438253000")]
    public void Read_Valid_IsSavedInE164(string posted, string expected)
    {
        var result = new PhoneAnswer().Read(Phone, Form(("phone", posted)));

        Assert.Empty(result.Errors);
        Assert.Equal(expected, result.Value!.GetValue<string>());
    }

    [Theory]
    [InlineData("")]
    [InlineData("123")]
    [InlineData("phone me")]
    [InlineData("0800 FLOWERS")]
    [InlineData("07700 900123 <script>")]
    [InlineData("+44 +7700 900123")]
    public void Read_Invalid_IsRefused(string posted)
    {
        var result = new PhoneAnswer().Read(Phone, Form(("phone", posted)));

        Assert.Null(result.Value);
        Assert.Equal("phone", Assert.Single(result.Errors).FieldId);
    }

    [Fact]
    public void Read_NotANumber_GivesAnExampleOfTheDefaultRegion()
    {
        var result = new PhoneAnswer().Read(Phone, Form(("phone", "123")));

        Assert.StartsWith("Enter your phone number in the correct format, like 07", OnlyError(result));
    }

    [Fact]
    public void Read_InternationalWhenNotAllowed_NamesTheCountry()
    {
        var result = new PhoneAnswer { AllowInternational = false }.Read(Phone, Form(("phone", "+33 1 23 45 67 89")));

        Assert.Equal("Your phone number must be a phone number in United Kingdom", OnlyError(result));
    }

    [Theory]
    [InlineData("VN", "024 3825 3000", "+842438253000")]
    [InlineData("FR", "01 23 45 67 89", "+33123456789")]
    public void Read_OtherDefaultRegion_ReadsItsNationalNumbers(string region, string posted, string expected)
    {
        var result = new PhoneAnswer { DefaultRegion = region }.Read(Phone, Form(("phone", posted)));

        Assert.Equal(expected, result.Value?.GetValue<string>());
    }

    [Fact]
    public void Read_LandlineWhenMobileOnly_IsRefused()
    {
        var result = new PhoneAnswer { MobileOnly = true }.Read(Phone, Form(("phone", "020 7946 0000")));

        Assert.Equal("Your phone number must be a mobile number", OnlyError(result));
    }

    [Theory]
    [InlineData("+447700900123", "07700 900123")]
    [InlineData("+33123456789", "+33 1 23 45 67 89")]
    public void Describe_IsNationalAtHomeAndInternationalAbroad(string saved, string expected)
    {
        Assert.Equal(expected, new PhoneAnswer().Describe(JsonValue.Create(saved)));
    }
}
