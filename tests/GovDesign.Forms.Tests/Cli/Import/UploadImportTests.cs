using System.Text.Json.Nodes;
using GovDesign.Cli.Forms.Import;

namespace GovDesign.Forms.Tests.Cli.Import;

/// <summary>XGov's ClientSideFileUploadField (a drop area for several files) as a file question with maxFiles.</summary>
public sealed class UploadImportTests
{
    private static string Upload(string dropzone, string more = "") =>
        $$"""{ "type": "ClientSideFileUploadField", "name": "receipts", "title": "Upload your receipts", "options": { "dropzoneConfig": { {{dropzone}} }{{more}} }, "schema": {} }""";

    [Fact]
    public void Import_ClientSideFileUploadField_WritesMaxFilesSizeAndTypes()
    {
        var (definition, report) = XGov.Import(XGov.OnePage(Upload("""
            "maxFiles": 4, "maxFilesize": 3, "acceptedFiles": "application/pdf, image/png,.docx"
            """, """, "minimumRequiredFiles": 1""")));

        var question = Assert.Single(definition.Questions());
        Assert.Equal(("file", 4, 3), ((string?)question["type"], (int?)question["maxFiles"], (int?)question["maxSizeMb"]));
        Assert.Equal(
            ["application/pdf", "image/png", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
            ((JsonArray)question["accept"]!).Select(t => (string?)t));
        Assert.Null(question["optional"]);
        Assert.Contains("Up to 4 files", report.Entry(Outcome.Mapped, "/pages/0/components/0/options/dropzoneConfig/maxFiles").Note, StringComparison.Ordinal);
        report.Entry(Outcome.Mapped, "/pages/0/components/0");
        Assert.DoesNotContain(report.Entries, e => e.Outcome != Outcome.Mapped);
    }

    [Fact]
    public void Import_ClientSideFileUploadFieldWithNoMinimum_IsOptionalAsInXGov()
    {
        var (definition, report) = XGov.Import(XGov.OnePage(Upload("\"maxFiles\": 2", """, "minimumRequiredFiles": 0""")));

        Assert.True((bool?)Assert.Single(definition.Questions())["optional"]);
        Assert.Equal("files needed", report.Entry(Outcome.Mapped, "/pages/0/components/0/options/minimumRequiredFiles").Topic);
    }

    [Fact]
    public void Import_ClientSideFileUploadFieldTypesGovDesignCannotCheck_AreNamedInTheReport()
    {
        var (definition, report) = XGov.Import(XGov.OnePage(Upload("""
            "maxFiles": 3, "maxFilesize": 2.5, "acceptedFiles": "image/jpeg,text/csv"
            """, """, "minimumRequiredFiles": 2, "totalOverallFilesize": 10""")));

        var question = Assert.Single(definition.Questions());
        Assert.Equal(["image/jpeg"], ((JsonArray)question["accept"]!).Select(t => (string?)t));
        Assert.Equal(3, (int?)question["maxSizeMb"]);
        Assert.Contains("text/csv", report.Entry(Outcome.Approximated, "/pages/0/components/0/options/dropzoneConfig/acceptedFiles").Note, StringComparison.Ordinal);
        report.Entry(Outcome.Approximated, "/pages/0/components/0/options/dropzoneConfig/maxFilesize");
        Assert.Contains("at least 2 files", report.Entry(Outcome.Approximated, "/pages/0/components/0/options/minimumRequiredFiles").Note, StringComparison.Ordinal);
        report.Entry(Outcome.Approximated, "/pages/0/components/0/options/totalOverallFilesize");
    }

    [Fact]
    public void Import_ClientSideFileUploadFieldNoTypeCanBeChecked_KeepsTheDefaultTypes()
    {
        var (definition, report) = XGov.Import(XGov.OnePage(Upload("""
            "maxFiles": 2, "acceptedFiles": "text/plain"
            """, """, "minimumRequiredFiles": 1""")));

        Assert.Null(Assert.Single(definition.Questions())["accept"]);
        Assert.Contains("PDF, PNG and JPEG", report.Entry(Outcome.Approximated, "/pages/0/components/0/options/dropzoneConfig/acceptedFiles").Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_ClientSideFileUploadFieldOnAnAddAnotherPage_TakesOneFileAnItem()
    {
        var row = $$"""{ "type": "MultiInputField", "name": "claims", "title": "Claims", "options": {}, "schema": {}, "children": [{ "type": "TextField", "name": "what", "title": "What you bought", "options": {}, "schema": {} }, {{Upload("\"maxFiles\": 3", """, "minimumRequiredFiles": 1""")}}] }""";

        var (definition, report) = XGov.Import(XGov.OnePage(row));

        var file = Assert.Single(definition.Questions(), q => (string?)q["type"] == "file");
        Assert.Null(file["maxFiles"]);
        Assert.Contains("add-another", report.Entry(Outcome.Approximated, "/pages/0/components/0/children/1/options/dropzoneConfig/maxFiles").Note, StringComparison.Ordinal);
    }

    [Fact]
    public void ToMarkdown_ClientSideFileUploadField_SaysHowManyFilesItTakes()
    {
        var (_, report) = XGov.Import(XGov.OnePage(Upload("\"maxFiles\": 5", """, "minimumRequiredFiles": 1""")));

        var markdown = report.ToMarkdown("claims.json", "claims.json", []);

        Assert.Contains("| `/pages/0/components/0/options/dropzoneConfig/maxFiles` | number of files | Up to 5 files (\"maxFiles\")", markdown, StringComparison.Ordinal);
    }
}
