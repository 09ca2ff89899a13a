using GovDesign.Forms.Loading;
using GovDesign.Forms.Runner.Definitions;
using GovDesign.Patterns.Answers;
using static GovDesign.Forms.Tests.Loading.SingleDiagnostic;

namespace GovDesign.Forms.Tests.Loading;

/// <summary><c>maxFiles</c> on a file question: how it loads, and each misuse the loader reports at its place.</summary>
public sealed class FileListLoadingTests
{
    private static string FileQuestion(string more) => TestForms.Form($$"""{ "path": "documents", "questions": [{ "name": "documents", "type": "file", "label": "Upload your documents", {{more}} }] }""");

    [Fact]
    public void Load_MaxFiles_GivesTheAnswerTypeThatMany()
    {
        var question = TestForms.Load(FileQuestion("\"maxFiles\": 3")).FindQuestion("documents")!;

        Assert.Equal(3, ((FileAnswer)new AnswerTypes().For(question, "en")).MaxFiles);
    }

    [Fact]
    public void Load_NoMaxFiles_TakesOneFileAsBefore()
    {
        var question = TestForms.Load(TestForms.Form("""{ "path": "photo", "questions": [{ "name": "photo", "type": "file", "label": "Photo" }] }""")).FindQuestion("photo")!;

        Assert.Equal(1, ((FileAnswer)new AnswerTypes().For(question, "en")).MaxFiles);
    }

    [Fact]
    public void Load_MaxFilesBelowOne_IsAnErrorAtTheValue()
    {
        Only(FileQuestion("\"maxFiles\": §0"), "schema.minimum", "/pages/0/questions/0/maxFiles");
    }

    [Fact]
    public void Load_MaxFilesNotAWholeNumber_IsAnErrorAtTheValue()
    {
        Only(FileQuestion("\"maxFiles\": §\"3\""), "schema.type", "/pages/0/questions/0/maxFiles");
    }

    [Fact]
    public void Load_MaxFilesOnATextQuestion_IsAnErrorAtTheSetting()
    {
        Only(TestForms.Form("""{ "path": "a", "questions": [{ "name": "a", "type": "text", "label": "Reference", §"maxFiles": 2 }] }"""),
            "schema.additionalProperties", "/pages/0/questions/0/maxFiles");
    }

    [Fact]
    public void Load_SeveralFilesOnAnAddAnotherPage_IsAnErrorAtMaxFiles()
    {
        var diagnostic = Only(TestForms.Form("""
            { "path": "stalls", "heading": "Stalls", "repeat": { "min": 1, "max": 3, "itemName": "stall", "itemNamePlural": "stalls" },
              "questions": [{ "name": "photos", "type": "file", "label": "Photos of the stall", "maxFiles": §2 }] }
            """), "question.maxFiles", "/pages/0/questions/0/maxFiles");

        Assert.Contains("add-another page", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OneFileOnAnAddAnotherPage_IsAllowed()
    {
        var result = FormLoader.Load(TestForms.Form("""
            { "path": "stalls", "heading": "Stalls", "repeat": { "min": 1, "max": 3, "itemName": "stall", "itemNamePlural": "stalls" },
              "questions": [{ "name": "photo", "type": "file", "label": "Photo of the stall", "maxFiles": 1 }] }
            """));

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Load_MaxFilesMessage_IsAMessageKeyOfAFileQuestion()
    {
        var result = FormLoader.Load(FileQuestion("\"maxFiles\": 2, \"messages\": { \"maxFiles\": \"Upload 2 documents at most\" }"));

        Assert.Empty(result.Diagnostics);
        Assert.Equal("Upload 2 documents at most", result.Form!.FindQuestion("documents")!.Messages["maxFiles"].In("en"));
    }
}
