namespace GovDesign.Patterns;

/// <summary>How people get help with a service, in the language of the page; every part is optional.</summary>
public sealed record HelpContact
{
    /// <summary>Who runs the service, such as "Register Office, Example Borough Council".</summary>
    public string? Organisation { get; init; }

    /// <summary>An email address, linked with <c>mailto:</c>.</summary>
    public string? Email { get; init; }

    /// <summary>A telephone number, as it should be shown.</summary>
    public string? Phone { get; init; }

    /// <summary>When the telephone line is open, such as "Monday to Friday, 9am to 5pm".</summary>
    public string? Hours { get; init; }

    /// <summary>A textphone number, for people who are deaf or hard of hearing, as it should be shown.</summary>
    public string? Textphone { get; init; }

    /// <summary>A page about what calls cost, linked as "Find out about call charges" after the numbers.</summary>
    public string? CallChargesUrl { get; init; }

    /// <summary>A postal address, one line of the address per line of text.</summary>
    public string? PostalAddress { get; init; }

    /// <summary>A page about getting help, linked as "Other ways to get help".</summary>
    public string? Url { get; init; }

    /// <summary>Whether there is a way to get help: an email address, a telephone or textphone number, a postal address or a page.</summary>
    public bool HasAWay => !string.IsNullOrEmpty(Email) || !string.IsNullOrEmpty(Phone) || !string.IsNullOrEmpty(Textphone)
        || !string.IsNullOrEmpty(PostalAddress) || !string.IsNullOrEmpty(Url);
}
