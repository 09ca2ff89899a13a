using Microsoft.Playwright;

namespace GovDesign.Cli.Audit.Checks;

/// <summary>
/// Presses Tab through the page as a keyboard user would, and reports elements never reached, stops
/// out of document order, stops without a visible focus indicator and focus that gets stuck.
/// A stop is visibly focused when the computed look of the element, its pseudo-elements, its next
/// sibling (govuk-frontend draws radio and checkbox focus there) or its parent changes; when none
/// does, a screenshot of the element's box with and without focus decides.
/// </summary>
internal static class KeyboardCheck
{
    private const int MaxStops = 300;
    private const int MaxRepeats = 2;

    public static async Task<IReadOnlyList<Violation>> RunAsync(IPage page)
    {
        var expected = await PageJson.EvaluateAsync<List<Focusable>>(page, PageScripts.KeyboardSetup);
        var visited = new HashSet<int>();
        var invisible = new List<AffectedNode>();
        var outOfOrder = new List<AffectedNode>();
        var violations = new List<Violation>();
        Stop? previous = null;
        int? first = null;
        var lastIndex = -1;
        var wrapped = false;
        var stuck = 0;

        var inFrames = 0;
        for (var press = 0; press < Math.Min(expected.Count * 2 + 10 + inFrames, MaxStops); press++)
        {
            await page.Keyboard.PressAsync("Tab");
            var stop = await PageJson.EvaluateAsync<Stop>(page, PageScripts.KeyboardStop);
            if (stop.Index == -2 && (previous is not null || press > 2))
            {
                // Focus left the page's content. From a start part-way down the tab order (positive tabindex
                // values, or a script that moved focus) go round once more to reach the beginning.
                if (wrapped || visited.Count >= expected.Count)
                {
                    break;
                }

                wrapped = true;
                lastIndex = -1;
                previous = null;
                continue;
            }

            if (stop.Index == -2)
            {
                continue;
            }

            // Inside a frame Tab moves among the frame's own elements while the page sees the frame focused
            // throughout: not a trap. Those presses do not count against the walk's budget.
            if (stop.Frame && previous is not null && previous.Selector == stop.Selector)
            {
                inFrames++;
                continue;
            }

            // Chromium sometimes answers the first press after focus comes back into a tab with the element
            // already focused, so one repeat is not yet a trap; focus that stays for two more presses is.
            stuck = previous is not null && previous.Selector == stop.Selector ? stuck + 1 : 0;
            if (stuck >= MaxRepeats)
            {
                violations.Add(Rules.KeyboardTrap.On([new AffectedNode(stop.Selector, stop.Html, "Tab left focus on this element.")]));
                break;
            }

            if (stuck > 0)
            {
                continue;
            }

            if (stop.Index >= 0 && visited.Contains(stop.Index))
            {
                if (stop.Index != first && !wrapped)
                {
                    violations.Add(Rules.KeyboardTrap.On([new AffectedNode(stop.Selector, stop.Html, "Tab keeps cycling back here without leaving this part of the page.")]));
                }

                break;
            }

            if (stop.Index >= 0)
            {
                first ??= stop.Index;
                visited.Add(stop.Index);
                if (stop.Index < lastIndex)
                {
                    outOfOrder.Add(new AffectedNode(stop.Selector, stop.Html, $"Reached after {expected[lastIndex].Selector}, which comes later in the page."));
                }

                lastIndex = Math.Max(lastIndex, stop.Index);
                if (!stop.Changed && !await LooksDifferentWhenFocusedAsync(page, stop))
                {
                    invisible.Add(new AffectedNode(stop.Selector, stop.Html, "Nothing about the element or around it changes when it has focus."));
                }
            }

            previous = stop;
        }

        // Leave nothing focused: a focused skip link is shown, and it hides again on the next click,
        // which moves the page under the pointer (the form walker clicks on in the same page).
        await page.EvaluateAsync(PageScripts.Blur);
        var reachedGroups = visited.Select(i => expected[i].RadioGroup).Where(g => g is not null).ToHashSet();
        var unreached = expected.Where((e, i) => !visited.Contains(i) && (e.RadioGroup is null || !reachedGroups.Contains(e.RadioGroup)))
            .Select(e => new AffectedNode(e.Selector, e.Html, "Never reached by Tab.")).ToList();

        // After a trap, everything after the trap is unreached because of it; the trap is the finding.
        if (unreached.Count > 0 && !violations.Any(v => v.RuleId == Rules.KeyboardTrap.Id))
        {
            violations.Add(Rules.KeyboardReach.On(unreached));
        }

        if (outOfOrder.Count > 0)
        {
            violations.Add(Rules.FocusOrder.On(outOfOrder));
        }

        if (invisible.Count > 0)
        {
            violations.Add(Rules.FocusVisible.On(invisible));
        }

        return violations;
    }

    private static async Task<bool> LooksDifferentWhenFocusedAsync(IPage page, Stop stop)
    {
        var viewport = page.ViewportSize!;
        var x = Math.Max(0, stop.X - 6);
        var y = Math.Max(0, stop.Y - 6);
        var width = Math.Min(viewport.Width - x, stop.Width + 12);
        var height = Math.Min(viewport.Height - y, stop.Height + 12);
        if (width < 1 || height < 1)
        {
            return true; // off screen: nothing to compare, so no claim either way
        }

        var clip = new Clip { X = x, Y = y, Width = width, Height = height };
        var focused = await page.ScreenshotAsync(new() { Clip = clip, Animations = ScreenshotAnimations.Disabled });
        await page.EvaluateAsync(PageScripts.Blur);
        var blurred = await page.ScreenshotAsync(new() { Clip = clip, Animations = ScreenshotAnimations.Disabled });
        await page.EvaluateAsync(PageScripts.Refocus);
        return !focused.AsSpan().SequenceEqual(blurred);
    }

    private sealed class Focusable
    {
        public string Selector { get; set; } = "";

        public string Html { get; set; } = "";

        public string? RadioGroup { get; set; }
    }

    private sealed class Stop
    {
        public int Index { get; set; }

        public string Selector { get; set; } = "";

        public string Html { get; set; } = "";

        public bool Changed { get; set; }

        public bool Frame { get; set; }

        public float X { get; set; }

        public float Y { get; set; }

        public float Width { get; set; }

        public float Height { get; set; }
    }
}
