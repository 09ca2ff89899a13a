using GovDesign.Components;

namespace GovDesign.Patterns;

/// <summary>Turns field errors into the error summary's links.</summary>
public static class ErrorLinks
{
    /// <summary>One summary item per error, linked to <c>#</c> and the id of the exact input that is wrong.</summary>
    /// <param name="errors">The errors, in the order of the inputs on the page.</param>
    /// <returns>The error summary's items.</returns>
    public static IReadOnlyList<ErrorSummaryItem> For(IEnumerable<FieldError> errors) =>
        [.. errors.Select(e => new ErrorSummaryItem { Href = "#" + e.FieldId, Text = e.Message })];
}
