using System.Collections.Concurrent;
using GovDesign.Forms.Definitions;
using GovDesign.Forms.Delivery;
using GovDesign.Forms.Storage;
using GovDesign.Tests;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GovDesign.Forms.Runner.Tests.Delivery;

/// <summary>A clock the test moves; only "now" is faked, so timers and timeouts still run in real time.</summary>
public sealed class TestClock : TimeProvider
{
    public DateTimeOffset Now { get; set; } = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>
/// The delivery services as the runner registers them, over a SQLite store of their own, with settings
/// from configuration, a test clock and every log line kept; submissions are written straight to the store.
/// </summary>
public sealed class DeliveryRig : IAsyncDisposable
{
    private readonly TemporaryFolder _folder = new("govdesign-delivery-");
    private readonly ServiceProvider _services;

    public DeliveryRig(Dictionary<string, string?> settings)
    {
        Store = new SqliteFormStore(_folder.File("forms.db"), Clock);
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging(logging => logging.AddProvider(new ListLoggerProvider(Logs)).SetMinimumLevel(LogLevel.Debug));
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<IFormStore>(Store);
        services.AddFormDelivery();
        _services = services.BuildServiceProvider();
    }

    public TestClock Clock { get; } = new();

    public SqliteFormStore Store { get; }

    public ConcurrentQueue<string> Logs { get; } = new();

    public IServiceProvider Services => _services;

    public string Folder => _folder.Path;

    internal Deliverer Deliverer => _services.GetRequiredService<Deliverer>();

    /// <summary>Submits a journey whose one delivery is a webhook to <paramref name="url"/> signed with the secret named <paramref name="secret"/>.</summary>
    public async Task<Submission> SubmitAsync(Uri url, string secret = "test", string session = "s1") =>
        await Store.SubmitAsync("form", session, new() { ["answers"] = new System.Text.Json.Nodes.JsonObject(), ["items"] = new System.Text.Json.Nodes.JsonObject() }, ReferenceFormat.Default,
            s => [new OutboxMessage(OutboxMessage.NewId(), "webhook", DeliveryDestination.Webhook(url, secret), $$"""{"type":"form.submitted","version":1,"reference":"{{s.Reference}}","answers":[]}""")],
            TestContext.Current.CancellationToken);

    public async Task<OutboxItem> OnlyDeliveryAsync() =>
        Assert.Single(await Store.GetDeliveriesAsync("form", failedOnly: false, TestContext.Current.CancellationToken));

    public Task<int> DeliverAsync() => Deliverer.DeliverDueAsync(TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _folder.Dispose();
    }

    private sealed class ListLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new ListLogger(lines);

        public void Dispose()
        {
        }
    }

    private sealed class ListLogger(ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{eventId.Id} {formatter(state, exception)} {exception}");
    }
}
