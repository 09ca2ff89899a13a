using Microsoft.Extensions.Logging;

namespace GovDesign.Forms.Runner.Telemetry;

/// <summary>The log events of save and return: 1200s. They never carry an address, a token or an answer.</summary>
internal static partial class RunnerLog
{
    [LoggerMessage(1201, LogLevel.Warning, "A save and return link for {Form} could not be sent ({Error}); the citizen was asked to try again")]
    public static partial void SaveLinkNotSent(ILogger logger, string form, string error);

    [LoggerMessage(1202, LogLevel.Information, "A save and return link for {Form} was refused: too many asked for by the {Limit}")]
    public static partial void SaveLinkLimited(ILogger logger, string form, string limit);
}
