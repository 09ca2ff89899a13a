using System.Text.Json;

namespace GovDesign.Frontend;

/// <summary>One case of a govuk-frontend component's <c>fixtures.json</c>: macro options and the exact HTML they render.</summary>
/// <param name="Component">The component's folder name in govuk-frontend, for example <c>back-link</c>.</param>
/// <param name="Name">The fixture's name, for example <c>with custom text</c>.</param>
/// <param name="Hidden">Whether govuk-frontend hides the fixture from its review app (a test-only case).</param>
/// <param name="Description">What the fixture shows, when govuk-frontend says.</param>
/// <param name="Options">The macro options.</param>
/// <param name="Html">The HTML that the macro renders for these options.</param>
/// <param name="PageTemplateOptions">Options for the page that shows the example, such as body classes.</param>
public sealed record Fixture(string Component, string Name, bool Hidden, string Description, JsonElement Options, string Html, JsonElement PageTemplateOptions)
{
    /// <summary>The test-case name: <c>component: fixture name</c>.</summary>
    public override string ToString() => $"{Component}: {Name}";

    /// <summary>A URL-safe slug of the fixture name, unique within its component.</summary>
    public string Slug => Slugs.Of(Name);
}
