using GovDesign.Forms.Definitions;
using GovDesign.Forms.Loading;

namespace GovDesign.Forms.Runner.SaveForLater;

/// <summary>
/// What the runner checks of a form's <c>saveAndReturn</c> as it loads its forms: a form that offers save
/// and return on a runner that cannot email its links does not load (a single file stops the start; a form
/// in a folder answers 503), rather than showing a button that cannot work.
/// </summary>
internal static class SaveAndReturnCheck
{
    public const string NoEmailCode = "saveAndReturn.noEmail";

    /// <summary>The check for a runner that can (<paramref name="canSendLinks"/>) or cannot send links.</summary>
    public static Func<FormDefinition, IReadOnlyList<Diagnostic>> For(bool canSendLinks) => form =>
        canSendLinks || form.SaveAndReturn is not { } settings ? [] :
        [
            new Diagnostic("/saveAndReturn", settings.At.Line, settings.At.Column,
                "The form offers save and return, which emails the citizen a link, but this runner cannot send email: set Delivery:Smtp:Host and Delivery:Smtp:From " +
                "(Delivery__Smtp__Host, Delivery__Smtp__From in the environment), or Delivery:Smtp:PickupFolder in development; or remove saveAndReturn.")
            {
                Code = NoEmailCode,
            },
        ];
}
