using Microsoft.Playwright;

namespace GovDesign.Cli.Audit;

/// <summary>
/// Waits, before any check runs, until the page is what a visitor would meet: every frame's document loaded,
/// and in every document where govuk-frontend is set to run (its <c>govuk-frontend-supported</c> class on the
/// body), every govuk-frontend component initialised (govuk-frontend marks each root with
/// <c>data-&lt;module&gt;-init</c>). Scripts change what axe sees (an accordion's button names, a radio's
/// <c>aria-expanded</c>), so checking before they finish gives findings that come and go between runs.
/// A component that never initialises (its script failed) is waited for at most <see cref="ScriptWait"/>,
/// then audited as it is.
/// </summary>
internal static class PageReadiness
{
    /// <summary>How long a frame's load, and govuk-frontend's initialisation in each document, is waited for at most.</summary>
    public static readonly TimeSpan ScriptWait = TimeSpan.FromSeconds(5);

    /// <summary>True once govuk-frontend has initialised every component it was given, or when it is not set to run.</summary>
    internal const string GovukFrontendReady = """
        () => !document.body || !document.body.classList.contains('govuk-frontend-supported')
          || [...document.querySelectorAll('[data-module^="govuk-"]')].every(e => e.hasAttribute(`data-${e.getAttribute('data-module').split(' ')[0]}-init`))
        """;

    /// <summary>Waits for every frame of <paramref name="page"/> (the page's own document first).</summary>
    public static async Task WaitAsync(IPage page)
    {
        foreach (var frame in page.Frames)
        {
            await WaitAsync(frame);
        }
    }

    private static async Task WaitAsync(IFrame frame)
    {
        try
        {
            await frame.WaitForLoadStateAsync(LoadState.Load, new() { Timeout = (float)ScriptWait.TotalMilliseconds });
            await frame.WaitForFunctionAsync(GovukFrontendReady, null, new() { Timeout = (float)ScriptWait.TotalMilliseconds, PollingInterval = 25 });
        }
        catch (System.TimeoutException)
        {
            // A frame that never loads, or a component whose script failed: audit what is there.
        }
        catch (PlaywrightException) when (frame.IsDetached)
        {
            // The frame went away while waiting: nothing of it to audit.
        }
    }
}
