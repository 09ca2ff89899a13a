using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;

namespace GovDesign.Components;

/// <summary>
/// The fingerprinted addresses of the files that <c>app.MapStaticAssets()</c> serves, read from the
/// app's endpoints: each of its endpoints carries the <see cref="StaticAssetDescriptor"/> it serves,
/// and a fingerprinted one names its plain path in its <c>label</c> property. Blazor gives a page
/// these addresses (<c>Assets</c>) only under <c>MapRazorComponents().WithStaticAssets()</c>; this
/// finds them for a page rendered any other way (<c>RazorComponentResult</c>, MVC, Razor Pages).
/// </summary>
internal static class StaticAssetUrls
{
    private static readonly ConditionalWeakTable<EndpointDataSource, Lookup> Lookups = new();

    /// <summary>
    /// The fingerprinted path of a file, such as <c>_content/GovDesign.Components/dist/govdesign.7ahqi9rzul.css</c>
    /// for <c>_content/GovDesign.Components/dist/govdesign.css</c>; null when the app serves no
    /// fingerprinted copy of it (no <c>MapStaticAssets</c>, or no routing at all).
    /// </summary>
    /// <param name="services">The services of the app or of the renderer.</param>
    /// <param name="path">The file's path from the app's root, without a leading slash.</param>
    public static string? Fingerprinted(IServiceProvider services, string path) =>
        services.GetService<EndpointDataSource>() is { } endpoints ? Lookups.GetValue(endpoints, static e => new Lookup(e)).Find(path) : null;

    // The plain path of each fingerprinted file and its fingerprinted route, built at first use and again
    // whenever the app's endpoints change.
    private sealed class Lookup(EndpointDataSource endpoints)
    {
        private volatile Dictionary<string, string>? _routes;

        public string? Find(string path) => (_routes ??= Build()).GetValueOrDefault(path);

        private Dictionary<string, string> Build()
        {
            endpoints.GetChangeToken().RegisterChangeCallback(_ => _routes = null, null);
            var routes = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var endpoint in endpoints.Endpoints)
            {
                // Compressed copies of a file (selected by Accept-Encoding) have endpoints of their own; the plain one is enough.
                if (endpoint is RouteEndpoint { RoutePattern.RawText: { } route }
                    && endpoint.Metadata.GetMetadata<StaticAssetDescriptor>() is { Selectors.Count: 0 } asset
                    && asset.Properties.FirstOrDefault(p => p.Name == "label") is { } label)
                {
                    routes.TryAdd(label.Value, route.TrimStart('/'));
                }
            }

            return routes;
        }
    }
}
