namespace GovDesign.Cli.Audit;

/// <summary>Finds the operating system's Chromium: --chromium, then GOVDESIGN_CHROMIUM, then the usual paths.</summary>
internal static class ChromiumLocator
{
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

    /// <summary>What a person reads when no Chromium is found.</summary>
    public const string InstallHelp =
        "govdesign audit needs Chromium (or Google Chrome). Install it with your package manager, for example " +
        "'sudo apt-get install chromium' on Debian or Ubuntu, 'brew install --cask chromium' on macOS, " +
        "then run again, or point at it with --chromium <path> or the GOVDESIGN_CHROMIUM environment variable.";

    /// <summary>The browser to use, or an error message naming where it looked.</summary>
    public static (string? Path, string? Error) Find(string? explicitPath)
    {
        if (!string.IsNullOrEmpty(explicitPath))
        {
            return File.Exists(explicitPath) ? (explicitPath, null) : (null, $"No Chromium at {explicitPath} (given with --chromium). {InstallHelp}");
        }

        if (Environment.GetEnvironmentVariable("GOVDESIGN_CHROMIUM") is { Length: > 0 } fromEnvironment)
        {
            return File.Exists(fromEnvironment) ? (fromEnvironment, null) : (null, $"No Chromium at {fromEnvironment} (from GOVDESIGN_CHROMIUM). {InstallHelp}");
        }

        var found = Candidates.FirstOrDefault(File.Exists);
        return found is not null ? (found, null) : (null, $"No Chromium found at {string.Join(", ", Candidates)}. {InstallHelp}");
    }
}
