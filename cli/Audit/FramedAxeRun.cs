using System.Text.Json;
using Microsoft.Playwright;

namespace GovDesign.Cli.Audit;

/// <summary>
/// Runs axe on a page and every frame in it, one document at a time through Playwright, then merges the parts
/// in the page (axe's runPartial and finishRun), instead of letting axe.run reach the frames by messages.
/// </summary>
/// <remarks>
/// Why not axe.run's messages: Chromium sometimes keeps a frame's first, empty document's window for the page
/// the frame then loads, with the scripts the audit gave that empty document. The frame's <c>axe</c> is then a
/// copy bound to the empty document, and it still answers axe.run's message with the empty document's results;
/// the findings in the frame came and went between identical runs. Here every document's axe is checked to be
/// its own (<see cref="Marker"/>) and loaded afresh when it is not, and no message is sent.
/// </remarks>
internal static class FramedAxeRun
{
    /// <summary>Marks the axe that a document's scripts loaded as that document's own.</summary>
    public const string Marker = "window.axe && (window.axe.__govdesignDocument = document);";

    private const string IsOwn = "() => !!window.axe && window.axe.__govdesignDocument === document";

    private const string Partial = """
        async ([context, options]) => {
          const c = JSON.parse(context) ?? document, o = JSON.parse(options);
          const frames = axe.utils.getFrameContexts(c, o).map(f => ({ selector: typeof f.frameSelector === 'string' ? f.frameSelector : null, context: JSON.stringify(f.frameContext) }));
          return JSON.stringify({ frames, partial: await axe.runPartial(c, o) });
        }
        """;

    private const string Finish = """
        async ([partials, options]) => JSON.stringify({ violations: (await axe.finishRun(JSON.parse(partials), JSON.parse(options))).violations })
        """;

    /// <summary>The violations (axe's JSON) of every document of <paramref name="page"/>, with <paramref name="context"/> and <paramref name="options"/> serialized as axe reads them.</summary>
    public static async Task<string> RunAsync(IPage page, string axeSource, string context, string options)
    {
        var partials = await PartialsAsync(page.MainFrame, axeSource, context, options);
        await EnsureOwnAxeAsync(page.MainFrame, axeSource);
        return await page.EvaluateAsync<string>(Finish, new[] { "[" + string.Join(",", partials.Select(p => p ?? "null")) + "]", options });
    }

    /// <summary>The document's own part, then each of its frames' parts in axe's order; null for a frame that could not be run.</summary>
    private static async Task<List<string?>> PartialsAsync(IFrame frame, string axeSource, string context, string options)
    {
        await EnsureOwnAxeAsync(frame, axeSource);
        using var found = JsonDocument.Parse(await frame.EvaluateAsync<string>(Partial, new[] { context, options }));
        var parts = new List<string?> { found.RootElement.GetProperty("partial").GetRawText() };
        foreach (var child in found.RootElement.GetProperty("frames").EnumerateArray())
        {
            parts.AddRange(await ChildPartialsAsync(frame, child.GetProperty("selector").GetString(), child.GetProperty("context").GetString()!, axeSource, options));
        }

        return parts;
    }

    private static async Task<List<string?>> ChildPartialsAsync(IFrame parent, string? selector, string context, string axeSource, string options)
    {
        if (selector is null)
        {
            return [null];
        }

        try
        {
            var element = await parent.Locator(selector).ElementHandleAsync(new() { Timeout = (float)PageReadiness.ScriptWait.TotalMilliseconds });
            return await element.ContentFrameAsync() is { } child ? await PartialsAsync(child, axeSource, context, options) : [null];
        }
        catch (PlaywrightException)
        {
            return [null]; // a frame gone, or one that cannot run scripts: axe reports it as not tested
        }
    }

    /// <summary>Loads axe afresh into a document whose axe is missing or bound to an earlier document of the same window.</summary>
    private static async Task EnsureOwnAxeAsync(IFrame frame, string axeSource)
    {
        if (!await frame.EvaluateAsync<bool>(IsOwn))
        {
            await frame.EvaluateAsync(axeSource + "\n;" + AxeAudit.Branding + "\n" + Marker + "\nundefined;");
        }
    }
}
