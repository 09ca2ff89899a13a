namespace GovDesign.Components;

/// <summary>One task of a task list: its title, an optional hint and its status.</summary>
public sealed record TaskListItem
{
    /// <summary>The task's title, a link when <see cref="Href"/> is set. Required.</summary>
    public TaskListTitle? Title { get; init; }

    /// <summary>A hint under the title.</summary>
    public TextOrHtml? Hint { get; init; }

    /// <summary>The task's status, such as "Completed" or a tag. Required.</summary>
    public TaskListStatus? Status { get; init; }

    /// <summary>Where the task's link goes; without it the task cannot be started yet.</summary>
    public string? Href { get; init; }

    /// <summary>Extra CSS classes for the task.</summary>
    public string? Classes { get; init; }
}

/// <summary>The title of a task.</summary>
public sealed record TaskListTitle
{
    /// <summary>The title as text. Ignored when <see cref="Html"/> is set.</summary>
    public string? Text { get; init; }

    /// <summary>The title as trusted HTML.</summary>
    public string? Html { get; init; }

    /// <summary>Extra CSS classes for the title's link or wrapper.</summary>
    public string? Classes { get; init; }
}

/// <summary>The status of a task: a tag, or plain text or HTML.</summary>
public sealed record TaskListStatus
{
    /// <summary>A tag for the status, such as "Incomplete"; text and HTML are ignored when it is set.</summary>
    public TagOptions? Tag { get; init; }

    /// <summary>The status as text.</summary>
    public string? Text { get; init; }

    /// <summary>The status as trusted HTML.</summary>
    public string? Html { get; init; }

    /// <summary>Extra CSS classes, such as <c>govuk-task-list__status--cannot-start-yet</c>.</summary>
    public string? Classes { get; init; }
}
