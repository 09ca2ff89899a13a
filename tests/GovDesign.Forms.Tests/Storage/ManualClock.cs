namespace GovDesign.Forms.Tests.Storage;

/// <summary>A clock the test sets; with a <see cref="Step"/>, each reading moves it on by that much.</summary>
public sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public TimeSpan Step { get; set; }

    public override DateTimeOffset GetUtcNow()
    {
        var now = Now;
        Now += Step;
        return now;
    }
}
