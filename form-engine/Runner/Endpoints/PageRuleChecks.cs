using System.Text.Json.Nodes;
using GovDesign.Forms.Answers;
using GovDesign.Forms.Definitions;
using GovDesign.Forms.Runner.Requests;
using GovDesign.Patterns;
using GovDesign.Patterns.Answers;

namespace GovDesign.Forms.Runner.Endpoints;

/// <summary>Checks a page's cross-field rules when the citizen continues, after each answer's own checks.</summary>
internal static class PageRuleChecks
{
    /// <summary>
    /// Adds the error of each rule the answers break to its field (shown next to it and linked from the error
    /// summary, in page order). A rule is checked only when its questions on the page have no errors of their
    /// own: "Enter a real date" comes before "The end date must be after the start date".
    /// </summary>
    public static void Check(RunnerRequest request, Page page, IReadOnlyDictionary<string, JsonNode?> values,
        List<FieldError> errors, Dictionary<string, IReadOnlyList<FieldError>> byQuestion)
    {
        var broken = false;
        foreach (var rule in page.Rules)
        {
            if (rule.Questions.Any(q => byQuestion.GetValueOrDefault(q, []).Count > 0)
                || !rule.IsBroken(name => values.TryGetValue(name, out var value) ? value : request.Answers.TryGetAnswer(name, out var saved) ? saved : null))
            {
                continue;
            }

            var field = request.Form.Definition.FindQuestion(rule.Field)!;
            byQuestion[rule.Field] = [.. byQuestion.GetValueOrDefault(rule.Field, []), new FieldError(FieldId(field), rule.Message.In(request.Language))];
            request.Metrics.ValidationFailed(request.Form.Slug, rule.Field, 1);
            broken = true;
        }

        if (broken)
        {
            errors.Clear();
            errors.AddRange(page.Questions.SelectMany(q => byQuestion.GetValueOrDefault(q.Name, [])));
        }
    }

    /// <summary>The input the error links to: a date's first box, else the question's own input (or its first option).</summary>
    private static string FieldId(Question question) => question.Settings switch
    {
        DateSettings { Precision: DatePrecision.MonthYear } => question.Name + "-month",
        DateSettings => question.Name + "-day",
        _ => question.Name,
    };
}
