namespace GovDesign.Components;

/// <summary>One section of an accordion.</summary>
public sealed record AccordionItem
{
    /// <summary>The section's heading, which is also the button that shows and hides it. Required.</summary>
    public TextOrHtml? Heading { get; init; }

    /// <summary>A summary line under the heading. As HTML it may only hold phrasing content, being inside the button.</summary>
    public TextOrHtml? Summary { get; init; }

    /// <summary>The content that shows when the section is open; text is wrapped in a paragraph. Required.</summary>
    public TextOrHtml? Content { get; init; }

    /// <summary>Whether the section is open when the page first loads.</summary>
    public bool Expanded { get; init; }
}
