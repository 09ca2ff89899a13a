using GovDesign.Forms.Loading;

namespace GovDesign.Cli.Audit.Forms;

/// <summary>The <c>--form</c> side of <c>govdesign audit</c>: load the definition, walk it, say what the walks covered.</summary>
internal static class FormAudit
{
    /// <summary>The walk's result, or null after writing the definition's errors (<c>file:line:col: message</c>) or a bad --language.</summary>
    public static async Task<FormWalkResult?> RunAsync(FileInfo file, IReadOnlyList<string> languages, AuditSettings settings, AuditConsole output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!file.Exists)
        {
            await error.WriteLineAsync($"{file.FullName}: no such form definition.");
            return null;
        }

        var loaded = FormLoader.LoadFile(file.FullName);
        foreach (var diagnostic in loaded.Diagnostics)
        {
            await error.WriteLineAsync($"{file.FullName}:{diagnostic}");
        }

        if (loaded.Form is not { } form)
        {
            return null;
        }

        if (languages.FirstOrDefault(l => !form.Languages.Contains(l)) is { } unknown)
        {
            await error.WriteLineAsync($"--language {unknown}: the form offers {string.Join(", ", form.Languages)}.");
            return null;
        }

        var walker = new FormWalker(form, file.FullName, languages.Count > 0 ? languages : form.Languages, settings);
        var result = await output.RunWithProgressAsync(walker.RunAsync, cancellationToken);
        var missed = result.ConditionsMissed.ToList();
        var pagesMissed = form.Pages.Select(p => p.Path).Where(p => !result.VisitedPages.Contains(p)).ToList();
        output.Line($"Walked {form.Slug} {result.Walks} time(s) in each of {string.Join(", ", languages.Count > 0 ? languages : form.Languages)}: " +
            $"{result.VisitedPages.Count} of {form.Pages.Count} pages reached, {result.ConditionGoals.Count - missed.Count} of {result.ConditionGoals.Count} condition outcomes taken, " +
            $"{result.States.Count(s => s.State.StartsWith("error", StringComparison.Ordinal))} error states audited.");
        foreach (var page in pagesMissed)
        {
            output.Line($"Not reached: page {page}");
        }

        foreach (var outcome in missed)
        {
            output.Line($"Not taken: {outcome}");
        }

        foreach (var problem in result.Problems)
        {
            output.Line($"Walk problem: {problem}");
        }

        return result;
    }
}
