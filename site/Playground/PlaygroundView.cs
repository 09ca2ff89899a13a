using GovDesign.Forms.Loading;

namespace GovDesign.Site.Playground;

/// <summary>What the playground page shows.</summary>
/// <param name="Definition">The definition in the text area, as the user sent it.</param>
/// <param name="TokenField">The antiforgery field's name.</param>
/// <param name="Token">The antiforgery token.</param>
public sealed record PlaygroundView(string Definition, string TokenField, string Token)
{
    /// <summary>The loader's result, after "Check".</summary>
    public FormLoadResult? Result { get; init; }

    /// <summary>A problem with the request itself (too large, expired), shown instead of a result.</summary>
    public string? Problem { get; init; }
}
