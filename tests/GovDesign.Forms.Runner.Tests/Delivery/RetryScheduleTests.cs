using GovDesign.Forms.Delivery;

namespace GovDesign.Forms.Runner.Tests.Delivery;

/// <summary>Backoff between attempts: doubling, capped, jittered, and given up after the maximum age.</summary>
public sealed class RetryScheduleTests
{
    private static readonly DeliveryOptions Options = new() { FirstRetryDelay = TimeSpan.FromSeconds(10), MaxRetryDelay = TimeSpan.FromHours(1), MaxAge = TimeSpan.FromDays(3) };

    [Theory]
    [InlineData(1, 5, 10)]
    [InlineData(2, 10, 20)]
    [InlineData(5, 80, 160)]
    [InlineData(20, 1800, 3600)]
    public void Delay_AfterAnAttempt_IsBetweenHalfAndAllOfTheDoubledDelay(int attempts, double least, double most)
    {
        var random = new Random(attempts);
        var delays = Enumerable.Range(0, 200).Select(_ => RetrySchedule.Delay(attempts, Options, random).TotalSeconds).ToList();

        Assert.All(delays, d => Assert.InRange(d, least, most));
        Assert.True(delays.Distinct().Count() > 100, "The delays are not jittered.");
    }

    [Fact]
    public void Next_PastTheMaximumAge_IsNull()
    {
        var start = DateTimeOffset.UnixEpoch;

        Assert.NotNull(RetrySchedule.Next(start.AddDays(2), start, 3, Options, new Random(1)));
        Assert.Null(RetrySchedule.Next(start.AddDays(3).AddSeconds(-1), start, 3, Options, new Random(1)));
    }
}
