namespace GovDesign.Components;

/// <summary>A short link that expands to show more information, for content only some people need.</summary>
public sealed partial class Details
{
    /// <summary>The summary: the visible link text that opens the details. Ignored when <see cref="SummaryHtml"/> is set.</summary>
    [Parameter] public string? SummaryText { get; set; }

    /// <summary>The summary as trusted HTML.</summary>
    [Parameter] public string? SummaryHtml { get; set; }

    /// <summary>The content shown when the details are open, as text.</summary>
    [Parameter] public string? Text { get; set; }

    /// <summary>The content shown when the details are open, as trusted HTML.</summary>
    [Parameter] public string? Html { get; set; }

    /// <summary>The id of the <c>details</c> element.</summary>
    [Parameter] public string? Id { get; set; }

    /// <summary>Whether the details start open.</summary>
    [Parameter] public bool Open { get; set; }

    /// <summary>Extra CSS classes for the <c>details</c> element.</summary>
    [Parameter] public string? Classes { get; set; }

    /// <summary>Extra HTML attributes for the <c>details</c> element; unmatched Razor attributes land here too.</summary>
    [Parameter(CaptureUnmatchedValues = true)] public IReadOnlyDictionary<string, object>? Attributes { get; set; }

    /// <summary>The content shown when the details are open, as Razor content.</summary>
    [Parameter] public RenderFragment? ChildContent { get; set; }

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        if (!Content.Has(SummaryHtml, SummaryText))
        {
            throw new OptionsException(nameof(Details), "summaryText", "is required, or give 'summaryHtml'");
        }

        if (ChildContent is null && !Content.Has(Html, Text))
        {
            throw new OptionsException(nameof(Details), "text", "is required, or give 'html'");
        }
    }
}
