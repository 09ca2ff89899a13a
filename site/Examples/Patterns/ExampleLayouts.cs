using GovDesign.Components;
using GovDesign.Patterns;

namespace GovDesign.Site.Examples.Patterns;

/// <summary>The made-up service every page-pattern example and demo belongs to.</summary>
internal static class ExampleLayouts
{
    /// <summary>A fishing licence service in beta, with its footer links and the language switch.</summary>
    public static ServiceLayout Service { get; } = new()
    {
        Theme = new Theme
        {
            OrganisationName = "Department of Examples",
            OrganisationUrl = "/",
            ServiceName = "Apply for a fishing licence",
            ServiceUrl = "/examples/patterns/start-page/start",
        },
        Phase = "Beta",
        FeedbackUrl = "/patterns/demo/feedback",
        // The site reads the language from ?culture= and ?ui-culture= (ASP.NET Core's query provider).
        LanguageUrl = code => $"?culture={code}&ui-culture={code}",
        CookiesUrl = PatternDemoEndpoints.CookiesPath,
        AccessibilityStatementUrl = "/patterns/demo/accessibility",
        PrivacyUrl = "/patterns/demo/privacy",
        FooterText = "A made-up service that shows GovDesign's page patterns.",
    };

    /// <summary>The same service, with navigation links and the Exit this page button.</summary>
    public static ServiceLayout Sensitive { get; } = Service with
    {
        Navigation =
        [
            new ServiceNavigationItem { Text = "Your applications", Href = "/examples/patterns/service-page/with-navigation-and-exit", Current = true },
            new ServiceNavigationItem { Text = "Help", Href = "/patterns/demo/help" },
        ],
        ExitThisPage = true,
    };
}
