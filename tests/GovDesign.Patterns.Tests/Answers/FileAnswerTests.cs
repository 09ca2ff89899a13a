using System.IO.Compression;
using System.Text;
using GovDesign.Patterns.Answers;
using Microsoft.AspNetCore.Http;
using static GovDesign.Patterns.Tests.Answers.AnswerTesting;

namespace GovDesign.Patterns.Tests.Answers;

public sealed class FileAnswerTests
{
    private static AnswerQuestion Upload => Question("upload", "a file");

    /// <summary>A posted form with one file under "upload".</summary>
    internal static FormCollection WithFile(string fileName, byte[] content)
    {
        var file = new FormFile(new MemoryStream(content), 0, content.Length, "upload", fileName) { Headers = new HeaderDictionary(), ContentType = "application/octet-stream" };
        return new FormCollection([], new FormFileCollection { file });
    }

    public static TheoryData<string, byte[], FileKind> Recognised() => new()
    {
        { "doc.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ\n1 0 obj"), FileKind.Pdf },
        { "image.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], FileKind.Png },
        { "photo.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46], FileKind.Jpeg },
        { "anim.gif", Encoding.ASCII.GetBytes("GIF89a\u0001\u0000"), FileKind.Gif },
        { "letter.docx", Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>")), FileKind.Docx },
        { "letter.odt", Zip(("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<office/>")), FileKind.Odt },
        { "renamed.txt", Encoding.ASCII.GetBytes("%PDF-1.4"), FileKind.Pdf },
    };

    [Theory]
    [MemberData(nameof(Recognised))]
    public void Read_KnownContent_IsRecognisedWhateverItsName(string name, byte[] content, FileKind kind)
    {
        var answer = new FileAnswer { AllowedKinds = [kind] };

        var result = answer.Read(Upload, WithFile(name, content));

        Assert.Empty(result.Errors);
        Assert.Equal(name, result.Value!["name"]!.GetValue<string>());
        Assert.Single(result.Files);
    }

    public static TheoryData<string, byte[], string> Refused() => new()
    {
        { "fake.pdf", Encoding.ASCII.GetBytes("<html><script>alert(1)</script>"), "The selected file must be a PDF, PNG or JPG" },
        { "virus.pdf", [0x4D, 0x5A, 0x90, 0x00], "The selected file must be a PDF, PNG or JPG" },
        { "plain.zip", Zip(("readme.txt", "hello")), "The selected file must be a PDF, PNG or JPG" },
        { "anim.gif", Encoding.ASCII.GetBytes("GIF89a"), "The selected file must be a PDF, PNG or JPG" },
        { "empty.pdf", [], "The selected file is empty" },
        { "big.pdf", [.. Encoding.ASCII.GetBytes("%PDF-1.7"), .. new byte[2048]], "The selected file must be smaller than 1KB" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Read_WrongContentOrSize_SaysWhy(string name, byte[] content, string message)
    {
        var answer = new FileAnswer { MaxBytes = 1024 };

        var result = answer.Read(Upload, WithFile(name, content));

        Assert.Equal(new FieldError("upload", message), Assert.Single(result.Errors));
        Assert.Empty(result.Files);
    }

    [Fact]
    public void Read_NoFile_AsksForOne()
    {
        var result = new FileAnswer().Read(Upload, new FormCollection([]));

        Assert.Equal("Select a file", OnlyError(result));
    }

    [Fact]
    public void Read_PathInTheName_KeepsOnlyTheFileName()
    {
        var result = new FileAnswer().Read(Upload, WithFile("C:\\Users\\me\\..\\scan.pdf", Encoding.ASCII.GetBytes("%PDF-1.7")));

        Assert.Equal("scan.pdf", result.Value!["name"]!.GetValue<string>());
        Assert.Equal("application/pdf", result.Value!["contentType"]!.GetValue<string>());
    }

    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (entryName, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(entryName, CompressionLevel.NoCompression).Open());
                writer.Write(content);
            }
        }

        return memory.ToArray();
    }

    [Theory]
    [InlineData("application/pdf", FileKind.Pdf)]
    [InlineData("IMAGE/PNG", FileKind.Png)]
    [InlineData("application/vnd.openxmlformats-officedocument.wordprocessingml.document", FileKind.Docx)]
    [InlineData("video/mp4", null)]
    [InlineData("image/jpg", null)]
    public void KindFor_ContentType_IsTheKindItNames(string contentType, FileKind? expected)
    {
        Assert.Equal(expected, FileAnswer.KindFor(contentType));
    }
}
