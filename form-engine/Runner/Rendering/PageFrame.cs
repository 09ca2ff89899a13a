using GovDesign.Components;
using GovDesign.Patterns;
using Microsoft.AspNetCore.Antiforgery;

namespace GovDesign.Forms.Runner.Rendering;

/// <summary>What every page the runner renders shares: its title, the form, back link, languages and errors.</summary>
/// <param name="Title">The page's heading, which also starts its title.</param>
public sealed record PageFrame(string Title)
{
    /// <summary>The form's title, shown as the service name; null on pages outside a form.</summary>
    public string? FormTitle { get; init; }

    /// <summary>The form's start page.</summary>
    public string? FormHref { get; init; }

    /// <summary>Where the back link goes; null for no back link.</summary>
    public string? BackHref { get; init; }

    /// <summary>The language switch, when the form has more than one language.</summary>
    public IReadOnlyList<LanguageNavigationItem>? Languages { get; init; }

    /// <summary>The errors the error summary lists.</summary>
    public IReadOnlyList<FieldError> Errors { get; init; } = [];

    /// <summary>The antiforgery token the page's forms carry.</summary>
    public AntiforgeryTokenSet? Antiforgery { get; init; }

    /// <summary>The theme.</summary>
    public Theme Theme { get; init; } = new();

    /// <summary>Where the components' assets are served.</summary>
    public string AssetPath { get; init; } = "/_content/GovDesign.Components";
}
