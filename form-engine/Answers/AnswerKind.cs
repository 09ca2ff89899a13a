using System.Text.Json.Nodes;
using GovDesign.Forms.Conditions;
using GovDesign.Forms.Definitions;
using GovDesign.Patterns.Answers;

namespace GovDesign.Forms.Answers;

/// <summary>
/// Everything a form definition's <c>type</c> means, in one place: the kind's name in JSON, its
/// settings as a typed record, the message keys it offers, how conditions compare its answers, the
/// patterns library's answer type it builds, and sample answers for the audit's form walker. Each kind
/// lives in its own folder under form-engine/Answers; <see cref="AnswerKinds"/> lists them, and the
/// loader, runner, conditions, audit and docs site all read that list.
/// </summary>
public abstract class AnswerKind
{
    /// <summary>The kind's name in a form definition's <c>type</c>, like <c>ukAddress</c>.</summary>
    public abstract string Name { get; }

    /// <summary>The record its settings bind to; its properties are the settings the form schema lists for the kind.</summary>
    public abstract Type SettingsType { get; }

    /// <summary>The patterns library's answer type that asks, checks and describes the answer, like <see cref="DateAnswer"/>.</summary>
    public abstract Type AnswerType { get; }

    /// <summary>Whether the question has <c>options</c> (a list, or the name of one in <c>optionLists</c>).</summary>
    public virtual bool HasOptions => false;

    /// <summary>
    /// Whether a question of this kind may be prefilled from the link that opens the form (<c>prefill</c>).
    /// False for answers that identify, reach or locate a person (names, contact details, addresses,
    /// identity numbers) and for files: a link is kept by browsers, proxies and server logs.
    /// </summary>
    public virtual bool CanPrefill => true;

    /// <summary>
    /// The keys a definition's <c>messages</c> may use, each with the rules of the answer type whose
    /// message it replaces ("min" on a number is the answer type's "minimum").
    /// </summary>
    public abstract IReadOnlyDictionary<string, IReadOnlyList<string>> MessageKeys { get; }

    /// <summary>The settings as they are when a question gives none of them (the form schema's defaults).</summary>
    public abstract AnswerSettings DefaultSettings { get; }

    /// <summary>How conditions compare an answer of this kind, which decides the operators that fit.</summary>
    /// <param name="settings">The question's settings (a day-and-month date cannot be ordered).</param>
    /// <returns>The comparison.</returns>
    public abstract Comparison ComparedAs(AnswerSettings settings);

    /// <summary>The condition operators that fit an answer of this kind, as the comparison decides them.</summary>
    /// <param name="settings">The question's settings.</param>
    /// <returns>The operators' names, like <c>equals</c> and <c>answered</c>.</returns>
    public IReadOnlyList<string> Operators(AnswerSettings settings) => [.. Conditions.Operators.Fitting(ComparedAs(settings))];

    /// <summary>Builds the answer type for a question, in one language.</summary>
    /// <param name="question">The question and its language.</param>
    /// <returns>The answer type; built once per question and language, then reused.</returns>
    public abstract AnswerType Create(AnswerContext question);

    /// <summary>Whether the answer type must be adjusted each day (limits like "-16y"); see <see cref="ForToday"/>.</summary>
    /// <param name="settings">The question's settings.</param>
    /// <returns>True when <see cref="ForToday"/> changes anything.</returns>
    public virtual bool ChangesDaily(AnswerSettings settings) => false;

    /// <summary>The answer type as it is today, from the one <see cref="Create"/> built.</summary>
    /// <param name="type">The answer type built for the question.</param>
    /// <param name="settings">The question's settings.</param>
    /// <param name="today">Today's date, in the runner's time zone.</param>
    /// <returns>The answer type for today.</returns>
    public virtual AnswerType ForToday(AnswerType type, AnswerSettings settings, DateOnly today) => type;

    /// <summary>How check answers (and a repeated item's summary) shows a saved answer: the answer type's own description.</summary>
    /// <param name="type">The question's answer type.</param>
    /// <param name="value">The saved answer.</param>
    /// <returns>The answer as text, never markup.</returns>
    public virtual string Describe(AnswerType type, JsonNode value) => type.Describe(value);

