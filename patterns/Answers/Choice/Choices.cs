using System.Text.Json.Nodes;
using GovDesign.Components;
using Microsoft.AspNetCore.Components;

namespace GovDesign.Patterns.Answers;

/// <summary>Rendering options as radios, a select or checkboxes, with the question as legend or label.</summary>
internal static class Choices
{
    /// <summary>Radios; the first radio's id is the question's name, which the error summary links to.</summary>
    public static RenderFragment Radios(AnswerQuestion question, AnswerState state, IEnumerable<AnswerOption> options, string? classes) =>
        View.Component<GovDesign.Components.Radios>(new Dictionary<string, object?>
        {
            [nameof(GovDesign.Components.Radios.Name)] = question.Name,
            [nameof(GovDesign.Components.Radios.Fieldset)] = View.Fieldset(question),
            [nameof(GovDesign.Components.Radios.Hint)] = View.Hint(question),
            [nameof(GovDesign.Components.Radios.ErrorMessage)] = View.ErrorForGroup(state, question.Name),
            [nameof(GovDesign.Components.Radios.Value)] = View.Shown(state, question.Name, v => v.GetValue<string>()),
            [nameof(GovDesign.Components.Radios.Classes)] = classes,
            [nameof(GovDesign.Components.Radios.Items)] = options.Select(o => new RadiosItem { Value = o.Value, Text = o.Text, Hint = View.Hint(o.Hint), Conditional = Revealed(state, o) }).ToList<RadiosItem?>(),
        });

    /// <summary>A select with an empty first option, for long lists.</summary>
    public static RenderFragment Select(AnswerQuestion question, AnswerState state, IEnumerable<AnswerOption> options)
    {
        var items = new List<SelectItem> { new() { Value = "", Text = AnswerText.Get("Choice.Choose") } };
        items.AddRange(options.Select(o => new SelectItem { Value = o.Value, Text = o.Text }));
        return View.Component<GovDesign.Components.Select>(new Dictionary<string, object?>
        {
            [nameof(GovDesign.Components.Select.Name)] = question.Name,
            [nameof(GovDesign.Components.Select.Label)] = View.Label(question),
            [nameof(GovDesign.Components.Select.Hint)] = View.Hint(question),
            [nameof(GovDesign.Components.Select.ErrorMessage)] = View.ErrorFor(state, question.Name),
            [nameof(GovDesign.Components.Select.Value)] = View.Shown(state, question.Name, v => v.GetValue<string>()),
            [nameof(GovDesign.Components.Select.Items)] = items,
        });
    }

    /// <summary>Checkboxes, with the exclusive option after an "or" divider.</summary>
    public static RenderFragment Checkboxes(AnswerQuestion question, AnswerState state, IReadOnlyList<AnswerOption> options, AnswerOption? none)
    {
        var items = options.Select(o => new CheckboxesItem { Value = o.Value, Text = o.Text, Hint = View.Hint(o.Hint), Conditional = Revealed(state, o) }).ToList<CheckboxesItem?>();
        if (none is not null)
        {
            items.Add(new CheckboxesItem { Divider = AnswerText.Get("Choice.Or") });
            items.Add(new CheckboxesItem { Value = none.Value, Text = none.Text, Hint = View.Hint(none.Hint), Behaviour = "exclusive", Conditional = Revealed(state, none) });
        }

        IReadOnlyList<string> chosen = state.Posted is not null ? Posted.Values(state.Posted, question.Name)
            : state.Value is JsonArray array ? [.. array.Select(v => v?.GetValue<string>() ?? "")] : [];
        return View.Component<GovDesign.Components.Checkboxes>(new Dictionary<string, object?>
        {
            [nameof(GovDesign.Components.Checkboxes.Name)] = question.Name,
            [nameof(GovDesign.Components.Checkboxes.Fieldset)] = View.Fieldset(question),
            [nameof(GovDesign.Components.Checkboxes.Hint)] = View.Hint(question),
            [nameof(GovDesign.Components.Checkboxes.ErrorMessage)] = View.ErrorForGroup(state, question.Name),
            [nameof(GovDesign.Components.Checkboxes.Values)] = chosen,
            [nameof(GovDesign.Components.Checkboxes.Items)] = items,
        });
    }

    /// <summary>What the state reveals under an option, if anything.</summary>
    private static ChoiceConditionalOptions? Revealed(AnswerState state, AnswerOption option) =>
        state.Revealed?.GetValueOrDefault(option.Value) is { } content ? new ChoiceConditionalOptions { Content = content } : null;
}
