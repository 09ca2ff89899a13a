// STAND-IN: the answer-type contract from docs/answer-contract, until patterns-answers commits it.
// Deleted when that branch is merged.
#pragma warning disable CS1591
using System.Text.Json.Nodes;
using GovDesign.Patterns;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace GovDesign.Patterns.Answers;

public abstract record AnswerType
{
    public abstract AnswerResult Read(AnswerQuestion question, IFormCollection form);
    public abstract RenderFragment Render(AnswerQuestion question, AnswerState state);
    public abstract string Describe(JsonNode value);
}

public sealed record AnswerQuestion(string Name, string Label, string Subject)
{
    public string? Hint { get; init; }
    public string? Caption { get; init; }
    public bool IsPageHeading { get; init; } = true;
    public bool Required { get; init; } = true;
    public IReadOnlyDictionary<string, string>? Messages { get; init; }
}

public sealed record AnswerResult(JsonNode? Value, IReadOnlyList<FieldError> Errors)
{
    public IReadOnlyList<IFormFile> Files { get; init; } = [];
}

public sealed record AnswerState
{
    public JsonNode? Value { get; init; }
    public IFormCollection? Posted { get; init; }
    public IReadOnlyList<FieldError> Errors { get; init; } = [];
}
