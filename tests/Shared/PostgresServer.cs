using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace GovDesign.Tests;

/// <summary>
/// A PostgreSQL database of its own for a test fixture. The server is the one
/// <c>GOVDESIGN_POSTGRES</c> names (a connection string whose user may create databases) or, when
/// that is not set, a throwaway cluster started here: <c>initdb</c> into a temporary folder (as the
/// <c>postgres</c> user when running as root, which initdb refuses), trust authentication, loopback
/// only, a free port. Disposing drops the database and stops and deletes the cluster. Without a
/// server or PostgreSQL's programs, starting fails with a message saying what to install.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private const string ServiceUser = "postgres";
    private string? _adminConnectionString;
    private string? _cluster;
    private string? _bin;

    /// <summary>The connection string of this fixture's database.</summary>
    public string ConnectionString { get; private set; } = "";

    /// <summary>The database's name.</summary>
    public string Database { get; } = "govdesign_test_" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>The connection string with a search path, so that each test can have a schema of its own.</summary>
    /// <param name="schema">The schema's name.</param>
    /// <returns>The connection string.</returns>
    public string WithSchema(string schema) => new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = schema }.ConnectionString;

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        _adminConnectionString = Environment.GetEnvironmentVariable("GOVDESIGN_POSTGRES") is { Length: > 0 } given ? given : await StartClusterAsync();
        await using (var admin = new NpgsqlConnection(_adminConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {Database}", admin);
            await create.ExecuteNonQueryAsync();
        }

        ConnectionString = new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = Database }.ConnectionString;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_cluster is not null)
        {
            await RunAsync("pg_ctl", "-D", _cluster, "-m", "immediate", "-w", "stop");
            Directory.Delete(_cluster, recursive: true);
            return;
        }

        if (_adminConnectionString is not null && ConnectionString.Length > 0)
        {
            await using var admin = new NpgsqlConnection(_adminConnectionString);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Database} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private async Task<string> StartClusterAsync()
    {
        _bin = FindPrograms() ?? throw new InvalidOperationException(
            "The PostgreSQL tests need a PostgreSQL server. Install PostgreSQL's programs (on Debian or Ubuntu: 'sudo apt-get install postgresql'; " +
            "initdb and pg_ctl are looked for on the PATH and in /usr/lib/postgresql/<version>/bin), " +
            "or set GOVDESIGN_POSTGRES to the connection string of a server where the user may create databases.");
        _cluster = Environment.IsPrivilegedProcess
            ? (await RunAsync("mktemp", "-d", Path.Combine(Path.GetTempPath(), "govdesign-postgres-XXXXXX"))).Trim()
            : Directory.CreateTempSubdirectory("govdesign-postgres-").FullName;
        await RunAsync("initdb", "-D", _cluster, "-U", ServiceUser, "--auth=trust", "--encoding=UTF8", "--no-locale", "--no-sync");

        for (var attempt = 0; ; attempt++)
        {
            var port = FreePort();
            try
            {
                // Loopback only, the socket in the cluster's own folder, and no fsync: the data is thrown away.
                await RunAsync("pg_ctl", "-D", _cluster, "-l", Path.Combine(_cluster, "server.log"), "-w", "-t", "60",
                    "-o", $"-p {port} -c listen_addresses=127.0.0.1 -k {_cluster} -F", "start");
                return $"Host=127.0.0.1;Port={port};Username={ServiceUser};Database=postgres;Timeout=30";
            }
            catch (InvalidOperationException) when (attempt < 2)
            {
                // Another process took the port between our check and the server's start: try another.
            }
        }
    }

    /// <summary>The folder holding initdb and pg_ctl, or null.</summary>
    private static string? FindPrograms()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "initdb")).FirstOrDefault(File.Exists);
        var installed = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(v => int.TryParse(Path.GetFileName(v), out var n) ? n : 0)
                .Select(v => Path.Combine(v, "bin", "initdb")).FirstOrDefault(File.Exists)
            : null;
        var initdb = onPath ?? installed;
        if (initdb is null)
        {
            return null;
        }

        // A symbolic link on the PATH (Debian's /usr/bin wrappers, /usr/local/bin links) leads to the real folder, where pg_ctl is too.
        var real = new FileInfo(initdb).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? initdb;
        var folder = Path.GetDirectoryName(real)!;
        return File.Exists(Path.Combine(folder, "pg_ctl")) ? folder : installed is null ? null : Path.GetDirectoryName(installed);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Runs one of PostgreSQL's programs (or mktemp), as the postgres user when we are root; throws with its output when it fails.</summary>
    private async Task<string> RunAsync(string program, params string[] arguments)
    {
        var path = program == "mktemp" ? program : Path.Combine(_bin!, program);
        var start = new ProcessStartInfo(Environment.IsPrivilegedProcess ? "runuser" : path) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (Environment.IsPrivilegedProcess)
        {
            foreach (var argument in new[] { "-u", ServiceUser, "--", path })
            {
                start.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            var log = _cluster is not null && File.Exists(Path.Combine(_cluster, "server.log")) ? File.ReadAllText(Path.Combine(_cluster, "server.log")) : "";
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await output}{await error}{log}");
        }

        return await output;
    }
}
