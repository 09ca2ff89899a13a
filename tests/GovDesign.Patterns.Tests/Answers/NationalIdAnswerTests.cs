using GovDesign.Patterns.Answers;
using static GovDesign.Patterns.Tests.Answers.AnswerTesting;

namespace GovDesign.Patterns.Tests.Answers;

public sealed class NationalIdAnswerTests
{
    private static AnswerQuestion Nino => Question("nino", "your National Insurance number");

    [Theory]
    [InlineData("AB123456C", "AB 12 34 56 C")]
    [InlineData("ab 12 34 56 c", "AB 12 34 56 C")]
    [InlineData("AB-12-34-56-D", "AB 12 34 56 D")]
    [InlineData("ＡＢ１２３４５６Ａ", "AB 12 34 56 A")]
    [InlineData("JG 10 37 59 A", "JG 10 37 59 A")]
    public void Read_NationalInsuranceNumber_IsCanonical(string posted, string expected)
    {
        var result = new NationalIdAnswer().Read(Nino, Form(("nino", posted)));

        Assert.Empty(result.Errors);
        Assert.Equal(expected, result.Value!.GetValue<string>());
    }

    [Theory]
    [InlineData("QQ123456C")]
    [InlineData("DA123456C")]
    [InlineData("AO123456C")]
    [InlineData("GB123456C")]
    [InlineData("ZZ123456C")]
    [InlineData("AB123456E")]
    [InlineData("AB12345C")]
    [InlineData("123456789")]
    [InlineData("<AB123456C>")]
    public void Read_NotANationalInsuranceNumber_SaysTheFormat(string posted)
    {
        var result = new NationalIdAnswer().Read(Nino, Form(("nino", posted)));

        Assert.Equal("Enter your National Insurance number in the correct format, like QQ 12 34 56 C", OnlyError(result));
    }

    [Theory]
    [InlineData(IdChecksum.Luhn, "4539 1488 0343 6467", true)]
    [InlineData(IdChecksum.Luhn, "4539 1488 0343 6468", false)]
    [InlineData(IdChecksum.Luhn, "79927398713", true)]
    [InlineData(IdChecksum.Mod11, "943 476 5919", true)]
    [InlineData(IdChecksum.Mod11, "943 476 5918", false)]
    [InlineData(IdChecksum.Mod11, "401 023 2137", true)]
    [InlineData(IdChecksum.None, "12345", true)]
    public void Read_CustomIdentifier_ChecksItsCheckDigit(IdChecksum checksum, string posted, bool valid)
    {
        var answer = new NationalIdAnswer { Kind = NationalIdKind.Custom, Pattern = "[0-9]+", Checksum = checksum };

        var result = answer.Read(Question("id", "the number"), Form(("id", posted)));

        Assert.Equal(valid, result.IsValid);
        if (!valid)
        {
            Assert.Equal("Check the number: it is not a valid number", OnlyError(result));
        }
    }

    [Fact]
    public void Read_CustomIdentifierNotMatchingItsPattern_GivesTheExample()
    {
        var answer = new NationalIdAnswer { Kind = NationalIdKind.Custom, Pattern = "[0-9]{10}", Example = "485 777 3456" };

        var result = answer.Read(Question("id", "your NHS number"), Form(("id", "12AB")));

        Assert.Equal("Enter your NHS number in the correct format, like 485 777 3456", OnlyError(result));
    }
}
