namespace GovDesign.Cli.Audit.Checks;

/// <summary>
/// Follows a keyboard user's Tab presses stop by stop: which listed elements focus reached, in what
/// order, which showed no change when focused, and whether focus got stuck or kept cycling.
/// </summary>
/// <param name="expected">The elements Tab should reach, in document order.</param>
internal sealed class TabWalk(IReadOnlyList<TabWalk.Focusable> expected)
{
    private const int MaxRepeats = 2;
    private readonly HashSet<int> _visited = [];
    private Stop? _previous;
    private int? _first;
    private int _lastIndex = -1;
    private int _stops;
    private bool _wrapped;
    private int _stuck;
    private int _framePressesAtEntry;

    public List<AffectedNode> OutOfOrder { get; } = [];

    /// <summary>Stops whose look did not change with focus, each with the listed element Tab came from (-1 the start): a screenshot must decide.</summary>
    public List<(Stop Stop, int From)> Unchanged { get; } = [];

    public Violation? Trap { get; private set; }

    /// <summary>Presses that moved focus inside a frame: they do not count against the walk's budget.</summary>
    public int InFrames { get; private set; }

    /// <summary>Listed elements Tab never reached; a radio group counts as reached when one of its radios was.</summary>
    public IEnumerable<AffectedNode> Unreached
    {
        get
        {
            var reachedGroups = _visited.Select(i => expected[i].RadioGroup).Where(g => g is not null).ToHashSet();
            return expected.Where((e, i) => !_visited.Contains(i) && (e.RadioGroup is null || !reachedGroups.Contains(e.RadioGroup)))
                .Select(e => new AffectedNode(e.Selector, e.Html, "Never reached by Tab."));
        }
    }

    /// <summary>Takes the next stop.</summary>
    /// <returns>Whether the walk goes on.</returns>
    public bool Add(Stop stop)
    {
        _stops++;
        if (stop.Index == -2 && (_previous is not null || _stops > 2))
        {
            // Focus left the page's content. From a start part-way down the tab order (positive tabindex
            // values, or a script that moved focus) go round once more to reach the beginning.
            if (_wrapped || _visited.Count >= expected.Count)
            {
                return false;
            }

            _wrapped = true;
            _lastIndex = -1;
            _previous = null;
            return true;
        }

        if (stop.Index == -2)
        {
            return true;
        }

        // Inside a frame Tab moves among the frame's own elements while the page sees the frame focused throughout: not a trap.
        if (stop.Frame && _previous is not null && _previous.Selector == stop.Selector)
        {
            // Focus reaches a frame's window just before the element in it: that element's look decides.
            if (InFrames++ == _framePressesAtEntry && stop.Changed && Unchanged.Count > 0 && Unchanged[^1].Stop == _previous)
            {
                Unchanged.RemoveAt(Unchanged.Count - 1);
            }

            return true;
        }

        // Chromium sometimes answers the first press after focus comes back into a tab with the element
        // already focused, so one repeat is not yet a trap; focus that stays for two more presses is.
        _stuck = _previous is not null && _previous.Selector == stop.Selector ? _stuck + 1 : 0;
        if (_stuck >= MaxRepeats)
        {
            Trap = Rules.KeyboardTrap.On([new AffectedNode(stop.Selector, stop.Html, "Tab left focus on this element.")]);
            return false;
        }

        if (_stuck > 0)
        {
            return true;
        }

        if (stop.Index >= 0 && _visited.Contains(stop.Index))
        {
            if (stop.Index != _first && !_wrapped)
            {
                Trap = Rules.KeyboardTrap.On([new AffectedNode(stop.Selector, stop.Html, "Tab keeps cycling back here without leaving this part of the page.")]);
            }

            return false;
        }

        if (stop.Index >= 0)
        {
            _first ??= stop.Index;
            _visited.Add(stop.Index);
            if (stop.Index < _lastIndex)
            {
                OutOfOrder.Add(new AffectedNode(stop.Selector, stop.Html, $"Reached after {expected[_lastIndex].Selector}, which comes later in the page."));
            }

            _lastIndex = Math.Max(_lastIndex, stop.Index);
            if (!stop.Changed)
            {
                Unchanged.Add((stop, _previous?.Index ?? -1));
            }

            _framePressesAtEntry = InFrames;
        }

        _previous = stop;
        return true;
    }

    internal sealed class Focusable
    {
        public string Selector { get; set; } = "";

        public string Html { get; set; } = "";

        public string? RadioGroup { get; set; }
    }

    internal sealed class Stop
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
