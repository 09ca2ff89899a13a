namespace GovDesign.Components;

/// <summary>
/// The ids that radios and checkboxes derive from their id prefix: the group's hint and error
/// message, what the group is described by, and each item's own ids.
/// </summary>
/// <param name="IdPrefix">The <c>idPrefix</c> option, or the name when it is not given.</param>
/// <param name="HintId">The group hint's id, when there is a hint.</param>
/// <param name="ErrorId">The group error message's id, when there is one.</param>
/// <param name="DescribedBy">The given ids followed by the hint and error ids; null when empty.</param>
internal sealed record ChoiceGroup(string IdPrefix, string? HintId, string? ErrorId, string? DescribedBy)
{
    public static ChoiceGroup For(string idPrefix, string? describedBy, bool hasHint, bool hasError)
    {
        var hintId = hasHint ? idPrefix + "-hint" : null;
        var errorId = hasError ? idPrefix + "-error" : null;
        return new(idPrefix, hintId, errorId, Content.Ids(describedBy, hintId, errorId));
    }

    /// <summary>
    /// An item's id: its own, or the prefix numbered by position (from 1, counting every entry of
    /// the list). The first has no number, so that an error summary can link to it.
    /// </summary>
    public string ItemId(string? id, int position) =>
        !string.IsNullOrEmpty(id) ? id : position > 1 ? $"{IdPrefix}-{position}" : IdPrefix;

    /// <summary>The id of an item's hint, when it has one with content.</summary>
    public static string? ItemHintId(string itemId, HintOptions? hint) =>
        hint is not null && Content.Has(hint.Html, hint.Text) ? itemId + "-item-hint" : null;

    /// <summary>The id of an item's revealed content, when it has some.</summary>
    public static string? ConditionalId(string itemId, ChoiceConditionalOptions? conditional) =>
        string.IsNullOrEmpty(conditional?.Html) && conditional?.Content is null ? null : "conditional-" + itemId;

    /// <summary>
    /// Whether an item is chosen: its own <c>checked</c> wins; unset, it is chosen when the
    /// group's value matches.
    /// </summary>
    public static bool IsChecked(bool? itemChecked, bool valueMatches) => itemChecked ?? valueMatches;

    /// <summary>
    /// The non-null entries of a list with their positions from 1. Null entries count, as the
    /// macros' <c>loop.index</c> counts falsy ones, so ids do not shift when an item is left out.
    /// </summary>
    public static IEnumerable<(T Item, int Position)> Numbered<T>(IReadOnlyList<T?>? items)
        where T : class
    {
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            if (items![i] is { } item)
            {
                yield return (item, i + 1);
            }
        }
    }
}
