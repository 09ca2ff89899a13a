using GovDesign.Cli.Audit.Checks;

namespace GovDesign.Cli.Tests;

/// <summary>The markup check on HTML source alone: parse errors that change the tree are raised with their place, others are not.</summary>
public sealed class MarkupCheckTests
{
    private const string Head = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>T</title></head>\n<body><main>\n";

    [Fact]
    public void Run_StrayEndTag_RaisesItWithLineAndColumn()
    {
        var violations = MarkupCheck.Run(Head + "<div><p>Text</p></div></div>\n</main></body></html>");

        var node = Assert.Single(Assert.Single(violations).Nodes);
        Assert.Equal("govdesign-markup-nesting", violations[0].RuleId);
        Assert.StartsWith("Line 4, column ", node.Summary, StringComparison.Ordinal);
        Assert.StartsWith("</div>", node.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<p>One <b><i>two</b></i></p>")]
    [InlineData("<h1>Title<h2>Part</h2></h1>")]
    [InlineData("<div><span>Text</div>")]
    [InlineData("<table><tr><td>1</td><p>Pushed out</p></tr></table>")]
    public void Run_MisnestedTags_Raises(string body)
    {
        var violations = MarkupCheck.Run(Head + body + "\n</main></body></html>");

        Assert.Equal("govdesign-markup-nesting", Assert.Single(violations).RuleId);
    }

    [Theory]
    [InlineData("<p>Fish &amp chips</p>")]
    [InlineData("<p class=\"a\" class=\"b\">Duplicate attribute</p>")]
    [InlineData("<ul><li>One<li>Two</ul><p>Optional end tags<p>are fine")]
    [InlineData("<svg viewBox=\"0 0 1 1\"><path d=\"M0 0\"/></svg><br/>")]
    public void Run_ErrorsThatKeepTheTreeOrNone_RaisesNothing(string body)
    {
        Assert.Empty(MarkupCheck.Run(Head + body + "\n</main></body></html>"));
    }

    [Fact]
    public void Run_NoSource_RaisesNothing()
    {
        Assert.Empty(MarkupCheck.Run(null));
    }
}
