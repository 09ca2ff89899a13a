namespace GovDesign.Site.Examples.Patterns;

/// <summary>
/// Endpoints that let the page-pattern examples work for real: a question page that takes a POST,
/// shows its errors and moves on, with JavaScript off.
/// </summary>
internal static class PatternDemoEndpoints
{
    public static IEndpointRouteBuilder MapPatternDemos(this IEndpointRouteBuilder app) => app;
}
