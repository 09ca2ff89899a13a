using GovDesign.Forms.Definitions;

namespace GovDesign.Forms.Runner.Tests;

/// <summary>Walks a citizen through a sample form the way a browser would: start link, then every page's form.</summary>
public static class Journeys
{
    public static async Task<Received> StartAsync(Citizen citizen, string slug)
    {
        var start = await citizen.GetAsync($"/{slug}/");
        var href = start.Document.QuerySelector("a.govuk-button--start")?.GetAttribute("href");
        Assert.NotNull(href);
        return await citizen.GetAsync(href);
    }

    /// <summary>Answers every page from <paramref name="page"/> on until check answers (or an exit page).</summary>
    public static Task<Received> AnswerUntilCheckAnswersAsync(Citizen citizen, FormDefinition form, Received page, IReadOnlyDictionary<string, string>? choices = null) =>
        AnswerUntilCheckAnswersAsync([citizen], form, page, choices);

    /// <summary>Answers every page as <see cref="AnswerUntilCheckAnswersAsync(Citizen, FormDefinition, Received, IReadOnlyDictionary{string, string}?)"/> does, posting each page through the next of <paramref name="citizens"/> in turn.</summary>
    public static async Task<Received> AnswerUntilCheckAnswersAsync(IReadOnlyList<Citizen> citizens, FormDefinition form, Received page, IReadOnlyDictionary<string, string>? choices = null)
    {
        for (var step = 0; step < 80; step++)
        {
            var citizen = citizens[step % citizens.Count];
            Assert.True(page.Status == System.Net.HttpStatusCode.OK, $"{page.Path}: {(int)page.Status}");
            Assert.True(page.Document.QuerySelector(".govuk-error-summary") is null, $"{page.Path} showed errors: {string.Join(" | ", page.Document.QuerySelectorAll(".govuk-error-summary li").Select(e => e.TextContent.Trim()))}");
            var segments = page.Path.Trim('/').Split('/');
            if (segments.Length < 2 || segments[1] is "check-answers")
            {
                return page;
            }

            if (segments[1] == "tasks")
            {
                // A task list form: the first task still to do (its status is a tag), or a task's own check answers.
                page = segments.Length > 2 ? await citizen.SubmitAsync(page, [])
                    : await citizen.GetAsync(page.Document.QuerySelectorAll(".govuk-task-list__item").First(i => i.QuerySelector(".govuk-tag") is not null).QuerySelector("a")!.GetAttribute("href")!);
                continue;
            }

            var definition = form.FindPage(segments[1]);
            Assert.NotNull(definition);
            if (definition.IsExit)
            {
                return page;
            }

            page = definition.Repeat is not null && segments.Length == 2
                ? await citizen.SubmitAsync(page, [KeyValuePair.Create("add-another", "no")], "/" + definition.Path)
                : await citizen.SubmitAsync(page, definition.Questions.SelectMany(q => SampleAnswers.For(q, choices)), files: SampleAnswers.Files(definition));
        }

        throw new InvalidOperationException("The journey did not reach check answers in 80 steps.");
    }

    public static async Task<Received> ToCheckAnswersAsync(Citizen citizen, string slug, IReadOnlyDictionary<string, string>? choices = null)
    {
        var form = SampleAnswers.Load(slug);
        var page = await AnswerUntilCheckAnswersAsync(citizen, form, await StartAsync(citizen, slug), choices);
        Assert.EndsWith("/check-answers", page.Path, StringComparison.Ordinal);
        return page;
    }
}
