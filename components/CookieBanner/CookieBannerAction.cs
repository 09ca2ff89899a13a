namespace GovDesign.Components;

/// <summary>
/// A button or link of a cookie banner message: a button unless it has an <see cref="ButtonOrLink.Href"/>,
/// and a link styled as a button when it has both an <see cref="ButtonOrLink.Href"/> and the
/// <see cref="ButtonOrLink.Type"/> <c>button</c>.
/// </summary>
public sealed record CookieBannerAction : ButtonOrLink
{
    /// <summary>The name the button submits. Ignored for links.</summary>
    public string? Name { get; init; }

    /// <summary>The value the button submits. Ignored for links.</summary>
    public string? Value { get; init; }

    /// <summary>Renders the action as a button or a link.</summary>
    internal RenderFragment Render() => RenderWith(Classes, "govuk-link", Name, Value);
}
