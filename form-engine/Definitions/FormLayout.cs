namespace GovDesign.Forms.Definitions;

/// <summary>How a form's pages are offered to the citizen.</summary>
public enum FormLayout
{
    /// <summary>One page after another, from the first to check answers (the default).</summary>
    Pages,

    /// <summary>
    /// A task list: each section is a task the citizen chooses from a list, walks on its own and checks on
    /// its own check answers page; a section that requires others cannot start until they are completed.
    /// Check answers and sending come once every task is completed.
    /// </summary>
    TaskList,
}
