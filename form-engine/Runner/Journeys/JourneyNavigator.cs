using System.Text.Json.Nodes;
using GovDesign.Forms.Runner.Definitions;

namespace GovDesign.Forms.Runner.Journeys;

/// <summary>
/// Moves a citizen through a form along the path the journey computes for their answers: what comes
/// next, where back goes, which pages may be shown yet, and whether check answers can be reached.
/// </summary>
internal static class JourneyNavigator
{
    /// <summary>The page to show after <paramref name="from"/>; null means check answers.</summary>
    public static RunnerPage? Next(RunnerForm form, JourneyState state, RunnerPage from, bool returnToCheck)
    {
        var path = form.PathFor(state.Answers);
        if (returnToCheck)
        {
            return FirstIncomplete(path, state);
        }

        var index = IndexOf(path, from);
        if (index < 0)
        {
            return FirstIncomplete(path, state);
        }

        return index + 1 < path.Count ? path[index + 1] : FirstIncomplete(path, state);
    }

    /// <summary>The first page on the path not yet finished; null when every page is.</summary>
    public static RunnerPage? FirstIncomplete(IReadOnlyList<RunnerPage> path, JourneyState state) =>
        path.FirstOrDefault(p => !state.Completed.Contains(p.Path) || p.IsExit);

    /// <summary>Whether the page is on the path and every page before it is finished.</summary>
    public static bool CanShow(RunnerForm form, JourneyState state, RunnerPage page)
    {
        var path = form.PathFor(state.Answers);
        var index = IndexOf(path, page);
        if (index < 0)
        {
            return false;
        }

        for (var i = 0; i < index; i++)
        {
            if (!state.Completed.Contains(path[i].Path) || path[i].IsExit)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The page before this one on the path; null means the start page.</summary>
    public static RunnerPage? Previous(RunnerForm form, JourneyState state, RunnerPage page)
    {
        var path = form.PathFor(state.Answers);
        var index = IndexOf(path, page);
        return index > 0 ? path[index - 1] : null;
    }

    /// <summary>Whether every page on the path is finished and none of them ends the journey.</summary>
    public static bool IsComplete(RunnerForm form, JourneyState state) => FirstIncomplete(form.PathFor(state.Answers), state) is null;

    /// <summary>The answers on the current path only: what check answers shows and what is submitted.</summary>
    public static JsonObject AnswersOnPath(RunnerForm form, JourneyState state)
    {
        var result = new JsonObject();
        foreach (var page in form.PathFor(state.Answers))
        {
            if (page.Repeat is not null)
            {
                result[page.Path] = state.Answers[page.Path]?.DeepClone();
                continue;
            }

            foreach (var question in page.Questions)
            {
                result[question.Name] = state.Answers[question.Name]?.DeepClone();
            }
        }

        return result;
    }

    private static int IndexOf(IReadOnlyList<RunnerPage> path, RunnerPage page)
    {
        for (var i = 0; i < path.Count; i++)
        {
            if (ReferenceEquals(path[i], page) || path[i].Path == page.Path)
            {
                return i;
            }
        }

        return -1;
    }
}
