namespace GovDesign.Components;

/// <summary>
/// Pairs of keys and values, such as the questions and answers on a check answers page, with links
/// to change them; optionally inside a summary card with its own title and actions.
/// </summary>
public sealed partial class SummaryList
{
    private bool _anyRowHasActions;
    private int _cardHeadingLevel;

    /// <summary>The rows. Required.</summary>
    [Parameter] public IReadOnlyList<SummaryListRow>? Rows { get; set; }

    /// <summary>A summary card to wrap around the list; given at all, even empty, it draws the card.</summary>
    [Parameter] public SummaryListCard? Card { get; set; }

    /// <summary>Extra CSS classes for the list, such as <c>govuk-summary-list--no-border</c>.</summary>
    [Parameter] public string? Classes { get; set; }

    /// <summary>Extra HTML attributes for the list; unmatched Razor attributes land here too.</summary>
    [Parameter(CaptureUnmatchedValues = true)] public IReadOnlyDictionary<string, object>? Attributes { get; set; }

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        if (Rows is null)
        {
            throw new OptionsException(nameof(SummaryList), "rows", "is required");
        }

        for (var i = 0; i < Rows.Count; i++)
        {
            var row = Rows[i];
            RequireContent(row.Key?.Html, row.Key?.Text, $"rows[{i}].key");
            RequireContent(row.Value?.Html, row.Value?.Text, $"rows[{i}].value");
            CheckActions(row.Actions, $"rows[{i}].actions");
        }

        CheckActions(Card?.Actions, "card.actions");
        _anyRowHasActions = Rows.Any(row => row.Actions?.Items is { Count: > 0 });
        _cardHeadingLevel = Heading.Level(Card?.Title?.HeadingLevel, 2, nameof(SummaryList), "card.title.headingLevel");
    }

    private static void CheckActions(SummaryListActions? actions, string path)
    {
        var items = actions?.Items ?? [];
        for (var i = 0; i < items.Count; i++)
        {
            if (string.IsNullOrEmpty(items[i].Href))
            {
                throw new OptionsException(nameof(SummaryList), $"{path}.items[{i}].href", "is required");
            }

            RequireContent(items[i].Html, items[i].Text, $"{path}.items[{i}]");
        }
    }

    private static void RequireContent(string? html, string? text, string path)
    {
        if (!Content.Has(html, text))
        {
            throw new OptionsException(nameof(SummaryList), $"{path}.text", "is required, or give 'html'");
        }
    }
}
