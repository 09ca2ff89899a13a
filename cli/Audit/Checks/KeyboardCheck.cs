using Microsoft.Playwright;

namespace GovDesign.Cli.Audit.Checks;

/// <summary>
/// Presses Tab through the page as a keyboard user would, and reports elements never reached, stops
/// out of document order, stops without a visible focus indicator and focus that gets stuck.
/// A stop is visibly focused when the computed look of the element, its pseudo-elements, its next
/// sibling (govuk-frontend draws radio and checkbox focus there) or its parent changes; when none
/// does, a screenshot of the element's box with and without focus decides.
/// </summary>
/// <remarks>
/// The presses go to the browser in batches, without waiting for each, and the page records what each
/// did (<see cref="PageScripts.KeyboardSetup"/>): asking the page after every press made this walk half
/// of a whole audit's time. A page with a frame from another origin, which the recording cannot hear,
/// is still asked after every press.
/// </remarks>
internal static class KeyboardCheck
{
    private const int MaxStops = 300;

    private static readonly Dictionary<string, object> TabDown = Tab("rawKeyDown");
    private static readonly Dictionary<string, object> TabUp = Tab("keyUp");

    public static async Task<IReadOnlyList<Violation>> RunAsync(IPage page)
    {
        var setup = await PageJson.EvaluateAsync<Setup>(page, PageScripts.KeyboardSetup);
        var walk = new TabWalk(setup.Focusables);
        var budget = () => Math.Min(setup.Focusables.Count * 2 + 10 + walk.InFrames, MaxStops);
        if (setup.Batched)
        {
            await WalkInBatchesAsync(page, walk, budget, setup.Focusables.Count + 3);
        }
        else
        {
            for (var press = 0; press < budget(); press++)
            {
                await page.Keyboard.PressAsync("Tab");
                if (!walk.Add(await PageJson.EvaluateAsync<TabWalk.Stop>(page, PageScripts.KeyboardStop)))
                {
                    break;
                }
            }
        }

        var invisible = new List<AffectedNode>();
        foreach (var (stop, from) in walk.Unchanged)
        {
            if (!await LooksDifferentWhenFocusedAsync(page, stop.Index, from))
            {
                invisible.Add(new AffectedNode(stop.Selector, stop.Html, "Nothing about the element or around it changes when it has focus."));
            }
        }

        // Leave nothing focused: a focused skip link is shown, and it hides again on the next click,
        // which moves the page under the pointer (the form walker clicks on in the same page).
        await page.EvaluateAsync(PageScripts.Blur);
        return Findings(walk, invisible);
    }

    private static List<Violation> Findings(TabWalk walk, List<AffectedNode> invisible)
    {
        var violations = new List<Violation>();
        if (walk.Trap is { } trap)
        {
            // After a trap, everything after it is unreached because of it; the trap is the finding.
            violations.Add(trap);
        }
        else if (walk.Unreached.ToList() is { Count: > 0 } unreached)
        {
            violations.Add(Rules.KeyboardReach.On(unreached));
        }

        if (walk.OutOfOrder.Count > 0)
        {
            violations.Add(Rules.FocusOrder.On(walk.OutOfOrder));
        }

        if (invisible.Count > 0)
        {
            violations.Add(Rules.FocusVisible.On(invisible));
        }

        return violations;
    }

    private static async Task WalkInBatchesAsync(IPage page, TabWalk walk, Func<int> budget, int batch)
    {
        var session = await page.Context.NewCDPSessionAsync(page);
        try
        {
            var going = true;
            for (var pressed = 0; going && pressed < budget(); pressed += batch)
            {
                await PressTabAsync(session, Math.Min(batch, MaxStops - pressed));
                going = (await PageJson.EvaluateAsync<List<TabWalk.Stop>>(page, PageScripts.KeyboardStops)).All(walk.Add);
            }
        }
        finally
        {
            await session.DetachAsync();
        }
    }

    /// <summary>Sends the presses one after another without waiting for each: the browser handles them in order.</summary>
    private static Task PressTabAsync(ICDPSession session, int times)
    {
        var sent = new List<Task>(times * 2);
        for (var i = 0; i < times; i++)
        {
            sent.Add(session.SendAsync("Input.dispatchKeyEvent", TabDown));
            sent.Add(session.SendAsync("Input.dispatchKeyEvent", TabUp));
        }

        return Task.WhenAll(sent);
    }

    private static Dictionary<string, object> Tab(string type) => new()
    {
        ["type"] = type,
        ["key"] = "Tab",
        ["code"] = "Tab",
        ["windowsVirtualKeyCode"] = 9,
        ["nativeVirtualKeyCode"] = 9,
    };

    /// <summary>
    /// Tabs to the element again, from the stop before it, and compares a screenshot of its box with one
    /// taken without focus: focus given by a script can look different from focus given by Tab.
    /// </summary>
    private static async Task<bool> LooksDifferentWhenFocusedAsync(IPage page, int index, int from)
    {
        await page.EvaluateAsync(PageScripts.KeyboardFocus, from);
        await page.Keyboard.PressAsync("Tab");
        var box = await PageJson.EvaluateAsync<TabWalk.Stop>(page, PageScripts.KeyboardStop);
        if (box.Index != index)
        {
            return true; // Tab went elsewhere this time: no claim either way
        }

        var viewport = page.ViewportSize!;
        var x = Math.Max(0, box.X - 6);
        var y = Math.Max(0, box.Y - 6);
        var width = Math.Min(viewport.Width - x, box.Width + 12);
        var height = Math.Min(viewport.Height - y, box.Height + 12);
        if (width < 1 || height < 1)
        {
            return true; // off screen: nothing to compare, so no claim either way
        }

        var clip = new Clip { X = x, Y = y, Width = width, Height = height };
        var focused = await page.ScreenshotAsync(new() { Clip = clip, Animations = ScreenshotAnimations.Disabled });
        await page.EvaluateAsync(PageScripts.Blur);
        var blurred = await page.ScreenshotAsync(new() { Clip = clip, Animations = ScreenshotAnimations.Disabled });
        return !focused.AsSpan().SequenceEqual(blurred);
    }

    private sealed class Setup
    {
        public bool Batched { get; set; }

        public List<TabWalk.Focusable> Focusables { get; set; } = [];
    }
}
