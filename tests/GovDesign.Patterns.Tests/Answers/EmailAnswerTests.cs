using GovDesign.Patterns.Answers;
using static GovDesign.Patterns.Tests.Answers.AnswerTesting;

namespace GovDesign.Patterns.Tests.Answers;

public sealed class EmailAnswerTests
{
    private static AnswerQuestion Email => Question("email", "your email address");

    [Theory]
    [InlineData("  Name@Example.COM ", "Name@example.com")]
    [InlineData("first.last+tag@sub.domain.gov.uk", "first.last+tag@sub.domain.gov.uk")]
    [InlineData("ｎａｍｅ@example.com", "name@example.com")]
    [InlineData("someone@gmail.com", "someone@gmail.com")]
    [InlineData("người@ví-dụ.vn", "người@ví-dụ.vn")]
    public void Read_Valid_IsNormalised(string posted, string expected)
    {
        var result = new EmailAnswer().Read(Email, Form(("email", posted)));

        Assert.Empty(result.Errors);
        Assert.Equal(expected, result.Value!.GetValue<string>());
    }

    [Theory]
    [InlineData("", "Enter your email address")]
    [InlineData("name", "Enter your email address in the correct format, like name@example.com")]
    [InlineData("name@", "Enter your email address in the correct format, like name@example.com")]
    [InlineData("name@example", "Enter your email address in the correct format, like name@example.com")]
    [InlineData("na me@example.com", "Enter your email address in the correct format, like name@example.com")]
    [InlineData("<script>@x.com", "Enter your email address in the correct format, like name@example.com")]
    [InlineData("a@b@c.com", "Enter your email address in the correct format, like name@example.com")]
    public void Read_Invalid_SaysTheFormat(string posted, string message)
    {
        var result = new EmailAnswer().Read(Email, Form(("email", posted)));

        Assert.Equal(message, OnlyError(result));
    }

    [Theory]
    [InlineData("sam@gmial.com", "sam@gmail.com")]
    [InlineData("sam@gmail.con", "sam@gmail.com")]
    [InlineData("sam@hotmial.co.uk", "sam@hotmail.co.uk")]
    [InlineData("sam@yahooo.com", "sam@yahoo.com")]
    [InlineData("sam@outlok.com", "sam@outlook.com")]
    [InlineData("sam@example.con", "sam@example.com")]
    public void Read_CommonTypo_SuggestsACorrectionOnce(string posted, string suggestion)
    {
        var answer = new EmailAnswer();

        var first = answer.Read(Email, Form(("email", posted)));
        var again = answer.Read(Email, Form(("email", posted), ("email-checked", posted)));

        Assert.Equal($"Check your email address: did you mean {suggestion}? If what you entered is right, send it again", OnlyError(first));
        Assert.Empty(again.Errors);
        Assert.Equal(posted, again.Value!.GetValue<string>());
    }

    [Theory]
    [InlineData("sam@gmx.com")]
    [InlineData("sam@live.co.uk")]
    [InlineData("sam@justice.gov.uk")]
    [InlineData("sam@mail.com")]
    public void Read_RealDomain_IsNotQuestioned(string posted)
    {
        var result = new EmailAnswer().Read(Email, Form(("email", posted)));

        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Read_TypoWithSuggestionsOff_IsAccepted()
    {
        var result = new EmailAnswer { SuggestCorrections = false }.Read(Email, Form(("email", "sam@gmial.com")));

        Assert.Empty(result.Errors);
    }

    [Fact]
    public async Task Render_AfterASuggestion_CarriesTheAddressSoItIsNotQuestionedTwice()
    {
        var document = await RenderAfterPostAsync(new EmailAnswer(), Email, Form(("email", "sam@gmial.com")));

        Assert.Equal("sam@gmial.com", document.QuerySelector("input[type=hidden][name=email-checked]")?.GetAttribute("value"));
        Assert.Equal("email", document.QuerySelector("input#email")?.GetAttribute("autocomplete"));
        Assert.Equal("email", document.QuerySelector("input#email")?.GetAttribute("type"));
        Assert.Equal("false", document.QuerySelector("input#email")?.GetAttribute("spellcheck"));
    }

    [Theory]
    [InlineData(null, "email")]
    [InlineData("work email", "work email")]
    public async Task Render_Autocomplete_IsTheInputsToken(string? autocomplete, string expected)
    {
        var answer = autocomplete is null ? new EmailAnswer() : new EmailAnswer { Autocomplete = autocomplete };

        var document = await RenderAsync(answer, Email, new AnswerState());

        Assert.Equal(expected, document.QuerySelector("input#email")?.GetAttribute("autocomplete"));
    }
}
