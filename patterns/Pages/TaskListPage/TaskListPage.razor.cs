using GovDesign.Components;
using GovDesign.Patterns.Pages;
using Microsoft.AspNetCore.Components;

namespace GovDesign.Patterns;

/// <summary>
/// A list of the tasks a long service asks for, grouped in sections, each with where it is up to,
/// and how many sections are completed.
/// </summary>
public sealed partial class TaskListPage
{
    /// <summary>What every page of the service shares.</summary>
    [Parameter] public ServiceLayout Layout { get; set; } = new();

    /// <summary>The page's heading and title, such as "Apply for a licence".</summary>
    [Parameter, EditorRequired] public string Title { get; set; } = "";

    /// <summary>
    /// The browser's title, when it must differ from the heading: such as "Your tasks: Apply for a licence" where
    /// the service's start page already has the heading's words as its title. By default the heading.
    /// </summary>
    [Parameter] public string? PageTitle { get; set; }

    /// <summary>The sections and their tasks.</summary>
    [Parameter] public IReadOnlyList<TaskListSection> Sections { get; set; } = [];

    /// <summary>
    /// The line under the heading that says how far the user has got, such as "You have completed 2 of 5
    /// sections"; by default it counts the completed sections. Give it when the tasks are not grouped in sections.
    /// </summary>
    [Parameter] public string? Count { get; set; }

    /// <summary>Content between the heading and the count, such as how long the service takes.</summary>
    [Parameter] public RenderFragment? Introduction { get; set; }

    /// <summary>Where the back link goes.</summary>
    [Parameter] public string? BackLinkHref { get; set; }

    /// <summary>Content at the start of the body, such as the cookie banner.</summary>
    [Parameter] public RenderFragment? BodyStart { get; set; }

    /// <summary>The nonce of the page's Content Security Policy.</summary>
    [Parameter] public string? CspNonce { get; set; }

    /// <summary>"You have completed 1 of 3 sections", in the current language.</summary>
    internal string CountText
    {
        get
        {
            if (Count is not null)
            {
                return Count;
            }

            var completed = Sections.Count(s => s.IsCompleted);
            var key = Sections.Count == 1 ? "TaskListPage.Count.One" : "TaskListPage.Count.Other";
            return T[key, completed, Sections.Count];
        }
    }

    private IReadOnlyList<TaskListItem?> ItemsOf(TaskListSection section) => [.. section.Tasks.Select(task => new TaskListItem
    {
        Title = new TaskListTitle { Text = task.Title },
        Hint = string.IsNullOrEmpty(task.Hint) ? null : new TextOrHtml { Text = task.Hint },
        Href = task.State == TaskState.CannotStartYet ? null : task.Href,
        Status = task.State switch
        {
            TaskState.Completed => new TaskListStatus { Text = T["TaskListPage.Completed"] },
            TaskState.CannotStartYet => new TaskListStatus { Text = T["TaskListPage.CannotStartYet"], Classes = "govuk-task-list__status--cannot-start-yet" },
            TaskState.NotStarted => new TaskListStatus { Tag = new TagOptions { Text = T["TaskListPage.NotStarted"], Classes = "govuk-tag--blue" } },
            TaskState.InProgress => new TaskListStatus { Tag = new TagOptions { Text = T["TaskListPage.InProgress"], Classes = "govuk-tag--light-blue" } },
            _ => new TaskListStatus { Tag = new TagOptions { Text = T["TaskListPage.Incomplete"], Classes = "govuk-tag--blue" } },
        },
    })];
}
