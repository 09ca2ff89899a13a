using System.Text.Json.Nodes;
using GovDesign.Forms.Storage;

namespace GovDesign.Forms.Tests.Storage;

/// <summary>File ids, and finding them in answers: the same whichever store keeps the files.</summary>
public sealed class StoredFileTests
{
    [Fact]
    public void Create_GivesEachFileAnUnguessableId()
    {
        var ids = Enumerable.Range(0, 100).Select(_ => StoredFile.Create("form", "s1", "a.png", "image/png", []).Id).ToList();

        Assert.Equal(100, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^[0-9a-f]{32}$", id));
    }

    [Fact]
    public void IdsIn_FindsFileAnswersAnywhere_AndNothingElse()
    {
        var data = JsonNode.Parse("""
            {
              "answers": { "photo": { "name": "a.png", "size": 1, "contentType": "image/png", "fileId": "aaa" }, "fileId": "not a file", "text": "x" },
              "items": { "stalls": [ { "plan": { "name": "b.pdf", "size": 2, "contentType": "application/pdf", "fileId": "bbb" } }, { "note": "y" } ] }
            }
            """);

        Assert.Equal(["aaa", "bbb"], StoredFile.IdsIn(data).Order());
    }
}
