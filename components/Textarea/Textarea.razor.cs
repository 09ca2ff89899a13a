namespace GovDesign.Components;

/// <summary>A multi-line text field with its label, hint and error message, for answers longer than a line.</summary>
public sealed partial class Textarea
{
    /// <summary>Whether the browser checks spelling; unset leaves it to the browser.</summary>
    [Parameter] public bool? Spellcheck { get; set; }

    /// <summary>How many lines of text the box shows; 5 by default.</summary>
    [Parameter] public int? Rows { get; set; }

    /// <summary>The current answer, shown in the box.</summary>
    [Parameter] public string? Value { get; set; }

    /// <summary>Whether the textarea is disabled.</summary>
    [Parameter] public bool Disabled { get; set; }

    /// <summary>Ids of other elements that describe the textarea; the hint and error message ids are added to them.</summary>
    [Parameter] public string? DescribedBy { get; set; }

    /// <summary>The <c>autocomplete</c> purpose of the textarea, such as <c>street-address</c>.</summary>
    [Parameter] public string? Autocomplete { get; set; }

    /// <summary>Razor content placed just before the box, instead of <c>FormGroup.BeforeInput</c>.</summary>
    [Parameter] public RenderFragment? BeforeInputContent { get; set; }

    /// <summary>Razor content placed just after the box, instead of <c>FormGroup.AfterInput</c>.</summary>
    [Parameter] public RenderFragment? AfterInputContent { get; set; }

    private string? DescribedByIds => Content.Ids(DescribedBy, HintId, ErrorId);

    private static RenderFragment? Extra(TextOrHtml? content) => content is null ? null : Content.Of(content.Html, content.Text);
}
