using GovDesign.Forms.Runner.Definitions;

namespace GovDesign.Forms.Tests.Runner;

/// <summary>What error messages call an answer when its question has no subject.</summary>
public sealed class AnswerSubjectFallbackTests
{
    [Theory]
    [InlineData("What is your email address?", "en", "your answer")]
    [InlineData("What is your email address?", "cy", "eich ateb")]
    [InlineData("What is your email address?", "vi", "câu trả lời của bạn")]
    [InlineData("Phone number (optional)", "en", "phone number")]
    [InlineData("Email address", "cy", "email address")]
    public void Ask_NoSubject_UsesTheLabelOnlyWhenItNamesTheAnswer(string label, string language, string expected)
    {
        var form = TestForms.Load(TestForms.Form($$"""{ "path": "q", "questions": [{ "name": "q", "type": "email", "optional": true, "label": "{{label}}" }] }""", """ "languages": ["en", "cy", "vi"], """));

        var question = new AnswerTypes().Ask(form.Pages[0].Questions[0], language);

        Assert.Equal(expected, question.Subject);
    }
}
