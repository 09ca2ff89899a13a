using GovDesign.Forms.Answers;
using GovDesign.Forms.Definitions;
using Microsoft.Playwright;

namespace GovDesign.Cli.Audit.Forms;

/// <summary>Fills in a runner page in the browser as a person would: checks choices, picks from lists, types, attaches files.</summary>
internal static class FormFiller
{
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    public static async Task FillAsync(IPage page, Question question, SampleAnswer answer)
    {
        foreach (var (name, value) in answer.Fields)
        {
            var choice = page.Locator($"input[name='{name}'][value='{value}']:is([type=radio], [type=checkbox])");
            var select = page.Locator($"select[name='{name}']");
            if (value is SampleAnswer.File or SampleAnswer.TextFile)
            {
                await page.Locator($"input[type=file][name='{name}']").SetInputFilesAsync(File(question, value == SampleAnswer.File));
            }
            else if (await choice.CountAsync() > 0)
            {
                await choice.First.CheckAsync();
            }
            else if (await select.CountAsync() > 0)
            {
                await select.SelectOptionAsync(value);
            }
            else
            {
                await page.Locator($"[name='{name}']").First.FillAsync(value);
            }
        }
    }

    /// <summary>Presses the page's main button (not "Save and come back later") and waits for the answer to load.</summary>
    public static async Task SubmitAsync(IPage page)
    {
        await NavigateByAsync(page, page.Locator("main form[method=post] button[type=submit]:not([name=save-and-return])").Last);
    }

    /// <summary>Clicks and waits until a new document has loaded (a POST may answer at the same address, so the address cannot tell).</summary>
    public static async Task NavigateByAsync(IPage page, ILocator target)
    {
        await page.EvaluateAsync("() => { window.__govdesignWalker = true; }");
        await target.ClickAsync();
        await page.WaitForFunctionAsync("() => !window.__govdesignWalker && document.readyState === 'complete'", null, new() { Timeout = 20_000 });
    }

    private static FilePayload File(Question question, bool valid)
    {
        if (!valid)
        {
            return new FilePayload { Name = "notes.txt", MimeType = "text/plain", Buffer = "Not a document the form accepts.\n"u8.ToArray() };
        }

        var accept = ((FileSettings)question.Settings).Accept;
        return accept.Count == 0 || accept.Contains("application/pdf")
            ? new FilePayload { Name = "document.pdf", MimeType = "application/pdf", Buffer = Pdf }
            : new FilePayload { Name = "photo.png", MimeType = "image/png", Buffer = Png };
    }
}
