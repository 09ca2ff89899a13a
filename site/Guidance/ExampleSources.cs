using System.Collections.Concurrent;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using GovDesign.Site.Examples;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.Components.Web;

namespace GovDesign.Site.Guidance;

/// <summary>What the tabs under a live example show.</summary>
/// <param name="Example">The example.</param>
/// <param name="Razor">Its .razor file as written.</param>
/// <param name="Html">The HTML it renders, pretty-printed.</param>
/// <param name="Json">For a form example, its form definition; otherwise null.</param>
public sealed record ExampleSource(Example Example, string Razor, string Html, string? Json);

/// <summary>
/// The source and rendered HTML of each example, made once and kept: the .razor and .json files
/// are embedded in the site, and the HTML comes from rendering the example on its own.
/// </summary>
public sealed class ExampleSources(IServiceScopeFactory scopes, ILoggerFactory loggers)
{
    private readonly ConcurrentDictionary<string, Task<ExampleSource>> _made = new(StringComparer.Ordinal);

    /// <summary>The tabs' content for an example.</summary>
    public Task<ExampleSource> GetAsync(Example example) => _made.GetOrAdd(example.Id, _ => MakeAsync(example));

    private async Task<ExampleSource> MakeAsync(Example example)
    {
        var json = Read(Path.ChangeExtension(ResourceName(example.Type), ".json"));

        string html;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            // Forms render their action from the current address: give the renderer the example's own.
            if (scope.ServiceProvider.GetService<NavigationManager>() is IHostEnvironmentNavigationManager navigation)
            {
                navigation.Initialize("http://localhost/", "http://localhost" + example.Url);
            }

            await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggers);
            html = Pretty(await renderer.Dispatcher.InvokeAsync(async () =>
                (await renderer.RenderComponentAsync(example.Type, ParameterView.Empty)).ToHtmlString()), example.Info.FullPage);
        }
        catch (Exception error) when (error is InvalidOperationException or ArgumentException or NullReferenceException)
        {
            // An example that needs a real request (a form with antiforgery, say) still shows live in its frame.
            loggers.CreateLogger<ExampleSources>().LogWarning(error, "Example {Id} could not be rendered outside a request", example.Id);
            html = $"<!-- This example renders only within a request; open it in a new tab and view its source. ({error.Message}) -->";
        }

        return new ExampleSource(example, CopyableRazor(example), html, json?.TrimEnd());
    }

    /// <summary>What the Razor tab shows and its copy button copies: the example's .razor file as a team would paste it.</summary>
    public static string CopyableRazor(Example example)
    {
        var razor = Read(ResourceName(example.Type)) ?? $"@* The source of {example.Id} was not found in the site's resources. *@";
        return Copyable(razor).TrimEnd();
    }

    /// <summary>
    /// The Razor a team pastes: without the site's <c>@attribute [Example(...)]</c> line, and with the made-up
    /// service's <c>ExampleLayouts</c> replaced by a <c>Layout</c> parameter for the team's own <c>ServiceLayout</c>.
    /// </summary>
    public static string Copyable(string razor)
    {
        var lines = razor.ReplaceLineEndings("\n").Split('\n')
            .Where(line => !line.TrimStart().StartsWith("@attribute [Example(", StringComparison.Ordinal));
        var text = string.Join('\n', lines);
        if (!text.Contains("ExampleLayouts.", StringComparison.Ordinal))
        {
            return text;
        }

        text = text.Replace("@ExampleLayouts.Service", "@Layout", StringComparison.Ordinal)
            .Replace("@ExampleLayouts.Sensitive", "@Layout", StringComparison.Ordinal);
        return text.TrimEnd() + """

            @code {
                /// <summary>Your service's layout (theme, phase, footer links), created once and given to every page.</summary>
                [Parameter] public ServiceLayout Layout { get; set; } = new();
            }
            """;
    }

    /// <summary><c>GovDesign.Site.Examples.Components.Button.StartButton</c> is <c>Examples/Components/Button/StartButton.razor</c>.</summary>
    private static string ResourceName(Type type)
    {
        var name = type.FullName!["GovDesign.Site.".Length..].Replace('.', '/') + ".razor";
        var names = typeof(ExampleSources).Assembly.GetManifestResourceNames();
        return names.Contains(name) ? name : names.FirstOrDefault(n => n.EndsWith("/" + type.Name + ".razor", StringComparison.Ordinal)) ?? name;
    }

    private static string? Read(string resource)
    {
        using var stream = typeof(ExampleSources).Assembly.GetManifestResourceStream(resource);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Indents the markup, one element a line.</summary>
    public static string Pretty(string html, bool wholePage)
    {
        var parser = new HtmlParser();
        using var writer = new StringWriter();
        var formatter = new PrettyMarkupFormatter { Indentation = "  ", NewLine = "\n" };
        if (wholePage)
        {
            parser.ParseDocument(html).ToHtml(writer, formatter);
        }
        else
        {
            var document = parser.ParseDocument("<!DOCTYPE html><html><body></body></html>");
            foreach (var node in parser.ParseFragment(html, document.Body!))
            {
                node.ToHtml(writer, formatter);
            }
        }

        return writer.ToString().Trim();
    }
}
