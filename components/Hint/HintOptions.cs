namespace GovDesign.Components;

/// <summary>The hint of a form field: the <c>hint</c> option of inputs, radios, checkboxes and others.</summary>
public sealed record HintOptions
{
    /// <summary>The hint as text.</summary>
    public string? Text { get; init; }

    /// <summary>The hint as trusted HTML.</summary>
    public string? Html { get; init; }

    /// <summary>The hint's id; fields set it from their own id when it is not given.</summary>
    public string? Id { get; init; }

    /// <summary>Extra CSS classes for the hint.</summary>
    public string? Classes { get; init; }

    /// <summary>Extra HTML attributes for the hint.</summary>
    public IReadOnlyDictionary<string, object>? Attributes { get; init; }

    /// <summary>Renders this hint with the given id.</summary>
    internal RenderFragment Render(string? id) => Hint.Markup(id, Classes, Attributes, Content.Of(Html, Text));
}
