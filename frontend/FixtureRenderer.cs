using GovDesign.Components;
using GovDesign.Components.Binding;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GovDesign.Frontend;

/// <summary>
/// Renders fixtures through GovDesign components with <see cref="HtmlRenderer"/>, outside any request.
/// A renderer keeps every root it rendered: use one per batch of fixtures, then dispose it. The
/// services behind it live as long as the process, as an application's do.
/// </summary>
public sealed class FixtureRenderer : IAsyncDisposable
{
    private static readonly ServiceProvider Services = new ServiceCollection()
        .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
        .AddGovDesignComponents()
        .BuildServiceProvider();

    private readonly HtmlRenderer _renderer = new(Services, Services.GetRequiredService<ILoggerFactory>());

    /// <summary>Binds a fixture's options to its component and renders it to HTML.</summary>
    /// <param name="fixture">The fixture.</param>
    /// <returns>The HTML.</returns>
    public Task<string> RenderAsync(Fixture fixture) => RenderAsync(Bind(fixture));

    /// <summary>Renders a fixture whose options were bound already, for measuring rendering alone.</summary>
    /// <param name="bound">The component type and its parameters.</param>
    /// <returns>The HTML.</returns>
    public Task<string> RenderAsync(BoundFixture bound) => _renderer.Dispatcher.InvokeAsync(async () =>
    {
        var output = await _renderer.RenderComponentAsync(bound.ComponentType, ParameterView.FromDictionary(bound.Parameters));
        return output.ToHtmlString();
    });

    /// <summary>
    /// Renders a batch of fixtures in one pass on the renderer's dispatcher, writing the HTML into
    /// <paramref name="output"/>: the benchmark's unit of work.
    /// </summary>
    /// <param name="batch">Fixtures with bound options.</param>
    /// <param name="output">Where the HTML goes.</param>
    /// <returns>A task that completes when every fixture is written.</returns>
    public Task RenderAllAsync(IReadOnlyList<BoundFixture> batch, TextWriter output) => _renderer.Dispatcher.InvokeAsync(async () =>
    {
        foreach (var bound in batch)
        {
            var root = await _renderer.RenderComponentAsync(bound.ComponentType, ParameterView.FromDictionary(bound.Parameters));
            root.WriteHtmlTo(output);
        }
    });

    /// <summary>Binds a fixture's options to its component's parameters.</summary>
    /// <param name="fixture">The fixture.</param>
    /// <returns>The component type with its parameters.</returns>
    public static BoundFixture Bind(Fixture fixture)
    {
        var type = ComponentTypes.For(fixture.Component);
        return new BoundFixture(type, OptionsBinder.Bind(type, fixture.Options));
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _renderer.DisposeAsync();
}

/// <summary>A component type with parameters bound from a fixture's options.</summary>
/// <param name="ComponentType">The component.</param>
/// <param name="Parameters">Its parameters.</param>
public sealed record BoundFixture(Type ComponentType, IDictionary<string, object?> Parameters);
