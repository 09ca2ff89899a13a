namespace GovDesign.Components;

/// <summary>
/// The banner that asks people to accept or reject optional cookies, and the messages that confirm
/// their choice.
/// </summary>
public sealed partial class CookieBanner
{
    /// <summary>The label of the banner's region; "Cookie banner" in the current language by default.</summary>
    [Parameter] public string? AriaLabel { get; set; }

    /// <summary>Whether the whole banner is hidden, for example once someone has chosen.</summary>
    [Parameter] public bool Hidden { get; set; }

    /// <summary>Extra CSS classes for the banner.</summary>
    [Parameter] public string? Classes { get; set; }

    /// <summary>Extra HTML attributes for the banner; unmatched Razor attributes land here too.</summary>
    [Parameter(CaptureUnmatchedValues = true)] public IReadOnlyDictionary<string, object>? Attributes { get; set; }

    /// <summary>The messages: usually the question, then the confirmations of accepting and of rejecting.</summary>
    [Parameter] public IReadOnlyList<CookieBannerMessage>? Messages { get; set; }

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        if (Messages is null)
        {
            throw new OptionsException(nameof(CookieBanner), "messages", "is required");
        }

        for (var m = 0; m < Messages.Count; m++)
        {
            var actions = Messages[m].Actions ?? [];
            for (var a = 0; a < actions.Count; a++)
            {
                if (string.IsNullOrEmpty(actions[a].Text))
                {
                    throw new OptionsException(nameof(CookieBanner), $"messages[{m}].actions[{a}].text", "is required");
                }
            }
        }
    }
}
