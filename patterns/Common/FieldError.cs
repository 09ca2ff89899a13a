namespace GovDesign.Patterns;

/// <summary>
/// A problem with what a citizen entered, shown next to the field and in the error summary.
/// </summary>
/// <param name="FieldId">The id of the input the error summary links to: for a date, the first wrong part.</param>
/// <param name="Message">The message, already localised, in the GOV.UK style ("Enter your date of birth").</param>
public sealed record FieldError(string FieldId, string Message);
