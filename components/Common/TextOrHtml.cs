namespace GovDesign.Components;

/// <summary>A piece of content given as text (encoded) or HTML (trusted markup).</summary>
public sealed record TextOrHtml
{
    /// <summary>Text, always encoded. Ignored when <see cref="Html"/> is set.</summary>
    public string? Text { get; init; }

    /// <summary>Trusted HTML from the service team; never a citizen's input.</summary>
    public string? Html { get; init; }
}
