using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace GovDesign.Patterns.Answers;

/// <summary>
/// A kind of answer a question can take (a date, a name, an email address ...): it reads what the
/// browser posted, normalises and validates it, renders its inputs and describes the saved answer.
/// Usable from code (<c>new DateAnswer { MustBeInPast = true }</c>) and from JSON, where the
/// <c>type</c> property names the kind.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextAnswer), "text")]
[JsonDerivedType(typeof(LongTextAnswer), "longText")]
[JsonDerivedType(typeof(NumberAnswer), "number")]
[JsonDerivedType(typeof(MoneyAnswer), "money")]
[JsonDerivedType(typeof(DateAnswer), "date")]
[JsonDerivedType(typeof(TimeAnswer), "time")]
[JsonDerivedType(typeof(NameAnswer), "name")]
[JsonDerivedType(typeof(EmailAnswer), "email")]
[JsonDerivedType(typeof(PhoneAnswer), "phone")]
[JsonDerivedType(typeof(UkAddressAnswer), "ukAddress")]
[JsonDerivedType(typeof(InternationalAddressAnswer), "internationalAddress")]
[JsonDerivedType(typeof(NationalIdAnswer), "nationalId")]
[JsonDerivedType(typeof(YesNoAnswer), "yesNo")]
[JsonDerivedType(typeof(SingleChoiceAnswer), "singleChoice")]
[JsonDerivedType(typeof(MultipleChoiceAnswer), "multipleChoice")]
[JsonDerivedType(typeof(FileAnswer), "file")]
public abstract record AnswerType
{
    /// <summary>Reads, normalises and validates what the browser posted for one question.</summary>
    /// <param name="question">The question as the page asks it.</param>
    /// <param name="form">What the browser posted.</param>
    /// <returns>The normalised value, or the errors found.</returns>
    public abstract AnswerResult Read(AnswerQuestion question, IFormCollection form);

    /// <summary>
    /// Renders the question's inputs (the label or legend is the page heading when
    /// <see cref="AnswerQuestion.IsPageHeading"/>), from the saved value or from what was posted,
    /// with its errors next to the fields.
    /// </summary>
    /// <param name="question">The question as the page asks it.</param>
    /// <param name="state">The saved value, or what was posted, and the errors.</param>
    /// <returns>The markup.</returns>
    public abstract RenderFragment Render(AnswerQuestion question, AnswerState state);

    /// <summary>The answer as check answers shows it, in the current UI culture; it may contain line breaks.</summary>
    /// <param name="value">A value this answer type produced.</param>
    /// <returns>The answer as text, never markup.</returns>
    public abstract string Describe(JsonNode value);
}
