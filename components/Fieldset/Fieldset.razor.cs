namespace GovDesign.Components;

/// <summary>Groups related fields, such as the parts of an address, under a legend.</summary>
public sealed partial class Fieldset
{
    /// <summary>The legend: the question or caption for the whole group.</summary>
    [Parameter] public LegendOptions? Legend { get; set; }

    /// <summary>Ids of elements that describe the group, such as its hint and error message.</summary>
    [Parameter] public string? DescribedBy { get; set; }

    /// <summary>The fieldset's role attribute, such as <c>group</c>.</summary>
    [Parameter] public string? Role { get; set; }

    /// <summary>Extra CSS classes for the fieldset.</summary>
    [Parameter] public string? Classes { get; set; }

    /// <summary>The fields inside the fieldset, as trusted HTML.</summary>
    [Parameter] public string? Html { get; set; }

    /// <summary>Extra HTML attributes for the fieldset; unmatched Razor attributes land here too.</summary>
    [Parameter(CaptureUnmatchedValues = true)] public IReadOnlyDictionary<string, object>? Attributes { get; set; }

    /// <summary>The fields inside the fieldset, as Razor content.</summary>
    [Parameter] public RenderFragment? ChildContent { get; set; }
}
