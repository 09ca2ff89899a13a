using System.Collections.Concurrent;
using System.Globalization;
using GovDesign.Forms.Runner.Rendering;
using System.Resources;
using System.Text.Json.Nodes;
using GovDesign.Forms.Answers;
using GovDesign.Forms.Definitions;
using GovDesign.Forms.Loading;
using GovDesign.Patterns.Answers;

namespace GovDesign.Forms.Runner.Definitions;

/// <summary>
/// The patterns library's answer type for a question of a loaded form, in one language (options and
/// prefixes are text the citizen reads), as the question's kind builds it. Built once per question and
/// language, then reused; only what changes daily (a date's limits: "-16y" means a different day
/// tomorrow) is worked out again each time.
/// </summary>
internal sealed class AnswerTypes(TimeProvider? time = null)
{
    private static readonly ResourceManager Text = new(typeof(RunnerText));

    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly ConcurrentDictionary<(Question, string), AnswerType> _types = new();
    private readonly ConcurrentDictionary<(Question, string), AnswerQuestion> _questions = new();

    public AnswerType For(Question question, string language)
    {
        var type = _types.GetOrAdd((question, language), static (key, time) => key.Item1.Kind.Create(new AnswerContext(key.Item1, key.Item2, time)), _time);
        return question.Kind.ChangesDaily(question.Settings)
            ? question.Kind.ForToday(type, question.Settings, DateOnly.FromDateTime(_time.GetLocalNow().DateTime))
            : type;
    }

    /// <summary>A saved answer as check answers shows it, in the language.</summary>
    public string Describe(Question question, string language, JsonNode value) => question.Kind.Describe(For(question, language), value);

    public AnswerQuestion Ask(Question question, string language) => _questions.GetOrAdd((question, language), key =>
    {
        var (q, lang) = key;
        var label = q.Label.In(lang);
        return new AnswerQuestion(q.Name, label, q.Subject?.In(lang) ?? Fallback(label, lang))
        {
            Hint = q.Hint?.In(lang),
            Required = !q.Optional,
            Messages = q.Messages.Count == 0 ? null : q.Kind.MessageRules(q.Messages).ToDictionary(m => m.Key, m => m.Value.In(lang), StringComparer.Ordinal),
        };
    });

    /// <summary>
    /// The answer's name when the question has no subject: the label in lower case when it names the
    /// answer ("Email address"), or a neutral "your answer" in the language when it is asked as a question
    /// ("What is your email address?" cannot follow "Enter"); the loader warns about the latter.
    /// </summary>
    private static string Fallback(string label, string language) => QuestionLabels.IsAskedAsQuestion(label)
        ? Text.GetString("AnswerSubjectFallback", PageCulture.Of(language)) ?? "your answer"
        : Lower(QuestionLabels.WithoutTrailingNote(label));

    private static string Lower(string label) => label.Length > 1 && char.IsUpper(label[0]) && !char.IsUpper(label[1]) ? char.ToLowerInvariant(label[0]) + label[1..] : label;
}
