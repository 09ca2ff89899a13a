using System.Text.RegularExpressions;

namespace GovDesign.Cli.Audit;

/// <summary>WCAG success criteria from axe's tags: "wcag143" is 1.4.3.</summary>
internal static partial class Wcag
{
    private static readonly Dictionary<string, string> Names = new()
    {
        ["1.1.1"] = "Non-text Content", ["1.2.1"] = "Audio-only and Video-only (Prerecorded)", ["1.3.1"] = "Info and Relationships",
        ["1.3.2"] = "Meaningful Sequence", ["1.3.5"] = "Identify Input Purpose", ["1.4.1"] = "Use of Color", ["1.4.2"] = "Audio Control",
        ["1.4.3"] = "Contrast (Minimum)", ["1.4.4"] = "Resize Text", ["1.4.5"] = "Images of Text", ["1.4.8"] = "Visual Presentation",
        ["1.4.10"] = "Reflow", ["1.4.11"] = "Non-text Contrast", ["1.4.12"] = "Text Spacing", ["2.1.1"] = "Keyboard", ["2.1.2"] = "No Keyboard Trap",
        ["2.2.1"] = "Timing Adjustable", ["2.2.2"] = "Pause, Stop, Hide", ["2.4.1"] = "Bypass Blocks", ["2.4.2"] = "Page Titled",
        ["2.4.3"] = "Focus Order", ["2.4.4"] = "Link Purpose (In Context)", ["2.4.6"] = "Headings and Labels", ["2.4.7"] = "Focus Visible",
        ["2.5.3"] = "Label in Name", ["2.5.8"] = "Target Size (Minimum)", ["3.1.1"] = "Language of Page", ["3.1.2"] = "Language of Parts",
        ["3.1.4"] = "Abbreviations", ["3.1.5"] = "Reading Level",
        ["3.2.5"] = "Change on Request", ["3.3.1"] = "Error Identification", ["3.3.2"] = "Labels or Instructions", ["3.3.3"] = "Error Suggestion",
        ["4.1.2"] = "Name, Role, Value",
    };

    /// <summary>The success criteria an axe rule's tags name, e.g. ["1.4.3"].</summary>
    public static IReadOnlyList<string> FromTags(IEnumerable<string> tags) =>
        [.. tags.Select(t => Criterion().Match(t)).Where(m => m.Success).Select(m => $"{m.Groups[1].Value}.{m.Groups[2].Value}.{m.Groups[3].Value}").Distinct()];

    /// <summary>"1.4.3 Contrast (Minimum)", or the number alone for a criterion not in the short list.</summary>
    public static string Describe(string criterion) => Names.TryGetValue(criterion, out var name) ? $"{criterion} {name}" : criterion;

    /// <summary>A link to the W3C's explanation of the criterion's number.</summary>
    public static string QuickRefUrl(string criterion) => $"https://www.w3.org/WAI/WCAG22/quickref/#{Slug(criterion)}";

    private static string Slug(string criterion) =>
        Names.TryGetValue(criterion, out var name) ? NonWord().Replace(name.ToLowerInvariant(), "-").Trim('-') : criterion;

    // wcag + principle digit + guideline digit + criterion digits: wcag1410 is 1.4.10.
    [GeneratedRegex("^wcag(\\d)(\\d)(\\d{1,2})$")]
    private static partial Regex Criterion();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonWord();
}
