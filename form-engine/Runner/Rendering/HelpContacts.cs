using GovDesign.Forms.Definitions;
using GovDesign.Patterns;

namespace GovDesign.Forms.Runner.Rendering;

/// <summary>A form's <c>contact</c> details as the pages show them, in one language.</summary>
internal static class HelpContacts
{
    /// <summary>The details in <paramref name="language"/>, or null when the form gives none.</summary>
    public static HelpContact? For(ContactDetails? contact, string language) => contact is null ? null : new HelpContact
    {
        Organisation = contact.Organisation?.In(language),
        Email = contact.Email,
        Phone = contact.Phone,
        Hours = contact.Hours?.In(language),
        Url = contact.Url,
    };
}
