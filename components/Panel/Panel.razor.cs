namespace GovDesign.Components;

/// <summary>
/// A panel with a large title: the confirmation at the end of a transaction, or, with the class
/// <c>govuk-panel--interruption</c>, an interruption that asks someone to check something before going on.
/// </summary>
public sealed partial class Panel
{
    private int _headingLevel;

    /// <summary>The title as text. Ignored when <see cref="TitleHtml"/> is set.</summary>
    [Parameter] public string? TitleText { get; set; }

    /// <summary>The title as trusted HTML.</summary>
    [Parameter] public string? TitleHtml { get; set; }

    /// <summary>The level of the title's heading, from 1 (the default) to 6.</summary>
    [Parameter] public int? HeadingLevel { get; set; }

    /// <summary>The body of the panel as text. Ignored when <see cref="Html"/> or child content is given.</summary>
    [Parameter] public string? Text { get; set; }

    /// <summary>The body of the panel as trusted HTML.</summary>
    [Parameter] public string? Html { get; set; }

    /// <summary>Extra CSS classes; <c>govuk-panel--interruption</c> makes an interruption panel.</summary>
    [Parameter] public string? Classes { get; set; }

    /// <summary>Extra HTML attributes for the panel; unmatched Razor attributes land here too.</summary>
    [Parameter(CaptureUnmatchedValues = true)] public IReadOnlyDictionary<string, object>? Attributes { get; set; }

    /// <summary>The buttons and links at the end of an interruption panel. Ignored for confirmation panels.</summary>
    [Parameter] public PanelActions? Actions { get; set; }

    /// <summary>The body of the panel as Razor content.</summary>
    [Parameter] public RenderFragment? ChildContent { get; set; }

    private bool IsInterruption => Classes?.Contains("govuk-panel--interruption", StringComparison.Ordinal) == true;

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        if (!Content.Has(TitleHtml, TitleText))
        {
            throw new OptionsException(nameof(Panel), "titleText", "is required, or give 'titleHtml'");
        }

        var items = Actions?.Items ?? [];
        for (var i = 0; i < items.Count; i++)
        {
            if (string.IsNullOrEmpty(items[i].Text))
            {
                throw new OptionsException(nameof(Panel), $"actions.items[{i}].text", "is required");
            }
        }

        _headingLevel = Heading.Level(HeadingLevel, 1, nameof(Panel), "headingLevel");
    }
}
