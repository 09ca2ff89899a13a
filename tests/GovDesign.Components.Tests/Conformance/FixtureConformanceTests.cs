using GovDesign.Frontend;

namespace GovDesign.Components.Tests.Conformance;

/// <summary>
/// Every govuk-frontend 6.6.0 fixture, hidden ones included, rendered through our Razor component
/// and compared with the HTML the Nunjucks macro renders.
/// </summary>
public sealed class FixtureConformanceTests(FixtureRendererFixture renderer) : IClassFixture<FixtureRendererFixture>
{
    public static TheoryData<string> AllFixtures()
    {
        var data = new TheoryData<string>();
        foreach (var fixture in GovukFrontendPackage.Fixtures)
        {
            data.Add(new TheoryDataRow<string>(fixture.ToString()) { TestDisplayName = fixture.ToString() });
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllFixtures))]
    public async Task Render_MatchesGovukFrontendFixture(string name)
    {
        var fixture = GovukFrontendPackage.Fixtures.Single(f => f.ToString() == name);

        var problem = await ProblemWith(fixture);

        Assert.True(problem is null, problem);
    }

    /// <summary>What is wrong with our rendering of the fixture, or null when it matches.</summary>
    private async Task<string?> ProblemWith(Fixture fixture)
    {
        string html;
        try
        {
            html = await renderer.Renderer.RenderAsync(fixture);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            return $"{fixture} does not render: {e}";
        }

        var differences = HtmlComparison.Differences(fixture.Html, html);
        return differences.Count == 0 ? null : $"""
            {fixture} differs from govuk-frontend:
            {string.Join(Environment.NewLine, differences.Select(HtmlComparison.Describe))}

            Expected:
            {fixture.Html}

            Rendered:
            {html}
            """;
    }

    [Fact]
    public void Package_IsGovukFrontend660WithAll725Fixtures()
    {
        Assert.Equal("6.6.0", GovukFrontendPackage.Version);
        Assert.Equal(725, GovukFrontendPackage.Fixtures.Count);
        Assert.Equal(432, GovukFrontendPackage.Fixtures.Count(f => f.Hidden));
    }
}

/// <summary>One renderer for the whole conformance run, disposed at the end.</summary>
public sealed class FixtureRendererFixture : IAsyncDisposable
{
    public FixtureRenderer Renderer { get; } = new();

    public ValueTask DisposeAsync() => Renderer.DisposeAsync();
}
