using GovDesign.Forms.Answers;
using GovDesign.Forms.Runner.Definitions;
using GovDesign.Patterns.Answers;

namespace GovDesign.Forms.Tests.Answers;

/// <summary>A question's settings bind to its kind's record, and the runner builds its answer type from them.</summary>
public sealed class SettingsBindingTests
{
    private static GovDesign.Forms.Definitions.Question Question(string json) =>
        TestForms.Load(TestForms.Form($$"""{ "path": "q", "questions": [{{json}}] }""", """ "languages": ["en", "cy"], """)).Pages[0].Questions[0];

    [Fact]
    public void Load_NumberSettings_BindWithTextPerLanguageAndWholeNumbersWrittenWithAPoint()
    {
        var question = Question("""{ "name": "q", "type": "number", "label": { "en": "Weight", "cy": "Pwysau" }, "min": 5.0, "max": 10, "wholeNumber": true, "suffix": { "en": "kg", "cy": "kg" } }""");

        var settings = Assert.IsType<NumberSettings>(question.Settings);
        var answer = (NumberAnswer)new AnswerTypes().For(question, "cy");

        Assert.Equal((5m, 10m, true, "kg"), (settings.Min, settings.Max, settings.WholeNumber, settings.Suffix?.In("cy")));
        Assert.Equal((5m, 10m, 0, "kg"), (answer.Minimum, answer.Maximum, answer.DecimalPlaces, answer.Suffix));
    }

    [Fact]
    public void Load_SettingsNotGiven_AreTheKindsDefaults()
    {
        var question = Question("""{ "name": "q", "type": "yesNo", "label": "Agree" }""");

        Assert.Equal(AnswerKinds.Get("yesNo").DefaultSettings, question.Settings);
        Assert.True(((YesNoAnswer)new AnswerTypes().For(question, "en")).Inline);
    }

    /// <summary>The bug fixed: a file question without maxSizeMb took 2 MB in the runner but 10 MB as a FileAnswer from code.</summary>
    [Fact]
    public void For_FileQuestionWithoutMaxSize_HasTheFileAnswersDefaultLimitOfTwoMegabytes()
    {
        var question = Question("""{ "name": "q", "type": "file", "label": "Photo" }""");

        var answer = (FileAnswer)new AnswerTypes().For(question, "en");

        Assert.Equal(2 * 1024 * 1024, answer.MaxBytes);
        Assert.Equal(new FileAnswer().MaxBytes, answer.MaxBytes);
        Assert.Equal(new FileAnswer().AllowedKinds, answer.AllowedKinds);
        Assert.Equal(2, (int)GovDesign.Forms.Loading.FormLoader.Schema["$defs"]!["question"]!["oneOf"]!.AsArray().Single(t => (string?)t!["properties"]!["type"]!["const"] == "file")!["properties"]!["maxSizeMb"]!["default"]!);
    }

    [Fact]
    public void For_FileQuestionWithMaxSize_TakesThatManyMegabytes()
    {
        var question = Question("""{ "name": "q", "type": "file", "label": "Photo", "maxSizeMb": 5, "accept": ["image/png"] }""");

        var answer = (FileAnswer)new AnswerTypes().For(question, "en");

        Assert.Equal(5 * 1024 * 1024L, answer.MaxBytes);
        Assert.Equal([FileKind.Png], answer.AllowedKinds);
    }
}
