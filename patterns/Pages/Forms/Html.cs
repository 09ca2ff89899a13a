using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace GovDesign.Patterns;

/// <summary>Encoding for the few places a pattern builds markup from text.</summary>
internal static class Html
{
    /// <summary>Encodes markup characters, leaving letters of every script as themselves.</summary>
    public static HtmlEncoder Encoder { get; } = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The text encoded for HTML.</summary>
    public static string Encode(string? text) => Encoder.Encode(text ?? "");
}