    /// <summary>Answers the runner accepts, the plainest first, several where a condition could tell them apart. Never empty.</summary>
    /// <param name="question">The question.</param>
    /// <param name="today">Today's date, for date limits.</param>
    /// <returns>The answers.</returns>
    public abstract IReadOnlyList<SampleAnswer> ValidSamples(Question question, DateOnly today);

    /// <summary>An answer the runner must refuse, or null when a browser cannot send one (choices, names).</summary>
    /// <param name="question">The question.</param>
    /// <returns>The answer, or null.</returns>
    public virtual SampleAnswer? InvalidSample(Question question) => null;

    /// <summary>
    /// The rules this question can break whose default message names the answer by its subject ("Enter
    /// {subject}"), given its settings and options: message keys, whose message a definition can replace,
    /// and other rule names, whose message it cannot. "required" counts only for a question that is not
    /// optional. The loader warns about a missing <c>subject</c> only when one of them is not replaced.
    /// Rules a citizen typing in a browser does not meet (hidden control characters, the 20,000 character
    /// limit on any box) are left out. All message keys by default.
    /// </summary>
    /// <param name="question">The question, with its settings and options.</param>
    /// <returns>The rules.</returns>
    internal virtual IEnumerable<string> SubjectRules(Question question) => MessageKeys.Keys;

    /// <summary>Reads the settings from the question's JSON, or null when they do not bind (the schema reports why).</summary>
    internal abstract AnswerSettings? ReadSettings(JsonObject question);

    /// <summary>Checks settings the schema allows but the runner could not honour; nothing by default.</summary>
    internal virtual void Check(AnswerSettings settings, SettingsCheck check)
    {
    }

    /// <summary>The setting that cannot be used on an add-another page, as given, or null when none; nothing by default.</summary>
    internal virtual string? RefusedOnAddAnother(AnswerSettings settings) => null;

    /// <summary>The definition's messages under the answer type's rule names; keys the kind does not have are left out.</summary>
    /// <typeparam name="T">The message: text in every language, or in one.</typeparam>
    /// <param name="messages">The messages by key, as the definition gives them.</param>
    /// <returns>The messages by rule.</returns>
    public Dictionary<string, T> MessageRules<T>(IReadOnlyDictionary<string, T> messages) =>
        messages.Where(m => MessageKeys.ContainsKey(m.Key))
            .SelectMany(m => MessageKeys[m.Key].Select(rule => (Rule: rule, m.Value)))
            .ToDictionary(m => m.Rule, m => m.Value, StringComparer.Ordinal);

    /// <inheritdoc/>
    public override string ToString() => Name;

    /// <summary>A message key whose rule has the same name in the answer type.</summary>
    private protected static KeyValuePair<string, IReadOnlyList<string>> Same(string key) => new(key, [key]);

    /// <summary>A message key that gives its message to differently named rules of the answer type.</summary>
    private protected static KeyValuePair<string, IReadOnlyList<string>> Renamed(string key, params string[] rules) => new(key, rules);

    /// <summary>A rule that only a setting turns on: the rule when the setting is given, else nothing.</summary>
    private protected static string[] Given(string rule, object? setting) => setting is null ? [] : [rule];

    /// <summary>Message keys, in the order the schema lists them.</summary>
    private protected static IReadOnlyDictionary<string, IReadOnlyList<string>> Keys(params KeyValuePair<string, IReadOnlyList<string>>[] keys) =>
        new Dictionary<string, IReadOnlyList<string>>(keys, StringComparer.Ordinal);
}

