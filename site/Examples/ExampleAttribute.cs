namespace GovDesign.Site.Examples;

/// <summary>
/// Marks a Razor component under <c>site/Examples/</c> as an example the site shows. Its id is its
/// namespace below <c>GovDesign.Site.Examples</c> plus its class name, in kebab case:
/// <c>Examples/Components/Button/StartButton.razor</c> is <c>components/button/start-button</c>.
/// </summary>
/// <param name="title">What the example shows, as a short sentence ("Start button").</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ExampleAttribute(string title) : Attribute
{
    /// <summary>What the example shows.</summary>
    public string Title { get; } = title;

    /// <summary>Position among the examples of the same component or pattern (lowest first).</summary>
    public int Order { get; init; }

    /// <summary>
    /// True when the example renders a whole page (a <c>PageTemplate</c>, as page patterns do);
    /// otherwise the site wraps it in a plain page of its own.
    /// </summary>
    public bool FullPage { get; init; }
}
