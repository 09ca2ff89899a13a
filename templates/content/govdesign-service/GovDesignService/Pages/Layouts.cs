using GovDesign.Components;
using GovDesign.Patterns;

namespace GovDesignService.Pages;

/// <summary>What every page of the service shares: its name, theme, phase and footer.</summary>
public static class Layouts
{
    public static readonly ServiceLayout Service = new()
    {
        Theme = new Theme { ServiceName = "Apply for a permit", ServiceUrl = "/" },
        Phase = "Beta",
        // One language until the service is translated: a language switch would otherwise do nothing.
        Languages = ["en"],
        FooterText = "Built with GovDesign.",
    };
}
