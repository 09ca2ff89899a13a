using System.IO.Compression;
using System.Text;

namespace GovDesign.Patterns.Answers;

/// <summary>Recognises a file's kind from its first bytes (and, for zip-based documents, the entries inside), never its name.</summary>
internal static class FileSniffer
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>The media type saved for each kind.</summary>
    public static string ContentType(FileKind kind) => kind switch
    {
        FileKind.Pdf => "application/pdf",
        FileKind.Png => "image/png",
        FileKind.Jpeg => "image/jpeg",
        FileKind.Gif => "image/gif",
        FileKind.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _ => "application/vnd.oasis.opendocument.text",
    };

    /// <summary>The extension people know each kind by, for the <c>accept</c> attribute and messages.</summary>
    public static string Extension(FileKind kind) => kind switch
    {
        FileKind.Jpeg => ".jpg",
        _ => "." + kind.ToString().ToLowerInvariant(),
    };

    /// <summary>The kind of file the content is, or null when it is none we know.</summary>
    public static FileKind? Detect(Stream content)
    {
        var head = new byte[16];
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var start = head.AsSpan(0, read);
        if (start.StartsWith("%PDF-"u8))
        {
            return FileKind.Pdf;
        }

        if (start.StartsWith(Png))
        {
            return FileKind.Png;
        }

        if (start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return FileKind.Jpeg;
        }

        if (start.StartsWith("GIF87a"u8) || start.StartsWith("GIF89a"u8))
        {
            return FileKind.Gif;
        }

        return start.StartsWith(Zip) && content.CanSeek ? ZipDocument(content) : null;
    }

    /// <summary>A Word document holds <c>word/document.xml</c>; an OpenDocument text names its type in <c>mimetype</c>.</summary>
    private static FileKind? ZipDocument(Stream content)
    {
        try
        {
            content.Position = 0;
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.GetEntry("word/document.xml") is not null && zip.GetEntry("[Content_Types].xml") is not null)
            {
                return FileKind.Docx;
            }

            if (zip.GetEntry("mimetype") is { Length: < 200 } mimetype)
            {
                using var reader = new StreamReader(mimetype.Open(), Encoding.ASCII);
                return reader.ReadToEnd().Trim() == "application/vnd.oasis.opendocument.text" ? FileKind.Odt : null;
            }

            return null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
