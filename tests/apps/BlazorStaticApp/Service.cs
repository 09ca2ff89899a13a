using GovDesign.Components;
using GovDesign.Patterns;

namespace BlazorStaticApp;

/// <summary>What every page of the app shares.</summary>
public static class Service
{
    /// <summary>The service's name, phase and one language.</summary>
    public static readonly ServiceLayout Layout = new()
    {
        Theme = new Theme { ServiceName = "Apply for a permit", ServiceUrl = "/" },
        Phase = "Beta",
        Languages = ["en"],
    };
}
