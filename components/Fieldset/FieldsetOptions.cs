namespace GovDesign.Components;

/// <summary>The <c>fieldset</c> option of radios, checkboxes and date inputs, which wrap their items in a fieldset.</summary>
public sealed record FieldsetOptions
{
    /// <summary>The legend of the group.</summary>
    public LegendOptions? Legend { get; init; }

    /// <summary>Ids of elements that describe the group; the field adds its hint and error message ids.</summary>
    public string? DescribedBy { get; init; }

    /// <summary>The fieldset's role attribute.</summary>
    public string? Role { get; init; }

    /// <summary>Extra CSS classes for the fieldset.</summary>
    public string? Classes { get; init; }

    /// <summary>Extra HTML attributes for the fieldset.</summary>
    public IReadOnlyDictionary<string, object>? Attributes { get; init; }

    /// <summary>Renders the fieldset around <paramref name="content"/>, described by <paramref name="describedBy"/>.</summary>
    internal RenderFragment Render(string? describedBy, RenderFragment content) => Fieldset.Markup(Legend, describedBy, Role, Classes, Attributes, content);
}

/// <summary>The legend of a fieldset.</summary>
public sealed record LegendOptions
{
    /// <summary>The legend as text.</summary>
    public string? Text { get; init; }

    /// <summary>The legend as trusted HTML.</summary>
    public string? Html { get; init; }

    /// <summary>Extra CSS classes for the legend, such as <c>govuk-fieldset__legend--l</c>.</summary>
    public string? Classes { get; init; }

    /// <summary>Whether the legend is also the page's heading: its content is then wrapped in an <c>h1</c>.</summary>
    public bool IsPageHeading { get; init; }
}
