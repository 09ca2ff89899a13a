namespace GovDesign.Components;

/// <summary>
/// A password field with a button that shows or hides what was typed. The button appears only
/// when govuk-frontend's script runs; without it the field is an ordinary password box. Its label
/// is usually "Password".
/// </summary>
public sealed partial class PasswordInput
{
    /// <summary>The current value of the field.</summary>
    [Parameter] public string? Value { get; set; }

    /// <summary>Whether the input is disabled.</summary>
    [Parameter] public bool Disabled { get; set; }

    /// <summary>Ids of other elements that describe the input; the hint and error message ids are added to them.</summary>
    [Parameter] public string? DescribedBy { get; set; }

    /// <summary>The <c>autocomplete</c> purpose; <c>current-password</c> by default, <c>new-password</c> when choosing one.</summary>
    [Parameter] public string? Autocomplete { get; set; }

    /// <summary>The button text while the password is hidden; "Show" in the current language by default.</summary>
    [Parameter] public string? ShowPasswordText { get; set; }

    /// <summary>The button text while the password is shown; "Hide" in the current language by default.</summary>
    [Parameter] public string? HidePasswordText { get; set; }

    /// <summary>The button's accessible name while the password is hidden; "Show password" by default.</summary>
    [Parameter] public string? ShowPasswordAriaLabelText { get; set; }

    /// <summary>The button's accessible name while the password is shown; "Hide password" by default.</summary>
    [Parameter] public string? HidePasswordAriaLabelText { get; set; }

    /// <summary>What screen readers announce when the password is shown.</summary>
    [Parameter] public string? PasswordShownAnnouncementText { get; set; }

    /// <summary>What screen readers announce when the password is hidden again.</summary>
    [Parameter] public string? PasswordHiddenAnnouncementText { get; set; }

    /// <summary>Options for the show or hide button.</summary>
    [Parameter] public PasswordInputButton? Button { get; set; }

    private Dictionary<string, object> ToggleAttributes => new(StringComparer.Ordinal)
    {
        ["aria-controls"] = FieldId ?? "",
        ["aria-label"] = ShowPasswordAriaLabelText ?? T["PasswordInput.ShowPasswordAriaLabel"],
        ["hidden"] = true,
    };

    private FormGroupOptions InputFormGroup => new()
    {
        Classes = Content.Classes("govuk-password-input", FormGroup?.Classes),
        Attributes = FormGroupAttributes(),
        BeforeInput = FormGroup?.BeforeInput,
    };

    private IReadOnlyDictionary<string, object> FormGroupAttributes() => new I18nAttributes(T)
        .Set("data-module", "govuk-password-input")
        .Add("show-password", ShowPasswordText, "PasswordInput.ShowPassword")
        .Add("hide-password", HidePasswordText, "PasswordInput.HidePassword")
        .Add("show-password-aria-label", ShowPasswordAriaLabelText, "PasswordInput.ShowPasswordAriaLabel")
        .Add("hide-password-aria-label", HidePasswordAriaLabelText, "PasswordInput.HidePasswordAriaLabel")
        .Add("password-shown-announcement", PasswordShownAnnouncementText, "PasswordInput.PasswordShownAnnouncement")
        .Add("password-hidden-announcement", PasswordHiddenAnnouncementText, "PasswordInput.PasswordHiddenAnnouncement")
        .Then(FormGroup?.Attributes);
}
