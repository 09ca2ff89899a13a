using AngleSharp.Diffing;
using AngleSharp.Diffing.Core;

namespace GovDesign.Components.Tests.Conformance;

/// <summary>Compares two HTML fragments as DOM trees, ignoring whitespace, attribute order and class order.</summary>
internal static class HtmlComparison
{
    public static IReadOnlyList<IDiff> Differences(string expected, string actual) =>
        DiffBuilder.Compare(expected).WithTest(actual).WithOptions(options => options.AddDefaultOptions()).Build().ToList();

    public static string Describe(IDiff diff) => diff switch
    {
        NodeDiff n => $"{n.Control.Path}: expected {Text(n.Control)}, got {Text(n.Test)}",
        AttrDiff a => $"{a.Control.Path}: expected {a.Control.Attribute.Name}=\"{a.Control.Attribute.Value}\", got \"{a.Test.Attribute.Value}\"",
        MissingNodeDiff m => $"{m.Control.Path}: missing {Text(m.Control)}",
        MissingAttrDiff m => $"{m.Control.Path}: missing attribute {m.Control.Attribute.Name}=\"{m.Control.Attribute.Value}\"",
        UnexpectedNodeDiff u => $"{u.Test.Path}: unexpected {Text(u.Test)}",
        UnexpectedAttrDiff u => $"{u.Test.Path}: unexpected attribute {u.Test.Attribute.Name}=\"{u.Test.Attribute.Value}\"",
        _ => diff.ToString() ?? diff.GetType().Name,
    };

    private static string Text(ComparisonSource source) => source.Node switch
    {
        AngleSharp.Dom.IElement e => $"<{e.LocalName}>",
        var node => $"\"{node.TextContent.Trim()}\"",
    };
}
