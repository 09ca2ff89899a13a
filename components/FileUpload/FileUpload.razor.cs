namespace GovDesign.Components;

/// <summary>
/// Lets people choose a file, or several, to upload. With <see cref="Javascript"/>, govuk-frontend
/// enhances it with a drop zone and a clearer button.
/// </summary>
public sealed partial class FileUpload
{
    /// <summary>
    /// Accepted and deliberately not rendered. Browsers never let a page set which file a file input
    /// holds (it would let a page upload any file from the device), so a <c>value</c> attribute would
    /// be ignored; govuk-frontend's macro leaves it out too. To show an earlier upload, say so in the hint.
    /// </summary>
    [Parameter] public string? Value { get; set; }

    /// <summary>Whether the input is disabled.</summary>
    [Parameter] public bool Disabled { get; set; }

    /// <summary>Whether more than one file can be chosen.</summary>
    [Parameter] public bool Multiple { get; set; }

    /// <summary>Ids of other elements that describe the input; the hint and error message ids are added.</summary>
    [Parameter] public string? DescribedBy { get; set; }

    /// <summary>Whether govuk-frontend's JavaScript enhances the input; the texts below apply only then.</summary>
    [Parameter] public bool Javascript { get; set; }

    /// <summary>The enhanced button's text; "Choose file" in the current language by default.</summary>
    [Parameter] public string? ChooseFilesButtonText { get; set; }

    /// <summary>The text after the button that invites dropping a file; "or drop file" in the current language by default.</summary>
    [Parameter] public string? DropInstructionText { get; set; }

    /// <summary>
    /// The text shown when several files are chosen, by plural rule (<c>one</c>, <c>other</c> ...),
    /// with <c>%{count}</c> for the number; localised by default.
    /// </summary>
    [Parameter] public IReadOnlyDictionary<string, string>? MultipleFilesChosenText { get; set; }

    /// <summary>The text shown before a file is chosen; "No file chosen" in the current language by default.</summary>
    [Parameter] public string? NoFileChosenText { get; set; }

    /// <summary>What screen readers announce when a file is dragged over the drop zone; localised by default.</summary>
    [Parameter] public string? EnteredDropZoneText { get; set; }

    /// <summary>What screen readers announce when a file is dragged out of the drop zone; localised by default.</summary>
    [Parameter] public string? LeftDropZoneText { get; set; }

    /// <summary>Extra CSS classes for the element that the JavaScript enhances.</summary>
    [Parameter] public string? WrapperClasses { get; set; }

    /// <summary>Extra HTML attributes for the element that the JavaScript enhances.</summary>
    [Parameter] public IReadOnlyDictionary<string, object>? WrapperAttributes { get; set; }

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        if (string.IsNullOrEmpty(Name))
        {
            throw new OptionsException(nameof(FileUpload), "name", "is required: it is sent with the form, and is the input's id when no id is given");
        }

        base.OnParametersSet();
    }
}
