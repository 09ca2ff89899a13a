using Microsoft.Data.Sqlite;

namespace GovDesign.Tests;

/// <summary>
/// A new folder in the temporary folder for one test class's files and SQLite databases (shared by the
/// test projects as a linked file). Disposing closes SQLite's pooled connections, so the database files
/// can go, and deletes the folder with everything in it.
/// </summary>
internal sealed class TemporaryFolder(string prefix) : IDisposable
{
    /// <summary>The folder's full path.</summary>
    public string Path { get; } = Directory.CreateTempSubdirectory(prefix).FullName;

    /// <summary>The full path of <paramref name="name"/> in the folder.</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}
