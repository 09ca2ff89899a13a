using GovDesign.Forms.Answers;
using GovDesign.Forms.Runner.Definitions;
using GovDesign.Patterns.Answers;
using static GovDesign.Forms.Tests.Loading.SingleDiagnostic;

namespace GovDesign.Forms.Tests.Answers;

/// <summary>The question options of issue 16 bind to their kinds' settings and reach the answer types; their misuse is reported where it is.</summary>
public sealed class QuestionOptionSettingsTests
{
    private static GovDesign.Forms.Definitions.Question Question(string json) =>
        TestForms.Load(TestForms.Form($$"""{ "path": "q", "questions": [{{json}}] }""")).Pages[0].Questions[0];

    private static string Options(int count) => string.Join(", ", Enumerable.Range(1, count).Select(i => $$"""{ "value": "o{{i}}", "text": "Option {{i}}" }"""));

    [Fact]
    public void Load_PhoneMobileOnlyAndNotInternational_ReachThePhoneAnswer()
    {
        var answer = (PhoneAnswer)new AnswerTypes().For(Question("""{ "name": "q", "type": "phone", "label": "Mobile", "mobileOnly": true, "allowInternational": false }"""), "en");

        Assert.Equal((true, false), (answer.MobileOnly, answer.AllowInternational));
    }

    [Fact]
    public void Load_PhoneWithoutSettings_AcceptsAnyNumberOfAnyCountry()
    {
        var answer = (PhoneAnswer)new AnswerTypes().For(Question("""{ "name": "q", "type": "phone", "label": "Phone" }"""), "en");

        Assert.Equal((false, true), (answer.MobileOnly, answer.AllowInternational));
    }

    [Fact]
    public void Load_LongTextMaxWords_ReachesTheLongTextAnswer()
    {
        var answer = (LongTextAnswer)new AnswerTypes().For(Question("""{ "name": "q", "type": "longText", "label": "Story", "maxWords": 200 }"""), "en");

        Assert.Equal((200, null), (answer.MaxWords, answer.MaxLength));
    }

    [Fact]
    public void Load_LongTextWithMaxWordsAndMaxLength_IsAnErrorAtMaxWords()
    {
        Only(TestForms.Form("""{ "path": "q", "questions": [{ "name": "q", "type": "longText", "label": "Story", "maxLength": 500, "maxWords": §100 }] }"""),
            "question.maxWords", "/pages/0/questions/0/maxWords");
    }

    [Fact]
    public void Load_UkAddressCounty_AsksTheCounty()
    {
        var answer = (UkAddressAnswer)new AnswerTypes().For(Question("""{ "name": "q", "type": "ukAddress", "label": "Address", "county": true }"""), "en");

        Assert.True(answer.AskCounty);
    }

    [Theory]
    [InlineData("select", 2, true)]
    [InlineData("radios", 12, false)]
    [InlineData("auto", 10, false)]
    [InlineData("auto", 11, true)]
    public void Load_SingleChoiceDisplay_DecidesBetweenRadiosAndASelect(string display, int options, bool select)
    {
        var question = Question($$"""{ "name": "q", "type": "singleChoice", "label": "Council", "display": "{{display}}", "options": [{{Options(options)}}] }""");

        var answer = (SingleChoiceAnswer)new AnswerTypes().For(question, "en");

        Assert.Equal(select, answer.UsesSelect);
        Assert.Equal(select, SingleChoiceAnswerKind.ShowsSelect(question));
    }

    [Fact]
    public void Load_InlineSelect_IsAnErrorAtInline()
    {
        Only(TestForms.Form($$"""{ "path": "q", "questions": [{ "name": "q", "type": "singleChoice", "label": "Council", "display": "select", "inline": §true, "options": [{{Options(2)}}] }] }"""),
            "question.display", "/pages/0/questions/0/inline");
    }

    [Fact]
    public void Load_UnknownDisplay_IsASchemaErrorAtIt()
    {
        Only(TestForms.Form($$"""{ "path": "q", "questions": [{ "name": "q", "type": "singleChoice", "label": "Council", "display": §"dropdown", "options": [{{Options(2)}}] }] }"""),
            "schema.enum", "/pages/0/questions/0/display");
    }

    [Fact]
    public void SubjectRules_Phone_CountMobileAndInternationalOnlyWhenTurnedOn()
    {
        var plain = Question("""{ "name": "q", "type": "phone", "label": "Phone" }""");
        var limited = Question("""{ "name": "q", "type": "phone", "label": "Phone", "mobileOnly": true, "allowInternational": false }""");

        Assert.Equal(["required", "phone"], plain.Kind.SubjectRules(plain));
        Assert.Equal(["required", "phone", "international", "mobile"], limited.Kind.SubjectRules(limited));
    }
}
