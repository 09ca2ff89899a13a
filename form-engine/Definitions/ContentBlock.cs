namespace GovDesign.Forms.Definitions;

/// <summary>What a block of content on a page is shown as.</summary>
public enum ContentKind
{
    /// <summary>Paragraphs, lists, links and headings, as written.</summary>
    Text,

    /// <summary>A details component: a summary line the citizen opens to read more.</summary>
    Details,

    /// <summary>Inset text: a quotation, an example or an aside, set off by a border.</summary>
    Inset,

    /// <summary>Warning text: something the citizen must not miss, such as a legal consequence, after a warning icon.</summary>
    Warning,
}

/// <summary>A block of content on a page: Markdown shown as text, details, inset text or warning text.</summary>
/// <param name="Kind">How it is shown.</param>
/// <param name="Text">Its Markdown.</param>
public sealed record ContentBlock(ContentKind Kind, LocalText Text)
{
    /// <summary>The line that opens a <see cref="ContentKind.Details"/> block; null for the other kinds.</summary>
    public LocalText? Summary { get; init; }

    /// <summary>The name of the question on the page the block is shown above; null for under the heading, before every question.</summary>
    public string? BeforeQuestion { get; init; }
}
