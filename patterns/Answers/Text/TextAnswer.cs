using System.Text.Json.Serialization;

namespace GovDesign.Patterns.Answers;

/// <summary>A short answer on one line, such as a reference or a company name.</summary>
public sealed partial record TextAnswer : AnswerType
{
    /// <summary>The fewest characters allowed, after trimming.</summary>
    public int? MinLength { get; init; }

    /// <summary>The most characters allowed, after trimming.</summary>
    public int? MaxLength { get; init; }

    /// <summary>The fewest words allowed.</summary>
    public int? MinWords { get; init; }

    /// <summary>The most words allowed.</summary>
    public int? MaxWords { get; init; }

    /// <summary>A regular expression (.NET syntax) that the whole answer must match.</summary>
    public string? Pattern { get; init; }

    /// <summary>The message when the answer does not match <see cref="Pattern"/>; the <c>pattern</c> custom message wins.</summary>
    public string? PatternMessage { get; init; }

    /// <summary>The <c>autocomplete</c> purpose of the input, such as <c>organization</c>.</summary>
    public string? Autocomplete { get; init; }

    /// <summary>The on-screen keyboard to offer, such as <c>numeric</c>.</summary>
    public string? InputMode { get; init; }

    /// <summary>Whether the browser checks spelling; unset leaves it to the browser.</summary>
    public bool? Spellcheck { get; init; }

    /// <summary>A width class for the input, such as <c>govuk-input--width-10</c> or <c>govuk-!-width-one-half</c>.</summary>
    public string? Width { get; init; }
}
