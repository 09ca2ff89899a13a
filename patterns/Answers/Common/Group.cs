using System.Text.Encodings.Web;
using System.Text.Unicode;
using GovDesign.Components;
using Microsoft.AspNetCore.Components;

namespace GovDesign.Patterns.Answers;

/// <summary>Several boxes for one question (name parts, address lines): a form group and fieldset whose legend asks it.</summary>
internal static class Group
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The fieldset with the question as legend, the hint, then the boxes, each with its own error.</summary>
    public static RenderFragment Render(AnswerQuestion question, AnswerState state, RenderFragment boxes) => builder =>
    {
        var hintId = string.IsNullOrWhiteSpace(question.Hint) ? null : $"{question.Name}-hint";
        var inError = state.Errors.Any(e => e.FieldId.StartsWith(question.Name + "-", StringComparison.Ordinal) || e.FieldId == question.Name);
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "class", inError ? "govuk-form-group govuk-form-group--error" : "govuk-form-group");
        builder.OpenComponent<Fieldset>(2);
        builder.AddComponentParameter(3, nameof(Fieldset.Legend), View.Legend(question));
        builder.AddComponentParameter(4, nameof(Fieldset.DescribedBy), hintId);
        builder.AddComponentParameter(5, nameof(Fieldset.ChildContent), (RenderFragment)(inner =>
        {
            if (hintId is not null)
            {
                inner.AddMarkupContent(0, $"<div id=\"{hintId}\" class=\"govuk-hint\">{Encoder.Encode(question.Hint!)}</div>");
            }

            inner.AddContent(1, boxes);
        }));
        builder.CloseComponent();
        builder.CloseElement();
    };
}
