using System.Globalization;

namespace GovDesign.Components;

/// <summary>
/// A textarea that tells people how many characters or words they have left. Without JavaScript
/// it still says the limit under the box.
/// </summary>
public sealed partial class CharacterCount
{
    /// <summary>How many lines of text the box shows; 5 by default.</summary>
    [Parameter] public int? Rows { get; set; }

    /// <summary>The current answer, shown in the box.</summary>
    [Parameter] public string? Value { get; set; }

    /// <summary>The most characters allowed. Give this or <see cref="Maxwords"/>, or set the limit in JavaScript.</summary>
    [Parameter] public int? Maxlength { get; set; }

    /// <summary>The most words allowed; counts words instead of characters.</summary>
    [Parameter] public int? Maxwords { get; set; }

    /// <summary>The percentage of the limit at which the count message appears; it always shows when unset.</summary>
    [Parameter] public int? Threshold { get; set; }

    /// <summary>What to count: <c>characters</c> (or <c>length</c>) or <c>words</c>; words when only <see cref="Maxwords"/> is given.</summary>
    [Parameter] public string? CountType { get; set; }

    /// <summary>Whether the browser checks spelling; unset leaves it to the browser.</summary>
    [Parameter] public bool? Spellcheck { get; set; }

    /// <summary>Options for the count message under the box.</summary>
    [Parameter] public CountMessageOptions? CountMessage { get; set; }

    /// <summary>The limit shown under the box, with <c>%{count}</c> for the number; in the current language by default.</summary>
    [Parameter] public string? TextareaDescriptionText { get; set; }

    /// <summary>The message below the character limit, by plural form (<c>one</c>, <c>other</c>), with <c>%{count}</c>.</summary>
    [Parameter] public IReadOnlyDictionary<string, string>? CharactersUnderLimitText { get; set; }

    /// <summary>The message at the character limit.</summary>
    [Parameter] public string? CharactersAtLimitText { get; set; }

    /// <summary>The message over the character limit, by plural form, with <c>%{count}</c>.</summary>
    [Parameter] public IReadOnlyDictionary<string, string>? CharactersOverLimitText { get; set; }

    /// <summary>The message below the word limit, by plural form, with <c>%{count}</c>.</summary>
    [Parameter] public IReadOnlyDictionary<string, string>? WordsUnderLimitText { get; set; }

    /// <summary>The message at the word limit.</summary>
    [Parameter] public string? WordsAtLimitText { get; set; }

    /// <summary>The message over the word limit, by plural form, with <c>%{count}</c>.</summary>
    [Parameter] public IReadOnlyDictionary<string, string>? WordsOverLimitText { get; set; }

    private string InfoId => $"{FieldId}-info";

    private int? Limit => Maxwords is not (null or 0) ? Maxwords : Maxlength is not (null or 0) ? Maxlength : null;

    private string? EffectiveCountType => !string.IsNullOrEmpty(CountType) ? CountType : Maxwords is not (null or 0) ? "words" : null;

    private string DescriptionTemplate => !string.IsNullOrEmpty(TextareaDescriptionText)
        ? TextareaDescriptionText
        : T[EffectiveCountType == "words" ? "CharacterCount.TextareaDescription.Words" : "CharacterCount.TextareaDescription.Characters"];

    /// <summary>The limit in words, shown under the box; none when the limit is left to JavaScript.</summary>
    private string? TextareaDescription => Limit is { } limit
        ? DescriptionTemplate.Replace("%{count}", limit.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        : null;

    private FormGroupOptions TextareaFormGroup => new()
    {
        Classes = Content.Classes("govuk-character-count", FormGroup?.Classes),
        Attributes = FormGroupAttributes(),
        BeforeInput = FormGroup?.BeforeInput,
    };
}
