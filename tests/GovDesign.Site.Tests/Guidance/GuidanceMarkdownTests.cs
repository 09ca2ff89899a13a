using GovDesign.Site.Guidance;

namespace GovDesign.Site.Tests.Guidance;

public sealed class GuidanceMarkdownTests
{
    private const string Page = """
        ---
        title: "Date input"
        description: Asks for a date as day, month and year.
        order: 3
        status: experimental
        component: DateInput
        ---

        # Date input

        ## When to use it

        Some text with [a link](/styles/colour).

        - one
        - two

        > Remember this.

        | A | B |
        |---|---|
        | 1 | 2 |

        ```example
        components/date-input/default
        ```

        ### Details `here`
        """;

    [Fact]
    public void Parse_FrontMatter_ReadsEveryKey()
    {
        var page = GuidanceMarkdown.Parse(Page, "date-input.md", "components/date-input.md");

        Assert.Equal(new FrontMatter("Date input", "Asks for a date as day, month and year.", 3, "experimental", "DateInput"), page.Meta);
    }

    [Fact]
    public void Parse_Address_ComesFromThePath()
    {
        Assert.Equal(("/components/date-input", "components", "date-input"), GuidanceMarkdown.Address("components/date-input.md"));
        Assert.Equal(("/styles", "styles", "index"), GuidanceMarkdown.Address("styles/index.md"));
        Assert.Equal(("/", "", "index"), GuidanceMarkdown.Address("index.md"));
    }

    [Fact]
    public void Parse_Headings_GetAnchorsAndGovukClasses()
    {
        var page = GuidanceMarkdown.Parse(Page, "date-input.md", "components/date-input.md");

        Assert.Equal([new Heading(2, "When to use it", "when-to-use-it"), new Heading(3, "Details here", "details-here")], page.Headings);
        Assert.Contains("<h2 id=\"when-to-use-it\" class=\"govuk-heading-l\">", page.Html);
        Assert.Contains("<h3 id=\"details-here\" class=\"govuk-heading-m\">", page.Html);
    }

    [Fact]
    public void Parse_LeadingHeadingOne_IsDroppedForTheTitle()
    {
        var page = GuidanceMarkdown.Parse(Page, "date-input.md", "components/date-input.md");

        Assert.DoesNotContain("<h1", page.Html);
    }

    [Fact]
    public void Parse_Blocks_GetGovukTypographyClasses()
    {
        var html = GuidanceMarkdown.Parse(Page, "date-input.md", "components/date-input.md").Html;

        Assert.Contains("<p class=\"govuk-body\">", html);
        Assert.Contains("<a href=\"/styles/colour\" class=\"govuk-link\">", html);
        Assert.Contains("<ul class=\"govuk-list govuk-list--bullet\">", html);
        Assert.Contains("<blockquote class=\"govuk-inset-text\">", html);
        Assert.Contains("<table class=\"govuk-table\">", html);
        Assert.Contains("<th class=\"govuk-table__header\">", html);
        Assert.Contains("<td class=\"govuk-table__cell\">", html);
    }

    [Fact]
    public void Parse_ExampleBlock_BecomesAMarker()
    {
        var page = GuidanceMarkdown.Parse(Page, "date-input.md", "components/date-input.md");

        Assert.Equal(["components/date-input/default"], page.ExampleIds);
        Assert.Contains("<!--govdesign-example:components/date-input/default-->", page.Html);
        Assert.DoesNotContain("<pre", page.Html);
    }

    [Fact]
    public void Parse_CodeBlock_ScrollsInAFocusableBox()
    {
        var page = GuidanceMarkdown.Parse("---\ntitle: T\ndescription: D\n---\n```csharp\nvar x = 1 < 2;\n```\n", "t.md", "t.md");

        Assert.Contains("<pre class=\"govdesign-code\" tabindex=\"0\"><code class=\"language-csharp\">var x = 1 &lt; 2;", page.Html);
    }

    [Fact]
    public void Parse_Text_IsPlainWordsForSearch()
    {
        var page = GuidanceMarkdown.Parse(Page, "date-input.md", "components/date-input.md");

        Assert.Contains("Some text with a link.", page.Text);
        Assert.DoesNotContain("<", page.Text);
    }

    [Theory]
    [InlineData("---\ndescription: D\n---\nText", "t.md(1): front matter needs \"title:\"")]
    [InlineData("---\ntitle: T\ndescription: D\ncolour: red\n---\n", "t.md(4): unknown front matter key \"colour\"")]
    [InlineData("---\ntitle: T\ndescription: D\norder: first\n---\n", "order \"first\" is not a whole number")]
    [InlineData("No front matter", "t.md(1): a guidance page starts with front matter")]
    public void Parse_BadFrontMatter_NamesTheFileAndLine(string markdown, string expected)
    {
        var error = Assert.Throws<GuidanceException>(() => GuidanceMarkdown.Parse(markdown, "t.md", "t.md"));

        Assert.Contains(expected, error.Message);
    }
}
