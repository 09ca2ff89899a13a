using Microsoft.Extensions.Logging;

namespace GovDesign.Forms.Runner.Telemetry;

/// <summary>
/// The runner's log events, each with its own event id, so that a log search or an alert can name
/// one: 1000s for forms and requests, 1100s for the clean-up of stored data.
/// </summary>
internal static partial class RunnerLog
{
    [LoggerMessage(1001, LogLevel.Error, "The form {Origin} did not load, so its pages at {Slug} answer 503 until it is fixed:{Problems}")]
    public static partial void FormDidNotLoad(ILogger logger, string origin, string slug, string problems);

    [LoggerMessage(1002, LogLevel.Error, "The form runner failed on {Method} {Path}")]
    public static partial void RequestFailed(ILogger logger, Exception exception, string method, string path);

    [LoggerMessage(1101, LogLevel.Information, "Deleted {Count} {Kind} kept longer than {Retention}")]
    public static partial void StaleDataDeleted(ILogger logger, int count, string kind, TimeSpan retention);

    [LoggerMessage(1102, LogLevel.Warning, "Could not delete {Kind}; will try again in {Interval}")]
    public static partial void CleanupFailed(ILogger logger, Exception exception, string kind, TimeSpan interval);
}
