namespace GovDesign.Components;

/// <summary>The <c>actions</c> option of an interruption panel: its buttons and links, and their wrapper.</summary>
public sealed record PanelActions
{
    /// <summary>The buttons and links, in order.</summary>
    public IReadOnlyList<PanelAction>? Items { get; init; }

    /// <summary>Extra CSS classes for the <c>govuk-panel__actions</c> wrapper.</summary>
    public string? Classes { get; init; }

    /// <summary>Extra HTML attributes for the <c>govuk-panel__actions</c> wrapper.</summary>
    public IReadOnlyDictionary<string, object>? Attributes { get; init; }
}

/// <summary>
/// One action of an interruption panel: an inverse button, or an inverse link when it has an
/// <see cref="ButtonOrLink.Href"/> (a link styled as a button when <see cref="ButtonOrLink.Type"/> is also <c>button</c>).
/// </summary>
public sealed record PanelAction : ButtonOrLink
{
    /// <summary>Renders the action as an inverse button or link.</summary>
    internal RenderFragment Render() => RenderWith(Content.Classes("govuk-button--inverse", Classes), "govuk-link govuk-link--inverse");
}
