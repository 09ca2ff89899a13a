using GovDesign.Forms.Runner.Definitions;
using GovDesign.Patterns.Answers;
using static GovDesign.Forms.Tests.Loading.SingleDiagnostic;

namespace GovDesign.Forms.Tests.Loading;

/// <summary>An option marked <c>exclusive</c> reaches the answer type as its "none" option; its misuse is reported where it is.</summary>
public sealed class ExclusiveOptionLoadingTests
{
    private const string Options = """{ "value": "bus", "text": "Bus" }, { "value": "train", "text": "Train" }""";

    [Fact]
    public void Load_ExclusiveOption_IsTheNoneOptionAndNotAmongTheOthers()
    {
        var question = TestForms.Load(TestForms.Form($$"""{ "path": "q", "questions": [{ "name": "q", "type": "multipleChoice", "label": "Travel", "subject": "how you travel", "options": [{ "value": "none", "text": "None of these", "exclusive": true }, {{Options}}] }] }""")).Pages[0].Questions[0];

        var answer = (MultipleChoiceAnswer)new AnswerTypes().For(question, "en");

        Assert.Equal(["bus", "train"], answer.Options.Select(o => o.Value));
        Assert.Equal(("none", "None of these"), (answer.NoneOption?.Value, answer.NoneOption?.Text));
    }

    [Fact]
    public void Load_NoExclusiveOption_HasNoNoneOption()
    {
        var question = TestForms.Load(TestForms.Form($$"""{ "path": "q", "questions": [{ "name": "q", "type": "multipleChoice", "label": "Travel", "subject": "how you travel", "options": [{{Options}}] }] }""")).Pages[0].Questions[0];

        Assert.Null(((MultipleChoiceAnswer)new AnswerTypes().For(question, "en")).NoneOption);
    }

    [Fact]
    public void Load_ExclusiveOptionOnASingleChoice_IsAnErrorAtExclusive()
    {
        Only(TestForms.Form($$"""{ "path": "q", "questions": [{ "name": "q", "type": "singleChoice", "label": "Travel", "subject": "how you travel", "options": [{{Options}}, { "value": "none", "text": "None", "exclusive": §true }] }] }"""),
            "option.exclusive", "/pages/0/questions/0/options/2/exclusive");
    }

    [Fact]
    public void Load_TwoExclusiveOptions_IsAnErrorAtTheSecond()
    {
        Only(TestForms.Form($$"""{ "path": "q", "questions": [{ "name": "q", "type": "multipleChoice", "label": "Travel", "subject": "how you travel", "options": [{ "value": "none", "text": "None", "exclusive": true }, {{Options}}, { "value": "unsure", "text": "Not sure", "exclusive": §true }] }] }"""),
            "option.exclusiveTwice", "/pages/0/questions/0/options/3/exclusive");
    }

    [Fact]
    public void Load_ExclusiveOptionInAListUsedBySingleChoice_IsAnErrorAtTheQuestionsOptions()
    {
        Only(TestForms.Form("""{ "path": "q", "questions": [{ "name": "q", "type": "singleChoice", "label": "Travel", "subject": "how you travel", "options": §"travel" }] }""", """ "optionLists": { "travel": [{ "value": "bus", "text": "Bus" }, { "value": "none", "text": "None", "exclusive": true }] }, """),
            "option.exclusive", "/pages/0/questions/0/options");
    }
}
