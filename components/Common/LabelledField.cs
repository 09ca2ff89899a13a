namespace GovDesign.Components;

/// <summary>
/// A form field whose label asks the question of a single control: an input, password input,
/// textarea, character count, select or file upload. The ids of its hint and error message derive
/// from the control's id.
/// </summary>
public abstract class LabelledField : FormField
{
    /// <summary>Only the library's own fields inherit these options.</summary>
    private protected LabelledField()
    {
    }

    /// <summary>
    /// The id of the field's input, textarea or select; <see cref="Name"/> when not given. The ids of
    /// its hint and error message (and of a character count's message) derive from it.
    /// </summary>
    [Parameter] public string? Id { get; set; }

    /// <summary>
    /// The name the answer is sent under when the form is submitted. Required by a select and a file
    /// upload; the other fields accept an <see cref="Id"/> instead.
    /// </summary>
    [Parameter] public string? Name { get; set; }

    /// <summary>The label: the question the field answers.</summary>
    [Parameter] public LabelOptions? Label { get; set; }

    /// <summary>The control's id: <see cref="Id"/>, or <see cref="Name"/> when no id is given.</summary>
    private protected string? FieldId => string.IsNullOrEmpty(Id) ? Name : Id;

    /// <summary>The hint's id, when there is a hint.</summary>
    private protected string? HintId => Hint is null ? null : FieldId + "-hint";

    /// <summary>The error message's id, when there is one.</summary>
    private protected string? ErrorId => ErrorMessage is null ? null : FieldId + "-error";

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        if (string.IsNullOrEmpty(FieldId))
        {
            throw new OptionsException(GetType().Name, "name", "is required (or give an id)");
        }
    }
}
