using GovDesign.Components;
using GovDesign.Patterns;
using Microsoft.AspNetCore.Components;

namespace BlazorStaticApp.Mvc;

/// <summary>The name question as a Razor page and an MVC view both ask it: the answer, its error, and the field.</summary>
public sealed class NameForm
{
    /// <summary>The answer as posted.</summary>
    public string? FullName { get; init; }

    /// <summary>The question's error, once the answer is checked.</summary>
    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    /// <summary>The question page's content: the text input, with its error.</summary>
    public RenderFragment Inputs => builder =>
    {
        builder.OpenComponent<Input>(0);
        builder.AddComponentParameter(1, nameof(Input.Id), "full-name");
        builder.AddComponentParameter(2, nameof(Input.Name), "full-name");
        builder.AddComponentParameter(3, nameof(Input.Value), FullName);
        builder.AddComponentParameter(4, nameof(Input.Label), new LabelOptions { Text = "What is your full name?", IsPageHeading = true, Classes = "govuk-label--l" });
        builder.AddComponentParameter(5, nameof(Input.ErrorMessage), Errors.Count > 0 ? new ErrorMessageOptions { Text = Errors[0].Message } : null);
        builder.CloseComponent();
    };

    /// <summary>True when the answer is given; otherwise sets the error.</summary>
    public bool IsAnswered()
    {
        Errors = string.IsNullOrWhiteSpace(FullName) ? [new FieldError("full-name", "Enter your full name")] : [];
        return Errors.Count == 0;
    }
}
