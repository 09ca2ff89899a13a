namespace GovDesign.Components;

/// <summary>A multi-line text field with its label, hint and error message, for answers longer than a line.</summary>
public sealed partial class Textarea
{
    /// <summary>The textarea's id; <see cref="Name"/> when not given. The hint and error message ids derive from it.</summary>
    [Parameter] public string? Id { get; set; }

    /// <summary>The name the answer is sent under when the form is submitted.</summary>
    [Parameter] public string? Name { get; set; }

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

    /// <summary>The label: the question the textarea answers.</summary>
    [Parameter] public LabelOptions? Label { get; set; }

    /// <summary>A hint shown under the label.</summary>
    [Parameter] public HintOptions? Hint { get; set; }

    /// <summary>The error message; when given, the textarea and its form group are shown in error.</summary>
    [Parameter] public ErrorMessageOptions? ErrorMessage { get; set; }

    /// <summary>The form group around the field, and content placed just before or after the box.</summary>
    [Parameter] public FormGroupOptions? FormGroup { get; set; }

    /// <summary>Extra CSS classes for the textarea.</summary>
    [Parameter] public string? Classes { get; set; }

    /// <summary>The <c>autocomplete</c> purpose of the textarea, such as <c>street-address</c>.</summary>
    [Parameter] public string? Autocomplete { get; set; }

    /// <summary>Extra HTML attributes for the textarea; unmatched Razor attributes land here too.</summary>
    [Parameter(CaptureUnmatchedValues = true)] public IReadOnlyDictionary<string, object>? Attributes { get; set; }

    /// <summary>Razor content placed just before the box, instead of <c>FormGroup.BeforeInput</c>.</summary>
    [Parameter] public RenderFragment? BeforeInputContent { get; set; }

    /// <summary>Razor content placed just after the box, instead of <c>FormGroup.AfterInput</c>.</summary>
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

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        if (string.IsNullOrEmpty(FieldId))
        {
            throw new OptionsException(nameof(Textarea), "name", "is required (or give an id)");
        }
    }

    private static RenderFragment? Extra(TextOrHtml? content) => content is null ? null : Content.Of(content.Html, content.Text);
}
