using System.Text.Json.Nodes;
using GovDesign.Forms.Answers;
using GovDesign.Forms.Conditions;
using GovDesign.Forms.Definitions;
using static GovDesign.Forms.Loading.JsonRead;

namespace GovDesign.Forms.Loading;

/// <summary>A page's <c>rules</c>: cross-field rules, each reading questions the page can see.</summary>
internal sealed partial class DefinitionBuilder
{
    /// <summary>Kinds asked in several boxes, each with its own errors: a rule's error cannot be linked to one of them.</summary>
    private static readonly string[] SeveralBoxes = ["name", "ukAddress", "internationalAddress", "bankDetails"];

    private DiagnosticBag RuleDiagnostics => diagnostics;

    private void ReadRules(IReadOnlyList<Page> pages, AnswerAvailability availability)
    {
        var questions = pages.SelectMany(p => p.Questions).DistinctBy(q => q.Name).ToDictionary(q => q.Name, StringComparer.Ordinal);
        var json = Arr(root["pages"]);
        foreach (var page in pages)
        {
            var node = json[int.Parse(page.Pointer["/pages/".Length..], System.Globalization.CultureInfo.InvariantCulture)] as JsonObject;
            if (node?["rules"] is not JsonArray { Count: > 0 } rules)
            {
                continue;
            }

            if (page.Repeat is not null)
            {
                diagnostics.Error("rule.repeat", page.Pointer + "/rules", $"Rules are not checked on the add-another page \"{page.Path}\": check each item with its questions' own settings, or put the rule on a page after it.", atKey: true);
                continue;
            }

            var read = new List<PageRule>();
            foreach (var (rule, pointer) in Items(rules, page.Pointer + "/rules"))
            {
                if (rule is JsonObject obj && new RuleReader(this, obj, pointer, page, questions, availability).Read() is { } built)
                {
                    read.Add(built);
                }
            }

            page.Rules = read;
        }
    }

    /// <summary>Reads one rule, reporting every problem in it.</summary>
    private sealed class RuleReader(DefinitionBuilder builder, JsonObject json, string pointer, Page page, Dictionary<string, Question> questions, AnswerAvailability availability)
    {
        private DiagnosticBag Diagnostics => builder.RuleDiagnostics;

        public PageRule? Read()
        {
            var type = Str(json["type"]);
            var message = builder.Text(json["message"], pointer + "/message");
            switch (type)
            {
                case "atLeastOne":
                    var any = Listed(AnswerShape.Nothing, "a \"give at least one\" rule", onThisPage: true);
                    foreach (var question in any.OfType<Question>().Where(q => !q.Optional))
                    {
                        Diagnostics.Warning("rule.alwaysHolds", pointer + "/questions", $"\"{question.Name}\" must be answered anyway (it is not optional), so this rule always holds. Make the questions optional: the rule then asks for at least one of them.");
                    }

                    return Finish(any, message, (field, text) => new AtLeastOneRule { Of = Names(any), Field = field, Message = text, Pointer = pointer });
                case "sumAtMost" or "sumAtLeast":
                    var summed = Listed(AnswerShape.Number, "a sum", onThisPage: false);
                    if (Num(json["limit"]) is not { } limit)
                    {
                        return null;
                    }

                    return Finish(summed, message, (field, text) => new SumRule { Of = Names(summed), Limit = limit, AtMost = type == "sumAtMost", Field = field, Message = text, Pointer = pointer });
                case "dateOrder":
                    return ReadDateOrder(message);
                default:
                    return null;
            }
        }

        private PageRule? ReadDateOrder(LocalText? message)
        {
            var after = json.ContainsKey("after");
            if (after == json.ContainsKey("before"))
            {
                Diagnostics.Error("rule.dateOrder", pointer, after
                    ? "Give either \"after\" or \"before\", not both: one date rule compares with one other date."
                    : "Say which date this one must come after or before: give \"after\" or \"before\" with the name of the other date question.");
                return null;
            }

            var date = One("question", AnswerShape.Date, onThisPage: true);
            var other = One(after ? "after" : "before", AnswerShape.Date, onThisPage: false);
            var offset = Str(json["offset"]) is { } text && DateValue.TryParse(text, out var value) ? value : null;
            if (date is null || other is null || message is null)
            {
                return null;
            }

            return new DateOrderRule { Date = date.Name, Other = other.Name, After = after, Offset = offset, OrSameDay = Bool(json["orSameDay"]), Field = date.Name, Message = message, Pointer = pointer };
        }

