namespace GovDesign.Cli.Audit.Reports;

/// <summary>The report's CSS, inline in the file. Every colour pair meets WCAG AA contrast; the layout reflows at 320px.</summary>
internal static class HtmlReportStyles
{
    public const string Css = """

        *, *::before, *::after { box-sizing: border-box; }
        body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Arial, sans-serif; font-size: 1.1875rem; line-height: 1.45; color: #0b0c0c; background: #fff; }
        header, main, footer { max-width: 60rem; margin: 0 auto; padding: 0 1rem; }
        header { border-bottom: 0.5rem solid #1d70b8; }
        .brand { font-weight: 700; margin: 1rem 0 0.75rem; }
        h1 { font-size: 2rem; line-height: 1.2; margin: 2rem 0 1rem; }
        h2 { font-size: 1.5rem; margin: 2.5rem 0 1rem; padding-top: 1rem; border-top: 2px solid #b1b4b6; }
        h3 { font-size: 1.25rem; margin: 1.5rem 0 0.5rem; }
        h4, h5 { font-size: 1.1875rem; margin: 1rem 0 0.5rem; }
        .check { border-left-color: #1d70b8; }
        a { color: #1d70b8; text-decoration-thickness: max(1px, 0.0625rem); text-underline-offset: 0.15em; }
        a:visited { color: #4c2c92; }
        a:hover { color: #003078; text-decoration-thickness: 3px; }
        a:focus { outline: 3px solid transparent; color: #0b0c0c; background: #fd0; box-shadow: 0 -2px #fd0, 0 4px #0b0c0c; text-decoration: none; }
        .skip { position: absolute; left: -9999px; top: 0; padding: 0.5rem 1rem; }
        .skip:focus { left: 0; }
        .visually-hidden { position: absolute !important; width: 1px !important; height: 1px !important; margin: 0 !important; padding: 0 !important; overflow: hidden !important; clip: rect(0 0 0 0) !important; clip-path: inset(50%) !important; border: 0 !important; white-space: nowrap !important; }
        .stats { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 1rem; }
        .stats li { flex: 1 1 10rem; border-left: 0.3rem solid #1d70b8; padding: 0.25rem 0.75rem; background: #f3f2f1; }
        .number { display: block; font-size: 2rem; font-weight: 700; }
        table { border-collapse: collapse; width: 100%; margin-bottom: 1rem; }
        th, td { text-align: left; vertical-align: top; padding: 0.5rem 0.75rem 0.5rem 0; border-bottom: 1px solid #b1b4b6; overflow-wrap: anywhere; }
        .impact { display: inline-block; padding: 0 0.4rem; font-weight: 700; color: #fff; border-radius: 0.2rem; }
        .impact-critical { background: #942514; }
        .impact-serious { background: #8f3f00; }
        .impact-moderate { background: #594d00; }
        .impact-minor { background: #484949; }
        .violation { border-left: 0.3rem solid #b1b4b6; padding-left: 1rem; margin: 1.5rem 0; }
        dl { display: grid; grid-template-columns: minmax(6rem, max-content) 1fr; gap: 0.25rem 1rem; margin: 0.5rem 0; }
        dt { font-weight: 700; }
        dd { margin: 0; overflow-wrap: anywhere; }
        code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.95em; overflow-wrap: anywhere; }
        pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f3f2f1; padding: 0.5rem; margin: 0.25rem 0; }
        .nodes li { margin-bottom: 0.75rem; }
        .nodes p { margin: 0.25rem 0; }
        .error { color: #942514; font-weight: 700; }
        figure { margin: 1rem 0; }
        img { max-width: 100%; height: auto; border: 1px solid #b1b4b6; }
        footer { margin-top: 3rem; padding-top: 1rem; padding-bottom: 2rem; border-top: 2px solid #b1b4b6; }
        @media (max-width: 40rem) { dl { grid-template-columns: 1fr; } h1 { font-size: 1.5rem; } }

        """;
}
