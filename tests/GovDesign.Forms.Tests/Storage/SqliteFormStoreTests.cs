using GovDesign.Forms.Storage;
using Microsoft.Data.Sqlite;

namespace GovDesign.Forms.Tests.Storage;

/// <summary>The store contract on SQLite, a new database file in a temporary folder per test; and what only SQLite does.</summary>
public sealed class SqliteFormStoreTests : FormStoreTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("govdesign-forms-tests-").FullName;

    private string DatabasePath => Path.Combine(_folder, "forms.db");

    protected override IFormStore CreateStore(TimeProvider clock) => new SqliteFormStore(DatabasePath, clock);

    protected override ValueTask CleanUpAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
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
}
