namespace GovDesign.Components;

/// <summary>
/// Shown at the top of a page whose form has errors: lists each error, linked to its field. With
/// JavaScript it takes the focus when the page loads.
/// </summary>
public sealed partial class ErrorSummary
{
    /// <summary>The heading as text; "There is a problem" in the current language by default.</summary>
    [Parameter] public string? TitleText { get; set; }

    /// <summary>The heading as trusted HTML, instead of <see cref="TitleText"/>.</summary>
    [Parameter] public string? TitleHtml { get; set; }

    /// <summary>Text under the heading, before the list. Ignored when <see cref="DescriptionHtml"/> or child content is given.</summary>
    [Parameter] public string? DescriptionText { get; set; }

    /// <summary>Trusted HTML under the heading, before the list.</summary>
    [Parameter] public string? DescriptionHtml { get; set; }

    /// <summary>The description as Razor content (the macro's <c>caller</c>), instead of the text or HTML.</summary>
    [Parameter] public RenderFragment? ChildContent { get; set; }

    /// <summary>The errors, in the order of the fields on the page.</summary>
    [Parameter] public IReadOnlyList<ErrorSummaryItem>? ErrorList { get; set; }

    /// <summary>Whether to stop the JavaScript moving the focus to the summary when the page loads. Unset leaves its default (it moves).</summary>
    [Parameter] public bool? DisableAutoFocus { get; set; }

    /// <summary>Extra CSS classes for the summary.</summary>
    [Parameter] public string? Classes { get; set; }

    /// <summary>Extra HTML attributes for the summary; unmatched Razor attributes land here too.</summary>
    [Parameter(CaptureUnmatchedValues = true)] public IReadOnlyDictionary<string, object>? Attributes { get; set; }

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        for (var i = 0; i < (ErrorList?.Count ?? 0); i++)
        {
            if (!Content.Has(ErrorList![i].Html, ErrorList[i].Text))
            {
                throw new OptionsException(nameof(ErrorSummary), $"errorList[{i}]", "has no text or html: every error in the summary needs a message");
            }
        }
    }
}
