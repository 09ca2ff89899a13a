using System.CommandLine;

namespace GovDesign.Cli.Audit;

/// <summary><c>govdesign audit ...</c>: accessibility audit of pages, a crawl or a form.</summary>
internal static class AuditCommand
{
    public static Command Create() => new("audit", "Audit pages for accessibility (WCAG 2.2 AA) in headless Chromium.");
}
