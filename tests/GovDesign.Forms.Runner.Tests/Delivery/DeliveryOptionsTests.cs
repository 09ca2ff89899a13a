using GovDesign.Forms.Delivery;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GovDesign.Forms.Runner.Tests.Delivery;

/// <summary><see cref="DeliveryOptions"/>: bound from the <c>Delivery</c> section, checked on start.</summary>
public sealed class DeliveryOptionsTests
{
    private static DeliveryOptions Bind(Dictionary<string, string?> settings, Action<IServiceCollection>? more = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddFormDelivery();
        more?.Invoke(services);
        return services.BuildServiceProvider().GetRequiredService<IOptions<DeliveryOptions>>().Value;
    }

    [Fact]
    public void Bind_NothingConfigured_HasSafeDefaults()
    {
        var options = Bind([]);

        Assert.False(options.AllowLoopback);
        Assert.False(options.AllowPrivateNetworks);
        Assert.Equal(TimeSpan.FromDays(3), options.MaxAge);
        Assert.Empty(options.Secrets);
    }

    [Fact]
    public void Bind_SecretsAndDefaults_AreReadFromTheDeliverySection()
    {
        var options = Bind(new()
        {
            ["Delivery:Secrets:cases"] = "c2VjcmV0",
            ["Delivery:MaxAge"] = "1.00:00:00",
            ["Delivery:Defaults:Webhooks:0:Url"] = "https://cases.example.gov.uk/",
            ["Delivery:Defaults:Webhooks:0:Secret"] = "cases",
        });

        Assert.Equal("c2VjcmV0", options.Secrets["cases"]);
        Assert.Equal(TimeSpan.FromDays(1), options.MaxAge);
        Assert.Equal("cases", Assert.Single(options.Defaults.Webhooks).Secret);
    }

    /// <summary>AddFormRunner adds delivery too: a second call keeps its own changes and binds nothing again (lists would grow).</summary>
    [Fact]
    public void AddFormDelivery_CalledTwice_BindsTheSectionOnceAndAppliesBothChanges()
    {
        var options = Bind(
            new()
            {
                ["Delivery:Secrets:cases"] = "c2VjcmV0",
                ["Delivery:Defaults:Webhooks:0:Url"] = "https://cases.example.gov.uk/",
                ["Delivery:Defaults:Webhooks:0:Secret"] = "cases",
                ["Delivery:Defaults:EmailTo:0"] = "team@example.gov.uk",
                ["Delivery:Smtp:PickupFolder"] = "mail",
                ["Delivery:Smtp:From"] = "forms@example.gov.uk",
            },
            services => services.AddFormDelivery(delivery => delivery.MaxAge = TimeSpan.FromDays(2)));

        Assert.Equal("https://cases.example.gov.uk/", Assert.Single(options.Defaults.Webhooks).Url);
        Assert.Equal("team@example.gov.uk", Assert.Single(options.Defaults.EmailTo));
        Assert.Equal(TimeSpan.FromDays(2), options.MaxAge);
    }

    [Fact]
    public void Bind_DefaultWebhookWithAnUnknownSecretAndEmailWithoutSmtp_FailsNamingEachSetting()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Bind(new()
        {
            ["Delivery:Defaults:Webhooks:0:Url"] = "https://cases.example.gov.uk/",
            ["Delivery:Defaults:Webhooks:0:Secret"] = "missing",
            ["Delivery:Defaults:EmailTo:0"] = "team@example.gov.uk",
            ["Delivery:MaxAge"] = "-00:00:01",
        }));

        Assert.Contains(error.Failures, f => f.Contains("Delivery:Defaults:Webhooks:0:Secret", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("Delivery:Smtp", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("Delivery:MaxAge", StringComparison.Ordinal));
        Assert.DoesNotContain(error.Failures, f => f.Contains("c2VjcmV0", StringComparison.Ordinal));
    }

    [Fact]
    public void Bind_FileLinkBaseUrlNotAnAddressAndNegativeSizes_FailsNamingEachSetting()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Bind(new()
        {
            ["Delivery:FileLinks:BaseUrl"] = "forms.example.gov.uk",
            ["Delivery:FileLinks:Lifetime"] = "00:00:00",
            ["Delivery:MaxAttachmentBytes"] = "-1",
        }));

        Assert.Contains(error.Failures, f => f.Contains("Delivery:FileLinks:BaseUrl", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("Delivery:FileLinks:Lifetime", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("Delivery:MaxAttachmentBytes", StringComparison.Ordinal));
    }
}
