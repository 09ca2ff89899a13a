using GovDesign.Forms.Storage;
using GovDesign.Tests;
using Microsoft.Data.Sqlite;

namespace GovDesign.Forms.Tests.Storage;

/// <summary>The store contract on SQLite, a new database file in a temporary folder per test; and what only SQLite does.</summary>
public sealed class SqliteFormStoreTests : FormStoreTests
{
    private readonly TemporaryFolder _folder = new("govdesign-forms-tests-");

    private string DatabasePath => _folder.File("forms.db");

    protected override IFormStore CreateStore(TimeProvider clock) => new SqliteFormStore(DatabasePath, clock);

    protected override ValueTask CleanUpAsync()
    {
        _folder.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task FirstUse_OnANewFile_CreatesTheTablesInWalMode()
    {
        await Store.GetSubmissionsAsync("form", Cancel);

        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync(Cancel);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync(Cancel));
    }

    [Fact]
    public async Task FirstUse_InAFolderThatDoesNotExist_CreatesTheFolder()
    {
        var path = Path.Combine(_folder.File("data"), "nested", "forms.db");
        var store = new SqliteFormStore(path);

        await store.SaveJourneyAsync(new JourneyRecord("session", "form", [], DateTimeOffset.UtcNow), Cancel);

        Assert.True(File.Exists(path));
        Assert.NotNull(await store.GetJourneyAsync("session", Cancel));
    }
}
