using System.Text;
using System.Text.Json.Nodes;
using GovDesign.Patterns.Answers;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using static GovDesign.Patterns.Tests.Answers.AnswerTesting;

namespace GovDesign.Patterns.Tests.Answers;

/// <summary>A file question that takes several files (<see cref="FileAnswer.MaxFiles"/>): reading uploads and removals, and the list it shows.</summary>
public sealed class FileListAnswerTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj");

    private static readonly FileAnswer Two = new() { MaxFiles = 2, MaxBytes = 1024 };

    private static AnswerQuestion Upload => Question("upload", "a supporting document");

    private static FormCollection Fields(params (string Name, string Value)[] fields) =>
        new(fields.ToDictionary(f => f.Name, f => new StringValues(f.Value)));

    private static JsonArray Listed(params string[] names) =>
        [.. names.Select((name, i) => (JsonNode)new JsonObject { ["name"] = name, ["size"] = 2048 * (i + 1), ["contentType"] = "application/pdf", ["fileId"] = "id-" + name })];

    [Fact]
    public void ReadList_SecondUpload_AddsItAfterTheFirst()
    {
        var result = Two.ReadList(Upload, FileAnswerTests.WithFile("letter.pdf", Pdf), Listed("passport.pdf"));

        Assert.Empty(result.Errors);
        Assert.Equal(["passport.pdf", "letter.pdf"], result.Value!.AsArray().Select(f => f!["name"]!.GetValue<string>()));
        Assert.Single(result.Files);
    }

    [Fact]
    public void ReadList_RemoveButton_TakesOutOnlyThatFile_AndLeavesTheListGivenUnchanged()
    {
        var before = Listed("passport.pdf", "letter.pdf");

        var result = Two.ReadList(Upload, Fields((FileAnswer.RemoveField("upload"), "id-passport.pdf")), before);

        Assert.Empty(result.Errors);
        Assert.Equal("letter.pdf", Assert.Single(result.Value!.AsArray())!["name"]!.GetValue<string>());
        Assert.Equal(2, before.Count);
    }

    [Fact]
    public void ReadList_RemovingTheLastFile_LeavesNoAnswerAndNoError()
    {
        var result = Two.ReadList(Upload, Fields((FileAnswer.RemoveField("upload"), "id-passport.pdf")), Listed("passport.pdf"));

        Assert.Equal((null, 0), (result.Value, result.Errors.Count));
    }

    [Fact]
    public void ReadList_UploadPastMaxFiles_SaysHowManyCanBeUploaded()
    {
        var result = Two.ReadList(Upload, FileAnswerTests.WithFile("third.pdf", Pdf), Listed("passport.pdf", "letter.pdf"));

        Assert.Equal(new FieldError("upload", "You can upload up to 2 files"), Assert.Single(result.Errors));
        Assert.Empty(result.Files);
    }

    [Fact]
    public void ReadList_UploadPastMaxFiles_UsesTheQuestionsOwnMessage()
    {
        var question = Upload with { Messages = new Dictionary<string, string> { ["maxFiles"] = "Upload 2 documents at most" } };

        var result = Two.ReadList(question, FileAnswerTests.WithFile("third.pdf", Pdf), Listed("passport.pdf", "letter.pdf"));

        Assert.Equal("Upload 2 documents at most", OnlyError(result));
    }

    [Fact]
    public void ReadList_RequiredWithNoneUploaded_AsksForOne()
    {
        var result = Two.ReadList(Upload, new FormCollection([]), null);

        Assert.Equal("Select a supporting document", OnlyError(result));
    }

    [Fact]
    public void ReadList_NoNewFile_KeepsTheFilesUploaded()
    {
        var result = Two.ReadList(Upload, new FormCollection([]), Listed("passport.pdf"));

        Assert.Empty(result.Errors);
        Assert.Single(result.Value!.AsArray());
    }

    [Fact]
    public void ReadList_FileOverItsSize_IsRefusedWithTheSingleFileMessage()
    {
        var result = Two.ReadList(Upload, FileAnswerTests.WithFile("big.pdf", [.. Pdf, .. new byte[2048]]), Listed("passport.pdf"));

        Assert.Equal("The selected file must be smaller than 1KB", OnlyError(result));
    }

    [Fact]
    public void Describe_SeveralFiles_NamesEachOnALine()
    {
        Assert.Equal("passport.pdf\nletter.pdf", Two.Describe(Listed("passport.pdf", "letter.pdf")));
    }

    [Fact]
    public void StaysOnPage_UploadOrRemove_ButNotContinue()
    {
        Assert.True(Two.StaysOnPage("upload", Fields((FileAnswer.UploadField("upload"), "yes"))));
        Assert.True(Two.StaysOnPage("upload", Fields((FileAnswer.RemoveField("upload"), "0"))));
        Assert.False(Two.StaysOnPage("upload", new FormCollection([])));
        Assert.False(new FileAnswer().StaysOnPage("upload", Fields((FileAnswer.UploadField("upload"), "yes"))));
    }

    [Fact]
    public async Task Render_WithFiles_ListsNameSizeAndARemoveButtonNamingTheFile()
    {
        var document = await RenderAsync(Two, Upload, new AnswerState { Value = Listed("passport.pdf") });

        var row = Assert.Single(document.QuerySelectorAll(".govuk-summary-list__row"));
        Assert.Equal("passport.pdf", row.QuerySelector(".govuk-summary-list__key")!.TextContent.Trim());
        Assert.Equal("2KB", row.QuerySelector(".govuk-summary-list__value")!.TextContent.Trim());
        var remove = row.QuerySelector("button[name=upload-remove]")!;
        Assert.Equal(("id-passport.pdf", "Remove passport.pdf"), (remove.GetAttribute("value"), remove.TextContent.Trim()));
        Assert.Equal("passport.pdf", remove.QuerySelector(".govuk-visually-hidden")!.TextContent.Trim());
        Assert.NotNull(document.QuerySelector("input[type=file]#upload"));
        Assert.NotNull(document.QuerySelector("button[name=upload-upload]"));
    }

    [Fact]
    public async Task Render_FirstButton_GoesOnRatherThanRemovingAFile()
    {
        var document = await RenderAsync(Two, Upload, new AnswerState { Value = Listed("passport.pdf", "letter.pdf") });

        var first = document.QuerySelector("button")!;
        Assert.Null(first.GetAttribute("name"));
        Assert.Equal(("-1", "true"), (first.GetAttribute("tabindex"), first.GetAttribute("aria-hidden")));
    }

    [Fact]
    public async Task Render_Full_HidesTheInputAndSaysWhy()
    {
        var document = await RenderAsync(Two, Upload, new AnswerState { Value = Listed("passport.pdf", "letter.pdf") }, "cy");

        Assert.Null(document.QuerySelector("input[type=file]"));
        Assert.Equal("What is your answer?", document.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Rydych wedi uwchlwytho 2 ffeil", document.QuerySelector("p.govuk-hint")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, document.QuerySelectorAll("button[name=upload-remove]").Length);
    }
}
