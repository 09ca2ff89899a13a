using System.Text.Json.Serialization;

namespace GovDesign.Patterns.Answers;

/// <summary>A kind of file, recognised by its content (its first bytes), not by its name.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FileKind>))]
public enum FileKind
{
    /// <summary>A PDF document.</summary>
    [JsonStringEnumMemberName("pdf")] Pdf,

    /// <summary>A PNG image.</summary>
    [JsonStringEnumMemberName("png")] Png,

    /// <summary>A JPEG image.</summary>
    [JsonStringEnumMemberName("jpeg")] Jpeg,

    /// <summary>A GIF image.</summary>
    [JsonStringEnumMemberName("gif")] Gif,

    /// <summary>A Word document (.docx).</summary>
    [JsonStringEnumMemberName("docx")] Docx,

    /// <summary>An OpenDocument text document (.odt).</summary>
    [JsonStringEnumMemberName("odt")] Odt,
}

/// <summary>
/// One uploaded file. Its type is checked by its content, so a renamed file is refused; its size
/// is limited. Saved as <c>{"name", "size", "contentType"}</c>; the file itself is in
/// <see cref="AnswerResult.Files"/>.
/// </summary>
public sealed partial record FileAnswer : AnswerType
{
    /// <summary>The kinds of file accepted; PDF, PNG and JPEG by default.</summary>
    public IReadOnlyList<FileKind> AllowedKinds { get; init; } = [FileKind.Pdf, FileKind.Png, FileKind.Jpeg];

    /// <summary>
    /// The size limit when none is given: 2 MB, as the form schema documents for <c>maxSizeMb</c>, so a
    /// file question in code and in a form definition refuse the same files.
    /// </summary>
    public const long DefaultMaxBytes = 2 * 1024 * 1024;

    /// <summary>The largest file accepted, in bytes; <see cref="DefaultMaxBytes"/> (2 MB) by default.</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>
    /// How many files the question takes, one upload at a time; 1 by default. With more than 1 the answer is
    /// a list of files (<c>[{"name", "size", "contentType"}, ...]</c>), the page lists those uploaded so far
    /// with a Remove button each, and the input adds another while there is room (see <see cref="ReadList"/>).
    /// </summary>
    public int MaxFiles { get; init; } = 1;

    /// <summary>The media type of a kind of file, such as <c>application/pdf</c>; it is what <see cref="KindFor"/> reads.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The media type.</returns>
    public static string ContentTypeOf(FileKind kind) => FileSniffer.ContentType(kind);

    /// <summary>
    /// The kind of file a media type names, such as <see cref="FileKind.Pdf"/> for
    /// <c>application/pdf</c>, or null for a type whose content cannot be checked.
    /// </summary>
    /// <param name="contentType">The media type, like <c>image/png</c>; case is ignored.</param>
    /// <returns>The kind, or null.</returns>
    public static FileKind? KindFor(string contentType) =>
        Enum.GetValues<FileKind>().Cast<FileKind?>().FirstOrDefault(kind => string.Equals(ContentTypeOf(kind!.Value), contentType, StringComparison.OrdinalIgnoreCase));
}
