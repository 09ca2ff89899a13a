using GovDesign.Patterns;

namespace GovDesign.Forms.Runner.Rendering;

/// <summary>What every page the runner renders shares: its title, the service layout, back link, errors and antiforgery token.</summary>
/// <param name="Title">The page's heading, which also starts its title.</param>
public sealed record PageFrame(string Title)
{
    /// <summary>The service's header, footer, theme and language switch.</summary>
    public ServiceLayout Layout { get; init; } = new() { Languages = ["en"] };

    /// <summary>Where the back link goes; null for no back link.</summary>
    public string? BackHref { get; init; }

    /// <summary>The errors the error summary lists.</summary>
    public IReadOnlyList<FieldError> Errors { get; init; } = [];

    /// <summary>How to get help with the form, in the page's language, for the confirmation and error pages; null outside a form.</summary>
    public HelpContact? Contact { get; init; }

    /// <summary>The antiforgery token the page's forms carry.</summary>
    public FormToken? Token { get; init; }
}
