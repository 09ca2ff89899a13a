namespace GovDesign.Patterns;

/// <summary>The antiforgery token a page's form posts back, as a hidden field.</summary>
/// <param name="FieldName">The field's name, such as <c>AntiforgeryTokenSet.FormFieldName</c>.</param>
/// <param name="Token">The token, such as <c>AntiforgeryTokenSet.RequestToken</c>.</param>
public sealed record FormToken(string FieldName, string Token);
