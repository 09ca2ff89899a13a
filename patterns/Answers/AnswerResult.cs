using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace GovDesign.Patterns.Answers;

/// <summary>What reading one question's posted answer found.</summary>
/// <param name="Value">The normalised answer, or null when it is invalid or (optional and) not answered.</param>
/// <param name="Errors">The problems found; the field id is the exact input id (for a date, the first wrong part).</param>
public sealed record AnswerResult(JsonNode? Value, IReadOnlyList<FieldError> Errors)
{
    /// <summary>For a file upload, the accepted upload; otherwise empty.</summary>
    public IReadOnlyList<IFormFile> Files { get; init; } = [];

    /// <summary>Whether no problem was found.</summary>
    public bool IsValid => Errors.Count == 0;
}
