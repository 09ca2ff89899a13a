namespace GovDesign.Components;

/// <summary>A single-line text field with its label, hint and error message, and an optional prefix or suffix.</summary>
public sealed partial class Input
{
    /// <summary>The input's id; <see cref="Name"/> when not given. The hint and error message ids derive from it.</summary>
    [Parameter] public string? Id { get; set; }

    /// <summary>The name the answer is sent under when the form is submitted.</summary>
    [Parameter] public string? Name { get; set; }

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

    /// <summary>The label: the question the input answers.</summary>
    [Parameter] public LabelOptions? Label { get; set; }

    /// <summary>A hint shown under the label.</summary>
    [Parameter] public HintOptions? Hint { get; set; }

    /// <summary>The error message; when given, the input and its form group are shown in error.</summary>
    [Parameter] public ErrorMessageOptions? ErrorMessage { get; set; }

    /// <summary>Content shown before the box, such as a currency symbol.</summary>
    [Parameter] public InputAffix? Prefix { get; set; }

    /// <summary>Content shown after the box, such as a unit.</summary>
    [Parameter] public InputAffix? Suffix { get; set; }

    /// <summary>The form group around the field, and content placed just before or after the box.</summary>
    [Parameter] public FormGroupOptions? FormGroup { get; set; }

    /// <summary>Extra CSS classes for the input, such as <c>govuk-input--width-10</c>.</summary>
    [Parameter] public string? Classes { get; set; }

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

    /// <summary>Extra HTML attributes for the input; unmatched Razor attributes land here too.</summary>
    [Parameter(CaptureUnmatchedValues = true)] public IReadOnlyDictionary<string, object>? Attributes { get; set; }

    /// <summary>Razor content placed just before the box, inside its wrapper, instead of <c>FormGroup.BeforeInput</c>.</summary>
    [Parameter] public RenderFragment? BeforeInputContent { get; set; }

    /// <summary>Razor content placed just after the box, inside its wrapper, instead of <c>FormGroup.AfterInput</c>.</summary>
    [Parameter] public RenderFragment? AfterInputContent { get; set; }

    private string? FieldId => string.IsNullOrEmpty(Id) ? Name : Id;

    private string HintId => $"{FieldId}-hint";

    private string ErrorId => $"{FieldId}-error";

    private string? DescribedByIds => Content.Ids(DescribedBy, Hint is null ? null : HintId, ErrorMessage is null ? null : ErrorId);

    private string? SpellcheckValue => Spellcheck switch
    {
        true => "true",
        false => "false",
        null => null,
    };

    private bool HasWrapper => HasContent(Prefix) || HasContent(Suffix)
        || BeforeInputContent is not null || HasContent(FormGroup?.BeforeInput)
        || AfterInputContent is not null || HasContent(FormGroup?.AfterInput);

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        if (string.IsNullOrEmpty(FieldId))
        {
            throw new OptionsException(nameof(Input), "name", "is required (or give an id)");
        }
    }

    private static bool HasContent(InputAffix? affix) => affix is not null && Content.Has(affix.Html, affix.Text);

    private static bool HasContent(TextOrHtml? content) => content is not null && Content.Has(content.Html, content.Text);

    private static RenderFragment? Extra(TextOrHtml? content) => HasContent(content) ? Content.Of(content!.Html, content.Text) : null;
}
