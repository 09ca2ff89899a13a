using System.Text.Json;
using Microsoft.Playwright;

namespace GovDesign.Cli.Audit.Checks;

/// <summary>Runs a page script and reads its result as JSON (Playwright's own conversion cannot take nulls in objects).</summary>
internal static class PageJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static async Task<T> EvaluateAsync<T>(this IPage page, string script, object? arg = null)
    {
        var json = await page.EvaluateAsync<string>($"async (arg) => JSON.stringify(await ({script})(arg))", arg);
        return JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidOperationException("The page script returned nothing.");
    }
}