        private PageRule? Finish(List<Question?> list, LocalText? message, Func<string, LocalText, PageRule> make)
        {
            if (message is null || list.Contains(null) || list.Count == 0)
            {
                return null;
            }

            var here = list.Where(q => q!.PagePath == page.Path).Select(q => q!).ToList();
            if (here.Count == 0)
            {
                Diagnostics.Error("rule.notOnPage", pointer + "/questions", $"None of the rule's questions is on the page \"{page.Path}\", so its error could not be shown next to one. Put the rule on the page of one of them.");
                return null;
            }

            var field = here[0];
            if (Str(json["field"]) is { } named)
            {
                if (here.Find(q => q.Name == named) is not { } chosen)
                {
                    Diagnostics.Error("rule.field", pointer + "/field", $"The error must be linked to one of the rule's questions on this page: {string.Join(", ", here.Select(q => $"\"{q.Name}\""))}.{Suggestions.For(named, here.Select(q => q.Name))}");
                    return null;
                }

                field = chosen;
            }

            return LinkableField(field, Str(json["field"]) is null ? pointer + "/questions" : pointer + "/field") ? make(field.Name, message) : null;
        }

        private bool LinkableField(Question field, string at)
        {
            if (!SeveralBoxes.Contains(field.Kind.Name))
            {
                return true;
            }

            Diagnostics.Error("rule.field", at, $"\"{field.Name}\" is a {field.Kind.Name} question, asked in several boxes, so the rule's error cannot be linked to it. Link it to another of the rule's questions with \"field\".");
            return false;
        }

        private static List<string> Names(List<Question?> list) => [.. list.Select(q => q!.Name)];

        /// <summary>The questions a rule lists, each checked; null in the list for one that is not usable.</summary>
        private List<Question?> Listed(AnswerShape shape, string what, bool onThisPage) =>
            [.. Items(json["questions"], pointer + "/questions").Select(item => Check(Str(item.Item), item.Pointer, shape, what, onThisPage))];

        private Question? One(string key, AnswerShape shape, bool onThisPage) =>
            Str(json[key]) is { } name ? Check(name, pointer + "/" + key, shape, "a date rule", onThisPage) : null;

        private Question? Check(string? name, string at, AnswerShape shape, string what, bool onThisPage)
        {
            if (name is null)
            {
                return null;
            }

            if (!questions.TryGetValue(name, out var question))
            {
                Diagnostics.Error("rule.unknownQuestion", at, $"No question is named \"{name}\".{Suggestions.For(name, questions.Keys)}");
                return null;
            }

            var compared = question.Kind.ComparedAs(question.Settings);
            if (shape != AnswerShape.Nothing && compared.Shape != shape)
            {
                var wanted = shape == AnswerShape.Date ? "date questions (with a day, or a month and year)" : "number or money questions";
                Diagnostics.Error("rule.answerKind", at, $"\"{name}\" is a {question.Kind.Name}{(compared.Variant is { } v ? $" ({v})" : "")} question, but {what} reads {wanted}.");
                return null;
            }

            if (question.PagePath == page.Path)
            {
                return question;
            }

            if (onThisPage)
            {
                Diagnostics.Error("rule.otherPage", at, $"\"{name}\" is asked on the page \"{question.PagePath}\", not on \"{page.Path}\": the questions of {what} that the citizen may have to correct must be on the rule's own page.");
                return null;
            }

            if (availability.IsRepeated(question) || !availability.AlwaysBefore(question, page.Index))
            {
                Diagnostics.Error("rule.notSeen", at, $"The page \"{page.Path}\" cannot see the answer to \"{name}\": it {availability.WhyNotAnswered(question, page.Index)}. A rule can read questions on its own page, and on pages passed on every path before it.");
                return null;
            }

            return question;
        }
    }
}