/// <summary>An answer kind whose settings are <typeparamref name="TSettings"/>: the typed half of <see cref="AnswerKind"/>.</summary>
/// <typeparam name="TSettings">The settings record.</typeparam>
public abstract class AnswerKind<TSettings> : AnswerKind
    where TSettings : AnswerSettings, new()
{
    private static readonly TSettings Defaults = new();

    /// <inheritdoc/>
    public sealed override Type SettingsType => typeof(TSettings);

    /// <inheritdoc/>
    public sealed override AnswerSettings DefaultSettings => Defaults;

    /// <inheritdoc/>
    public sealed override Comparison ComparedAs(AnswerSettings settings) => ComparedAs((TSettings)settings);

    /// <inheritdoc/>
    public sealed override AnswerType Create(AnswerContext question) => Create(question, (TSettings)question.Question.Settings);

    /// <inheritdoc/>
    public sealed override bool ChangesDaily(AnswerSettings settings) => ChangesDaily((TSettings)settings);

    /// <inheritdoc/>
    public sealed override AnswerType ForToday(AnswerType type, AnswerSettings settings, DateOnly today) => ForToday(type, (TSettings)settings, today);

    /// <inheritdoc/>
    public sealed override IReadOnlyList<SampleAnswer> ValidSamples(Question question, DateOnly today) => ValidSamples(question, (TSettings)question.Settings, today);

    /// <inheritdoc/>
    public sealed override SampleAnswer? InvalidSample(Question question) => InvalidSample(question, (TSettings)question.Settings);

    /// <summary>How conditions compare an answer, given the typed settings.</summary>
    /// <param name="settings">The question's settings.</param>
    /// <returns>The comparison.</returns>
    protected abstract Comparison ComparedAs(TSettings settings);

    /// <summary>Builds the answer type from the typed settings.</summary>
    /// <param name="question">The question and its language.</param>
    /// <param name="settings">Its settings.</param>
    /// <returns>The answer type.</returns>
    protected abstract AnswerType Create(AnswerContext question, TSettings settings);

    /// <summary>Whether the answer type changes from day to day, given the typed settings.</summary>
    /// <param name="settings">The question's settings.</param>
    /// <returns>False unless overridden.</returns>
    protected virtual bool ChangesDaily(TSettings settings) => false;

    /// <summary>The answer type as it is today, given the typed settings.</summary>
    /// <param name="type">The answer type built for the question.</param>
    /// <param name="settings">Its settings.</param>
    /// <param name="today">Today's date.</param>
    /// <returns>The answer type unchanged unless overridden.</returns>
    protected virtual AnswerType ForToday(AnswerType type, TSettings settings, DateOnly today) => type;

    /// <summary>Valid sample answers, given the typed settings.</summary>
    /// <param name="question">The question.</param>
    /// <param name="settings">Its settings.</param>
    /// <param name="today">Today's date.</param>
    /// <returns>The answers; never empty.</returns>
    protected abstract IReadOnlyList<SampleAnswer> ValidSamples(Question question, TSettings settings, DateOnly today);

    /// <summary>An invalid sample answer, given the typed settings.</summary>
    /// <param name="question">The question.</param>
    /// <param name="settings">Its settings.</param>
    /// <returns>Null unless overridden.</returns>
    protected virtual SampleAnswer? InvalidSample(Question question, TSettings settings) => null;

    internal sealed override AnswerSettings? ReadSettings(JsonObject question) => SettingsJson.Read<TSettings>(question);

    internal sealed override void Check(AnswerSettings settings, SettingsCheck check) => CheckSettings((TSettings)settings, check);

    internal sealed override IEnumerable<string> SubjectRules(Question question) => SubjectRules(question, (TSettings)question.Settings);

    internal sealed override string? RefusedOnAddAnother(AnswerSettings settings) => RefusedOnAddAnother((TSettings)settings);

    /// <summary>The setting, as given, that cannot be used on an add-another page; null unless overridden.</summary>
    /// <param name="settings">The question's settings.</param>
    /// <returns>The setting's name in the definition, or null.</returns>
    internal virtual string? RefusedOnAddAnother(TSettings settings) => null;

    /// <summary>The rules whose default message names the answer (see <see cref="AnswerKind.SubjectRules(Question)"/>), given the typed settings.</summary>
    /// <param name="question">The question.</param>
    /// <param name="settings">Its settings.</param>
    /// <returns>All message keys unless overridden.</returns>
    internal virtual IEnumerable<string> SubjectRules(Question question, TSettings settings) => MessageKeys.Keys;

    /// <summary>Checks the typed settings; nothing unless overridden.</summary>
    internal virtual void CheckSettings(TSettings settings, SettingsCheck check)
    {
    }
}
