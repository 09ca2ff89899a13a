using GovDesign.Patterns.Answers;
using static GovDesign.Patterns.Tests.Answers.AnswerTesting;

namespace GovDesign.Patterns.Tests.Answers;

public sealed class ConfirmationCodeAnswerTests
{
    private static AnswerQuestion Code => Question("code", "the code");

    [Theory]
    [InlineData("123456", "123456")]
    [InlineData(" 123 456 ", "123456")]
    [InlineData("123-456", "123456")]
    [InlineData("０１２３４５", "012345")]
    public void Read_SixDigits_KeepsTheDigitsAndLeadingZeros(string posted, string expected)
    {
        var result = new ConfirmationCodeAnswer().Read(Code, Form(("code", posted)));

        Assert.Empty(result.Errors);
        Assert.Equal(expected, result.Value!.GetValue<string>());
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("1234567")]
    [InlineData("12345a")]
    public void Read_WrongLength_SaysHowManyNumbers(string posted)
    {
        var result = new ConfirmationCodeAnswer().Read(Code, Form(("code", posted)));

        Assert.Equal("The code must be 6 numbers", OnlyError(result));
    }

    [Fact]
    public void Read_Empty_AsksForTheCode()
    {
        Assert.Equal("Enter the code", OnlyError(new ConfirmationCodeAnswer().Read(Code, Form(("code", "")))));
    }

    [Fact]
    public void Create_GivesCodesOfTheLengthThatAreNotAllTheSame()
    {
        var codes = Enumerable.Range(0, 50).Select(_ => ConfirmationCodeAnswer.Create(6)).ToList();

        Assert.All(codes, c => Assert.Matches("^[0-9]{6}$", c));
        Assert.True(codes.Distinct().Count() > 40);
        Assert.Throws<ArgumentOutOfRangeException>(() => ConfirmationCodeAnswer.Create(3));
    }

    [Fact]
    public void Matches_OnlyTheSameCode()
    {
        Assert.True(ConfirmationCodeAnswer.Matches("012345", "012345"));
        Assert.False(ConfirmationCodeAnswer.Matches("012345", "012346"));
        Assert.False(ConfirmationCodeAnswer.Matches("012345", "12345"));
    }

    [Theory]
    [InlineData("en", "Check the code: it does not match the code we sent", "The code has expired. Ask for a new code")]
    [InlineData("cy", "Gwiriwch y cod: nid yw'n cyfateb i'r cod a anfonwyd gennym", "Mae y cod wedi dod i ben. Gofynnwch am god newydd")]
    [InlineData("vi", "Kiểm tra lại mã: mã này không khớp với mã chúng tôi đã gửi", "Mã đã hết hạn. Hãy yêu cầu mã mới")]
    public void MismatchAndExpired_AreLocalisedErrorsOnTheBox(string culture, string mismatch, string expired)
    {
        var subject = culture switch { "cy" => "y cod", "vi" => "mã", _ => "the code" };
        var question = Question("code", subject);

        var (wrong, old) = InCulture(culture, () => (ConfirmationCodeAnswer.Mismatch(question), ConfirmationCodeAnswer.Expired(question)));

        Assert.Equal(("code", mismatch), (wrong.FieldId, wrong.Message));
        Assert.Equal(("code", expired), (old.FieldId, old.Message));
    }

    [Fact]
    public async Task Render_AsksForAOneTimeCodeOnANumberKeypad()
    {
        var page = await RenderAsync(new ConfirmationCodeAnswer(), Code, new AnswerState());

        var input = page.QuerySelector("input#code")!;
        Assert.Equal("one-time-code", input.GetAttribute("autocomplete"));
        Assert.Equal("numeric", input.GetAttribute("inputmode"));
    }
}
