namespace GovDesign.Patterns;

/// <summary>Where a task is up to.</summary>
public enum TaskState
{
    /// <summary>Not finished yet: the task can be started or carried on (a blue "Incomplete" tag).</summary>
    Incomplete,

    /// <summary>Done (plain text "Completed").</summary>
    Completed,

    /// <summary>Waits for other tasks: not a link, and its status in grey text ("Cannot start yet").</summary>
    CannotStartYet,

    /// <summary>Can be started and nothing is done yet (a blue "Not yet started" tag).</summary>
    NotStarted,

    /// <summary>Started and not finished (a light blue "In progress" tag).</summary>
    InProgress,
}

/// <summary>A group of tasks on the task list page, such as "Prepare your application". It is completed when all its tasks are.</summary>
/// <param name="Title">The section's heading.</param>
/// <param name="Tasks">Its tasks, in the order to do them.</param>
public sealed record TaskListSection(string Title, IReadOnlyList<TaskListTask> Tasks)
{
    /// <summary>Whether every task of the section is completed.</summary>
    public bool IsCompleted => Tasks.Count > 0 && Tasks.All(t => t.State == TaskState.Completed);
}

/// <summary>One task on the task list page.</summary>
/// <param name="Title">What the task is, such as "Your contact details".</param>
/// <param name="Href">Where the task starts; ignored when it cannot start yet.</param>
/// <param name="State">Where the task is up to.</param>
public sealed record TaskListTask(string Title, string? Href, TaskState State)
{
    /// <summary>A line under the title that says more about the task.</summary>
    public string? Hint { get; init; }
}
