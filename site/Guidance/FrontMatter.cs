namespace GovDesign.Site.Guidance;

/// <summary>The flat <c>key: value</c> pairs between the <c>---</c> lines at the top of a guidance page.</summary>
/// <param name="Title">The page's title (required).</param>
/// <param name="Description">One sentence about the page (required).</param>
/// <param name="Order">Its place in its section; pages without one come after, by title.</param>
/// <param name="Status">stable or experimental, when given.</param>
/// <param name="Component">The .NET type whose parameters the page lists in an options table.</param>
public sealed record FrontMatter(string Title, string Description, int? Order, string? Status, string? Component)
{
    private static readonly string[] Known = ["title", "description", "order", "status", "component", "section", "schema", "keywords"];

    /// <summary>The JSON Schema (by name, see <see cref="SchemaReferences"/>) written out as reference after the page's text.</summary>
    public string? Schema { get; init; }

    /// <summary>Other words people search for the page by, such as "datepicker" for Date input: <c>keywords: a, b</c>.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>Reads the pairs; <paramref name="file"/> and <paramref name="firstLine"/> name the place in an error.</summary>
    public static FrontMatter Parse(IEnumerable<string> lines, string file, int firstLine)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var number = firstLine + 1;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#') || line == "---")
            {
                continue;
            }

            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                throw new GuidanceException(file, number, $"front matter line \"{line}\" is not a \"key: value\" pair");
            }

            var key = line[..colon].Trim();
            if (!Known.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                throw new GuidanceException(file, number, $"unknown front matter key \"{key}\" (known: {string.Join(", ", Known)})");
            }

            values[key] = Unquote(line[(colon + 1)..].Trim());
        }

        string Required(string key) => values.TryGetValue(key, out var value) && value.Length > 0
            ? value
            : throw new GuidanceException(file, firstLine + 1, $"front matter needs \"{key}:\"");

        int? order = null;
        if (values.TryGetValue("order", out var orderText))
        {
            order = int.TryParse(orderText, System.Globalization.CultureInfo.InvariantCulture, out var n)
                ? n
                : throw new GuidanceException(file, firstLine + 1, $"order \"{orderText}\" is not a whole number");
        }

        return new FrontMatter(Required("title"), Required("description"), order,
            values.GetValueOrDefault("status") is { Length: > 0 } s ? s : null,
            values.GetValueOrDefault("component") is { Length: > 0 } c ? c : null)
        {
            Schema = values.GetValueOrDefault("schema") is { Length: > 0 } schema ? schema : null,
            Keywords = values.GetValueOrDefault("keywords") is { Length: > 0 } keywords
                ? [.. keywords.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]
                : [],
        };
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && (value[0] == '"' && value[^1] == '"' || value[0] == '\'' && value[^1] == '\'') ? value[1..^1] : value;
}

/// <summary>A guidance file that cannot be read, with the file and line it happened on.</summary>
public sealed class GuidanceException(string file, int line, string message)
    : Exception($"{file}({line}): {message}")
{
    /// <summary>The file.</summary>
    public string File { get; } = file;

    /// <summary>The line, from 1.</summary>
    public int Line { get; } = line;
}
