namespace GovDesign.Components;

/// <summary>
/// A banner at the top of a page that tells people about something important, or, with
/// <see cref="Type"/> <c>success</c>, that what they just did has worked.
/// </summary>
public sealed partial class NotificationBanner
{
    private const string DefaultTitleId = "govuk-notification-banner-title";

    private int _titleHeadingLevel;

    /// <summary>The message as text, styled as a heading. Ignored when <see cref="Html"/> or child content is given.</summary>
    [Parameter] public string? Text { get; set; }

    /// <summary>The message as trusted HTML.</summary>
    [Parameter] public string? Html { get; set; }

    /// <summary>The title as text; "Important", or "Success" for success banners, in the current language by default.</summary>
    [Parameter] public string? TitleText { get; set; }

    /// <summary>The title as trusted HTML.</summary>
    [Parameter] public string? TitleHtml { get; set; }

    /// <summary>The level of the title's heading, from 1 to 6; 2 by default.</summary>
    [Parameter] public int? TitleHeadingLevel { get; set; }

    /// <summary>The kind of banner: <c>success</c>, or unset for an important message.</summary>
    [Parameter] public string? Type { get; set; }

    /// <summary>The banner's role attribute; <c>alert</c> for success banners and <c>region</c> otherwise by default.</summary>
    [Parameter] public string? Role { get; set; }

    /// <summary>The id of the title, which labels the banner; <c>govuk-notification-banner-title</c> by default.</summary>
    [Parameter] public string? TitleId { get; set; }

    /// <summary>Whether to stop the JavaScript moving focus to a banner with the role <c>alert</c> when the page loads.</summary>
    [Parameter] public bool? DisableAutoFocus { get; set; }

    /// <summary>Extra CSS classes for the banner.</summary>
    [Parameter] public string? Classes { get; set; }

    /// <summary>Extra HTML attributes for the banner; unmatched Razor attributes land here too.</summary>
    [Parameter(CaptureUnmatchedValues = true)] public IReadOnlyDictionary<string, object>? Attributes { get; set; }

    /// <summary>The message as Razor content, instead of <see cref="Text"/> or <see cref="Html"/>.</summary>
    [Parameter] public RenderFragment? ChildContent { get; set; }

    private bool IsSuccess => Type == "success";

    private string RoleValue => !string.IsNullOrEmpty(Role) ? Role : IsSuccess ? "alert" : "region";

    private string TitleIdValue => string.IsNullOrEmpty(TitleId) ? DefaultTitleId : TitleId;

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        if (ChildContent is null && !Content.Has(Html, Text))
        {
            throw new OptionsException(nameof(NotificationBanner), "text", "is required, or give 'html'");
        }

        _titleHeadingLevel = Heading.Level(TitleHeadingLevel, 2, nameof(NotificationBanner), "titleHeadingLevel");
    }
}
