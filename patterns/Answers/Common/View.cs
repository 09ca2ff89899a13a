using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using GovDesign.Components;
using Microsoft.AspNetCore.Components;

namespace GovDesign.Patterns.Answers;

/// <summary>The pieces every answer type renders: the question as label or legend (with its caption), hint and errors.</summary>
internal static class View
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The question as the label of a single control; a large page heading when the question is one.</summary>
    public static LabelOptions Label(AnswerQuestion question) => new()
    {
        Html = Heading(question),
        IsPageHeading = question.IsPageHeading,
        Classes = question.IsPageHeading ? "govuk-label--l" : null,
    };

    /// <summary>The question as the legend of a group of controls.</summary>
    public static LegendOptions Legend(AnswerQuestion question) => new()
    {
        Html = Heading(question),
        IsPageHeading = question.IsPageHeading,
        Classes = question.IsPageHeading ? "govuk-fieldset__legend--l" : "govuk-fieldset__legend--m",
    };

    /// <summary>The fieldset around a group of controls, with the question as legend.</summary>
    public static FieldsetOptions Fieldset(AnswerQuestion question) => new() { Legend = Legend(question) };

    /// <summary>The question's hint, if it has one.</summary>
    public static HintOptions? Hint(AnswerQuestion question) =>
        string.IsNullOrWhiteSpace(question.Hint) ? null : new HintOptions { Text = question.Hint };

    /// <summary>A hint from text, if any.</summary>
    public static HintOptions? Hint(string? text) => string.IsNullOrWhiteSpace(text) ? null : new HintOptions { Text = text };

    /// <summary>The error for the input with this exact id, if any.</summary>
    public static ErrorMessageOptions? ErrorFor(AnswerState state, string fieldId) =>
        Error(state.Errors.Where(e => e.FieldId == fieldId));

    /// <summary>The first error of any input of the question (ids starting with its name), for a group shown as one.</summary>
    public static ErrorMessageOptions? ErrorForGroup(AnswerState state, string name) =>
        Error(state.Errors.Where(e => e.FieldId == name || e.FieldId.StartsWith(name + "-", StringComparison.Ordinal)));

    private static ErrorMessageOptions? Error(IEnumerable<FieldError> errors) =>
        errors.FirstOrDefault() is { } error ? new ErrorMessageOptions { Text = error.Message } : null;

    /// <summary>What to show in a box: what was posted (after an error), else the saved value as text.</summary>
    public static string? Shown(AnswerState state, string fieldId, Func<JsonNode, string?> fromValue) =>
        state.Posted is not null ? Posted.Value(state.Posted, fieldId) : state.Value is null ? null : fromValue(state.Value);

    /// <summary>Renders a component with the given parameters.</summary>
    public static RenderFragment Component<TComponent>(IEnumerable<KeyValuePair<string, object?>> parameters)
        where TComponent : IComponent => builder =>
    {
        builder.OpenComponent<TComponent>(0);
        foreach (var (name, value) in parameters)
        {
            builder.AddComponentParameter(1, name, value);
        }

        builder.CloseComponent();
    };

    /// <summary>Several fragments, one after the other.</summary>
    public static RenderFragment Sequence(params RenderFragment[] fragments) => builder =>
    {
        foreach (var fragment in fragments)
        {
            builder.AddContent(0, fragment);
        }
    };

    /// <summary>The question (and caption, inside the heading as GOV.UK does), encoded into trusted markup.</summary>
    private static string Heading(AnswerQuestion question)
    {
        var label = Encoder.Encode(question.Label);
        return string.IsNullOrWhiteSpace(question.Caption)
            ? label
            : $"<span class=\"govuk-caption-l\">{Encoder.Encode(question.Caption)}</span> {label}";
    }
}
