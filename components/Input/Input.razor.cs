namespace GovDesign.Components;

/// <summary>A single-line text field with its label, hint and error message, and an optional prefix or suffix.</summary>
public sealed partial class Input
{
    /// <summary>The input type; <c>text</c> by default.</summary>
    [Parameter] public string? Type { get; set; }

    /// <summary>Which on-screen keyboard to offer, such as <c>numeric</c> or <c>decimal</c>.</summary>
    [Parameter] public string? Inputmode { get; set; }

    /// <summary>The current answer, shown in the box.</summary>
    [Parameter] public string? Value { get; set; }

    /// <summary>Whether the input is disabled.</summary>
    [Parameter] public bool Disabled { get; set; }

    /// <summary>Ids of other elements that describe the input; the hint and error message ids are added to them.</summary>
    [Parameter] public string? DescribedBy { get; set; }

    /// <summary>Content shown before the box, such as a currency symbol.</summary>
    [Parameter] public InputAffix? Prefix { get; set; }

    /// <summary>Content shown after the box, such as a unit.</summary>
    [Parameter] public InputAffix? Suffix { get; set; }

    /// <summary>The <c>autocomplete</c> purpose of the input, such as <c>postal-code</c>.</summary>
    [Parameter] public string? Autocomplete { get; set; }

    /// <summary>A regular expression that the answer must match.</summary>
    [Parameter] public string? Pattern { get; set; }

    /// <summary>Whether the browser checks spelling; unset leaves it to the browser.</summary>
    [Parameter] public bool? Spellcheck { get; set; }

    /// <summary>How the browser capitalises what is typed, such as <c>none</c>.</summary>
    [Parameter] public string? Autocapitalize { get; set; }

    /// <summary>The wrapper that holds the box with its prefix, suffix or extra content.</summary>
    [Parameter] public InputWrapperOptions? InputWrapper { get; set; }

    /// <summary>Razor content placed just before the box, inside its wrapper, instead of <c>FormGroup.BeforeInput</c>.</summary>
    [Parameter] public RenderFragment? BeforeInputContent { get; set; }

    /// <summary>Razor content placed just after the box, inside its wrapper, instead of <c>FormGroup.AfterInput</c>.</summary>
    [Parameter] public RenderFragment? AfterInputContent { get; set; }

    private string? DescribedByIds => Content.Ids(DescribedBy, HintId, ErrorId);

    private bool HasWrapper => HasContent(Prefix) || HasContent(Suffix)
        || BeforeInputContent is not null || HasContent(FormGroup?.BeforeInput)
        || AfterInputContent is not null || HasContent(FormGroup?.AfterInput);

    private static bool HasContent(InputAffix? affix) => affix is not null && Content.Has(affix.Html, affix.Text);

    private static bool HasContent(TextOrHtml? content) => content is not null && Content.Has(content.Html, content.Text);

    private static RenderFragment? Extra(TextOrHtml? content) => HasContent(content) ? Content.Of(content!.Html, content.Text) : null;
}
