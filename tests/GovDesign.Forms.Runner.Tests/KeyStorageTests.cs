using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using GovDesign.Cli.Forms;
using GovDesign.Tests;
using Microsoft.Data.Sqlite;

namespace GovDesign.Forms.Runner.Tests;

/// <summary>
/// On SQLite the Data Protection keys live in the runner's database file, so a runner restarted on the
/// same file (a new container with the same volume) accepts the pages its citizens opened before.
/// </summary>
public sealed class KeyStorageTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("govdesign-keys-");

    public void Dispose() => _folder.Dispose();

    private string Database => _folder.File("forms.db");

    private Task<LocalFormRunner> StartAsync(Action<FormRunnerOptions>? more = null) =>
        LocalFormRunner.StartAsync(RunnerServer.SamplesFolder, options =>
        {
            options.DatabasePath = Database;
            more?.Invoke(options);
        }, cancellationToken: TestContext.Current.CancellationToken);

    [Fact]
    public async Task PageOpenedBeforeARestart_PostsAfterIt()
    {
        var form = SampleAnswers.Load("apply-for-a-market-trader-permit");
        Received opened;
        var cookies = new CookieContainer();
        await using (var before = await StartAsync())
        {
            using var citizen = new Citizen(before.Address, cookies);
            opened = await Journeys.StartAsync(citizen, form.Slug);
        }

        await using var after = await StartAsync();
        using var again = new Citizen(after.Address, cookies);
        var next = await again.SubmitAsync(opened, SampleAnswers.For(form.Pages[0].Questions[0]));

        Assert.Equal(HttpStatusCode.OK, next.Status);
        Assert.NotEqual(opened.Path, next.Path);
        Assert.Equal(1L, await CountKeysAsync());
    }

    [Fact]
    public async Task CertificateConfigured_KeysAreEncryptedInTheDatabase_AndStillWork()
    {
        var certificate = _folder.File("keys.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=govdesign-forms-keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var made = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(certificate, made.Export(X509ContentType.Pfx, "secret"), TestContext.Current.CancellationToken);
        }

        void Protect(FormRunnerOptions options)
        {
            options.KeyCertificatePath = certificate;
            options.KeyCertificatePassword = "secret";
        }

        var form = SampleAnswers.Load("apply-for-a-market-trader-permit");
        Received opened;
        var cookies = new CookieContainer();
        await using (var before = await StartAsync(Protect))
        {
            using var citizen = new Citizen(before.Address, cookies);
            opened = await Journeys.StartAsync(citizen, form.Slug);
        }

        await using var after = await StartAsync(Protect);
        using var again = new Citizen(after.Address, cookies);
        var next = await again.SubmitAsync(opened, SampleAnswers.For(form.Pages[0].Questions[0]));

        Assert.NotEqual(opened.Path, next.Path);
        var xml = await ReadKeyAsync();
        Assert.Contains("EncryptedData", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
    }

    private async Task<long> CountKeysAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={Database}");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new SqliteCommand("SELECT count(*) FROM data_protection_keys", connection);
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }

    private async Task<string> ReadKeyAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={Database}");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new SqliteCommand("SELECT xml FROM data_protection_keys", connection);
        return (string)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }
}
