namespace GovDesign.Components.Binding;

/// <summary>
/// Marks an option that the template prints as it is, such as an item's <c>value</c>: a JSON
/// <c>false</c> binds as the text <c>false</c>, as Nunjucks prints it. Other text options bind
/// <c>false</c> as empty text, because templates test them for truthiness before using them.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PrintedAsTextAttribute : Attribute;
