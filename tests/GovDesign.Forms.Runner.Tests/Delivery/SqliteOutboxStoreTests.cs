using GovDesign.Forms.Storage;
using GovDesign.Tests;

namespace GovDesign.Forms.Runner.Tests.Delivery;

/// <summary>The outbox on SQLite: a new database file per test.</summary>
public sealed class SqliteOutboxStoreTests : OutboxStoreTests, IDisposable
{
    private readonly TemporaryFolder _folder = new("govdesign-outbox-");

    protected override IFormStore CreateStore() => new SqliteFormStore(_folder.File("forms.db"));

    public void Dispose() => _folder.Dispose();
}
