using System.Net;
using GovDesign.Forms.Delivery;
using GovDesign.Forms.Delivery.Webhooks;
using GovDesign.Forms.Storage;

namespace GovDesign.Forms.Runner.Tests.Delivery;

/// <summary>A form definition cannot make the runner call its own network: addresses, schemes, and the check at connect time.</summary>
public sealed class SsrfGuardTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("fe80::1")]
    [InlineData("fd00::1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("255.255.255.255")]
    public void IsAllowed_InternalAddressByDefault_IsRefused(string address)
    {
        Assert.False(AddressPolicy.IsAllowed(IPAddress.Parse(address), new DeliveryOptions()));
    }

    [Theory]
    [InlineData("93.184.215.14")]
    [InlineData("172.32.0.1")]
    [InlineData("2a00:1450:4009:81f::200e")]
    public void IsAllowed_PublicAddress_IsAllowed(string address)
    {
        Assert.True(AddressPolicy.IsAllowed(IPAddress.Parse(address), new DeliveryOptions()));
    }

    [Theory]
    [InlineData("127.0.0.1", true, false, true)]
    [InlineData("10.1.2.3", true, false, false)]
    [InlineData("10.1.2.3", false, true, true)]
    [InlineData("169.254.169.254", false, true, true)]
    [InlineData("127.0.0.1", false, true, false)]
    [InlineData("0.0.0.0", true, true, false)]
    public void IsAllowed_WithSettings_FollowsThem(string address, bool loopback, bool privateNetworks, bool allowed)
    {
        Assert.Equal(allowed, AddressPolicy.IsAllowed(IPAddress.Parse(address), new DeliveryOptions { AllowLoopback = loopback, AllowPrivateNetworks = privateNetworks }));
    }

    [Theory]
    [InlineData("https://cases.example.gov.uk/", true, null)]
    [InlineData("http://127.0.0.1:5000/", true, null)]
    [InlineData("http://localhost:5000/", true, null)]
    [InlineData("http://127.0.0.1:5000/", false, "http is refused")]
    [InlineData("http://cases.example.gov.uk/", true, "http is refused")]
    [InlineData("ftp://cases.example.gov.uk/", true, "scheme ftp")]
    public void RefuseUrl_BySchemeAndHost_AllowsHttpsAndLoopbackHttpOnlyWhenAllowed(string url, bool loopback, string? refusal)
    {
        var reason = AddressPolicy.RefuseUrl(new Uri(url), new DeliveryOptions { AllowLoopback = loopback });

        if (refusal is null)
        {
            Assert.Null(reason);
        }
        else
        {
            Assert.Contains(refusal, reason, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("http://127.0.0.1:{port}/hooks", "http is refused")]
    [InlineData("https://localhost:{port}/hooks", "address refused")]
    [InlineData("https://127.0.0.1:{port}/hooks", "address refused")]
    [InlineData("https://10.1.2.3/hooks", "address refused")]
    public async Task Deliver_ToLoopbackOrPrivateWhenNotAllowed_FailsForGoodAndNothingArrives(string template, string reason)
    {
        await using var receiver = await WebhookReceiver.StartAsync("secret");
        await using var rig = new DeliveryRig(new() { ["Delivery:Secrets:test"] = "secret" });
        await rig.SubmitAsync(new Uri(template.Replace("{port}", receiver.Address.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)));

        await rig.DeliverAsync();

        var delivery = await rig.OnlyDeliveryAsync();
        Assert.Equal(DeliveryStatus.Failed, delivery.Status);
        Assert.StartsWith(reason, delivery.LastError, StringComparison.Ordinal);
        Assert.Empty(receiver.Received);
    }
}
