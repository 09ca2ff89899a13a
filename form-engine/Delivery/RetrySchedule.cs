namespace GovDesign.Forms.Delivery;

/// <summary>When to try a failed delivery again: exponential backoff with jitter, given up after the maximum age.</summary>
internal static class RetrySchedule
{
    /// <summary>
    /// The wait after attempt <paramref name="attempts"/> failed: the first retry delay doubled for each
    /// attempt before, capped at the maximum delay, of which a random half is taken away so that many
    /// deliveries failing at once do not all come back at once.
    /// </summary>
    public static TimeSpan Delay(int attempts, DeliveryOptions options, Random random)
    {
        var exponent = Math.Clamp(attempts - 1, 0, 30);
        var full = Math.Min(options.FirstRetryDelay.TotalMilliseconds * Math.Pow(2, exponent), options.MaxRetryDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(full / 2 + (random.NextDouble() * full / 2));
    }

    /// <summary>The next attempt's time, or null when it would fall after the delivery's retries run out.</summary>
    public static DateTimeOffset? Next(DateTimeOffset now, DateTimeOffset retryFrom, int attempts, DeliveryOptions options, Random random)
    {
        var next = now + Delay(attempts, options, random);
        return next - retryFrom > options.MaxAge ? null : next;
    }
}
