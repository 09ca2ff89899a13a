namespace GovDesign.Components;

/// <summary>The tasks someone must complete, each with its status, such as on the overview page of a long form.</summary>
public sealed partial class TaskList
{
    /// <summary>The tasks. A null entry keeps its place in the numbering of hint and status ids without rendering. Required.</summary>
    [Parameter] public IReadOnlyList<TaskListItem?>? Items { get; set; }

    /// <summary>The start of the hint and status ids, <c>{IdPrefix}-{n}-hint</c>; <c>task-list</c> by default.</summary>
    [Parameter] public string? IdPrefix { get; set; }

    /// <summary>Extra CSS classes for the list.</summary>
    [Parameter] public string? Classes { get; set; }

    /// <summary>Extra HTML attributes for the list; unmatched Razor attributes land here too.</summary>
    [Parameter(CaptureUnmatchedValues = true)] public IReadOnlyDictionary<string, object>? Attributes { get; set; }

    private string Prefix => string.IsNullOrEmpty(IdPrefix) ? "task-list" : IdPrefix;

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        if (Items is null)
        {
            throw new OptionsException(nameof(TaskList), "items", "is required");
        }

        for (var i = 0; i < Items.Count; i++)
        {
            if (Items[i] is not { } item)
            {
                continue;
            }

            if (item.Title is null || !Content.Has(item.Title.Html, item.Title.Text))
            {
                throw new OptionsException(nameof(TaskList), $"items[{i}].title.text", "is required, or give 'html'");
            }

            if (item.Status is null)
            {
                throw new OptionsException(nameof(TaskList), $"items[{i}].status", "is required: a tag, text or HTML");
            }
        }
    }
}
