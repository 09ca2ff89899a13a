using Microsoft.AspNetCore.Components;

namespace GovDesign.Patterns;

/// <summary>
/// Step-by-step navigation: the steps of a task that takes several services or pieces of guidance (learn to
/// drive: apply for a licence, book a test ...), in order, each with its links. Plain HTML that works without
/// JavaScript: a labelled navigation landmark with an ordered list, each step a heading that starts with its
/// number ("Step 2") or, for a step done as well as or instead of the one before, "and" or "or".
/// </summary>
public sealed partial class StepByStepNavigation
{
    /// <summary>The task the steps lead to, as the navigation's heading: "Get a fishing licence: step by step".</summary>
    [Parameter, EditorRequired] public string Title { get; set; } = "";

    /// <summary>The steps, in order.</summary>
    [Parameter, EditorRequired] public IReadOnlyList<StepByStepStep> Steps { get; set; } = [];

    /// <summary>The id of the heading, which labels the navigation; <c>step-by-step-title</c> by default.</summary>
    [Parameter] public string TitleId { get; set; } = "step-by-step-title";

    /// <summary>Any other HTML attributes, added to the <c>nav</c> element.</summary>
    [Parameter(CaptureUnmatchedValues = true)] public IReadOnlyDictionary<string, object>? Attributes { get; set; }

    /// <summary>
    /// Each step with its label: "Step 1", "Step 2", then "and" or "or" for a step that shares the number before
    /// it, which is joined to that step (drawn with a smaller circle).
    /// </summary>
    internal IEnumerable<(StepByStepStep Step, string Label, bool Joined)> Labelled()
    {
        var number = 0;
        foreach (var step in Steps)
        {
            if (step.Logic == StepLogic.Next || number == 0)
            {
                number++;
                yield return (step, T["StepByStep.Step", number], false);
            }
            else
            {
                yield return (step, T[step.Logic == StepLogic.And ? "StepByStep.And" : "StepByStep.Or"], true);
            }
        }
    }
}
