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

    /// <summary>A page about getting help, linked as "Other ways to get help".</summary>
    public string? Url { get; init; }

    /// <summary>Whether there is a way to get help: an email address, a telephone number or a page.</summary>
    public bool HasAWay => !string.IsNullOrEmpty(Email) || !string.IsNullOrEmpty(Phone) || !string.IsNullOrEmpty(Url);
}
