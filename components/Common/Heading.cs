namespace GovDesign.Components;

/// <summary>Headings whose level is an option (<c>&lt;h{{ headingLevel }}&gt;</c>), which Razor markup cannot name.</summary>
internal static class Heading
{
    /// <summary>An <c>h1</c> to <c>h6</c> element with a class, and an id if given, around <paramref name="content"/>.</summary>
    public static RenderFragment Of(int level, string cssClass, RenderFragment content, string? id = null) => builder =>
    {
        builder.OpenElement(0, $"h{level}");
        builder.AddAttribute(1, "class", cssClass);
        builder.AddAttribute(2, "id", id);
        builder.AddContent(3, content);
        builder.CloseElement();
    };

    /// <summary>
    /// The heading level from an option: <paramref name="fallback"/> when unset, otherwise 1 to 6.
    /// </summary>
    /// <exception cref="OptionsException">The level is outside 1 to 6.</exception>
    public static int Level(int? level, int fallback, string component, string option) => level switch
    {
        null => fallback,
        >= 1 and <= 6 => level.Value,
        _ => throw new OptionsException(component, option, $"must be a heading level from 1 to 6, not {level}"),
    };
}
