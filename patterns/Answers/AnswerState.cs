using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace GovDesign.Patterns.Answers;

/// <summary>What a question shows: the saved value, or what was posted (which wins), and the errors.</summary>
public sealed record AnswerState
{
    /// <summary>The saved, normalised value.</summary>
    public JsonNode? Value { get; init; }

    /// <summary>The raw form values posted, shown back after an error; they win over <see cref="Value"/>.</summary>
    public IFormCollection? Posted { get; init; }

    /// <summary>The errors to show next to the fields.</summary>
    public IReadOnlyList<FieldError> Errors { get; init; } = [];

    /// <summary>
    /// For radios and checkboxes: what is revealed under an option while it is chosen (follow-up questions),
    /// by option value. Without JavaScript it shows under its option all the time.
    /// </summary>
    public IReadOnlyDictionary<string, RenderFragment>? Revealed { get; init; }
}
