using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using GovDesign.Site.Examples;
using GovDesign.Site.Guidance;

namespace GovDesign.Site.Export;

/// <summary>What an export wrote.</summary>
/// <param name="Pages">HTML pages written.</param>
/// <param name="Files">All files written, pages included.</param>
/// <param name="Elapsed">How long it took.</param>
/// <param name="Failures">Pages and linked files that did not answer as expected, with their status.</param>
/// <param name="MissingStyleAssets">Files that a stylesheet refers to but the site does not have (the stylesheet's problem, not a broken link of a page).</param>
internal sealed record ExportResult(int Pages, int Files, TimeSpan Elapsed, IReadOnlyList<string> Failures, IReadOnlyList<string> MissingStyleAssets);

/// <summary>
/// Writes the running site as static files: every guidance page, example page and fixture page,
/// the search index, and every asset they refer to (found by following their links), with
/// root-relative addresses rewritten for <paramref name="basePath"/> so the files work from any
/// static host, under a sub-path too. A page <c>/a/b</c> becomes <c>a/b/index.html</c>, linked as <c>{base}a/b/</c>.
/// </summary>
internal sealed partial class StaticExporter(HttpClient http, GuidanceStore store, string basePath = "/")
{
    private static readonly HashSet<string> FileExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".css", ".js", ".mjs", ".json", ".svg", ".png", ".ico", ".jpg", ".jpeg", ".gif", ".webp", ".woff", ".woff2", ".webmanifest", ".txt", ".xml", ".map",
    };

    private readonly string _base = "/" + basePath.Trim('/') + (basePath.Trim('/').Length > 0 ? "/" : "");

    /// <summary>Every address the export starts from; assets are found by following links.</summary>
    public IEnumerable<string> Seeds()
    {
        yield return "/404";
        yield return "/search";
        yield return "/search-index.json";
        yield return SiteApp.SchemaPath;
        yield return "/themes";
        foreach (var page in store.Current().Pages)
        {
            yield return page.Url;
        }

        foreach (var component in Catalogue.Components)
        {
            yield return $"/components/{component}";
            foreach (var fixture in Catalogue.Examples(component))
            {
                yield return Catalogue.Url(fixture);
                yield return Catalogue.FrameUrl(fixture);
            }
        }

        foreach (var example in ExampleCatalogue.All)
        {
            yield return example.Url;
        }
    }

    /// <summary>Writes the site into <paramref name="directory"/>.</summary>
    public async Task<ExportResult> ExportAsync(string directory, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        Directory.CreateDirectory(directory);
        var seen = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var failures = new ConcurrentBag<string>();
        var fromStyles = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var missingStyleAssets = new ConcurrentBag<string>();
        var pages = 0;
        var files = 0;
        var frontier = Seeds().Where(u => seen.TryAdd(u, true)).ToList();
        while (frontier.Count > 0)
        {
            var found = new ConcurrentBag<string>();
            await Parallel.ForEachAsync(frontier, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount * 2, CancellationToken = cancellation }, async (url, token) =>
            {
                if (IsServerOnly(url))
                {
                    var standIn = Path.Combine(directory, FileFor(url));
                    Directory.CreateDirectory(Path.GetDirectoryName(standIn)!);
                    await File.WriteAllTextAsync(standIn, StandIn(url), new UTF8Encoding(false), token);
                    Interlocked.Increment(ref pages);
                    Interlocked.Increment(ref files);
                    return;
                }

                using var response = await http.GetAsync(url, token);
                var expected = url == "/404" ? 404 : 200;
                if ((int)response.StatusCode != expected)
                {
                    (fromStyles.ContainsKey(url) ? missingStyleAssets : failures).Add($"{url}: {(int)response.StatusCode}");
                    return;
                }

                var type = response.Content.Headers.ContentType?.MediaType ?? "";
                var target = Path.Combine(directory, FileFor(url));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                if (type is "text/html" or "text/css" or "application/json" or "text/javascript")
                {
                    var text = await response.Content.ReadAsStringAsync(token);
                    foreach (var link in Links(text, type, url).Where(l => !IsDemo(url) || IsFile(l)))
                    {
                        if (seen.TryAdd(link, true))
                        {
                            if (type == "text/css")
                            {
                                fromStyles[link] = true;
                            }

                            found.Add(link);
                        }
                    }

                    await File.WriteAllTextAsync(target, Rewrite(text, type), new UTF8Encoding(false), token);
                    if (type == "text/html")
                    {
                        Interlocked.Increment(ref pages);
                    }
                }
                else
                {
                    await using var output = File.Create(target);
                    await response.Content.CopyToAsync(output, token);
                }

                Interlocked.Increment(ref files);
            });
            frontier = [.. found];
        }

        return new ExportResult(pages, files, clock.Elapsed, [.. failures.Order(StringComparer.Ordinal)], [.. missingStyleAssets.Order(StringComparer.Ordinal)]);
    }

    /// <summary>The file an address is written to, relative to the export folder.</summary>
    public static string FileFor(string url)
    {
        var path = url.Split('?', '#')[0];
        if (path == "/")
        {
            return "index.html";
        }

        if (path == "/404")
        {
            return "404.html";
        }

        return IsFile(path) ? path.TrimStart('/') : path.Trim('/') + "/index.html";
    }

    /// <summary>A root-relative address as the export links it: under the base path, a page with a trailing slash.</summary>
    public string RewriteUrl(string url)
    {
        var cut = url.IndexOfAny(['?', '#']);
        var (path, rest) = cut < 0 ? (url, "") : (url[..cut], url[cut..]);
        var rewritten = path == "/" ? _base : IsFile(path) ? _base + path.TrimStart('/') : _base + path.Trim('/') + "/";
        return rewritten + rest;
    }

    /// <summary>
    /// True for a govuk-frontend fixture alone on its page: its links are fixture data (a breadcrumb
    /// to "/section"), so only its assets are followed.
    /// </summary>
    public static bool IsDemo(string url) => url.StartsWith("/examples/fixtures/", StringComparison.Ordinal);

    /// <summary>
    /// True for the pages that need the running site (the sample forms, the playground and the pattern demos): the
    /// export writes a page saying so in their place, rather than following their forms.
    /// </summary>
    public static bool IsServerOnly(string url) =>
        url.StartsWith("/forms/", StringComparison.Ordinal) || url == "/forms" || url.StartsWith("/playground", StringComparison.Ordinal)
        || url.StartsWith("/patterns/demo/", StringComparison.Ordinal);

    private string StandIn(string url)
    {
        var path = System.Net.WebUtility.HtmlEncode(url.Split('?', '#')[0]);
        return $"""
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{path} needs the running site – GovDesign</title></head>
            <body>
            <main>
            <h1>{path} needs the running site</h1>
            <p>This page runs on the server, so a static copy of the site cannot show it. Run <code>dotnet run --project site</code> and open {path} there.</p>
            <p><a href="{_base}">Back to the design system</a></p>
            </main>
            </body>
            </html>
            """;
    }

    private static bool IsFile(string path) => FileExtensions.Contains(Path.GetExtension(path));

    private string Rewrite(string text, string type) => type switch
    {
        "text/javascript" => text,
        "text/html" => HtmlLink().Replace(text, m => m.Groups[1].Value + RewriteUrl(m.Groups[2].Value) + "\""),
        "text/css" => CssLink().Replace(text, m => $"url({m.Groups[1].Value}{RewriteUrl(m.Groups[2].Value)}{m.Groups[1].Value})"),
        _ => JsonUrl().Replace(text, m => m.Groups[1].Value + RewriteUrl(m.Groups[2].Value) + "\""),
    };

    /// <summary>
    /// The root-relative addresses a page or stylesheet at <paramref name="url"/> refers to, without their
    /// fragments; a stylesheet's relative addresses (<c>url(images/x.svg)</c>) and a script module's relative
    /// imports (<c>import ... from './dist/x.js'</c>) too, resolved against it.
    /// </summary>
    private static IEnumerable<string> Links(string text, string type, string url)
    {
        if (type == "text/javascript")
        {
            // Relative in the module, so relative in the export too: nothing to rewrite, only files to fetch.
            return JsImport().Matches(text).Select(m => Resolve(url, m.Groups[2].Value)).Distinct();
        }

        var matches = type switch
        {
            "text/html" => HtmlLink().Matches(text),
            "text/css" => CssLink().Matches(text),
            _ => JsonUrl().Matches(text),
        };
        var relative = type == "text/css" ? CssRelativeLink().Matches(text).Select(m => Resolve(url, m.Groups[2].Value)) : [];
        return matches.Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[2].Value)).Concat(relative)
            .Select(u => u.Split('#')[0]).Where(u => u.Length > 0 && !u.Contains('?')).Distinct();
    }

    private static string Resolve(string url, string relative) => new Uri(new Uri("http://site" + url), relative).AbsolutePath;

    [GeneratedRegex("(\\s(?:href|src|action|data-search-index)=\")(/(?!/)[^\"]*)\"")]
    private static partial Regex HtmlLink();

    [GeneratedRegex("url\\(\\s*([\"']?)(/(?!/)[^\"')]+)\\1\\s*\\)")]
    private static partial Regex CssLink();

    [GeneratedRegex("url\\(\\s*([\"']?)(?![a-z]+:|/|#)([^\"')]+)\\1\\s*\\)")]
    private static partial Regex CssRelativeLink();

    [GeneratedRegex("(\"url\":\")(/(?!/)[^\"]*)\"")]
    private static partial Regex JsonUrl();

    [GeneratedRegex("\\b(import|from)\\s*[\"'](\\.{1,2}/[^\"']+)[\"']")]
    private static partial Regex JsImport();
}
