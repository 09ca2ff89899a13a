using System.Text.Json.Nodes;
using GovDesign.Forms.Definitions;
using GovDesign.Forms.Texts;
using static GovDesign.Forms.Loading.JsonRead;

namespace GovDesign.Forms.Loading;

/// <summary>Answers in text: every <c>{{ question }}</c> names a question that is answered wherever the text is shown, or gives a fallback.</summary>
internal sealed partial class DefinitionBuilder
{
    private const string FallbackExample = "{{ name | \"you\" }}";

    private void CheckPlaceholders(IReadOnlyList<Page> pages, AnswerAvailability availability)
    {
        var questions = pages.SelectMany(p => p.Questions).DistinctBy(q => q.Name).ToDictionary(q => q.Name, StringComparer.Ordinal);
        var json = Arr(root["pages"]);
        foreach (var page in pages)
        {
            var node = json[int.Parse(page.Pointer["/pages/".Length..], System.Globalization.CultureInfo.InvariantCulture)] as JsonObject;
            CheckText(node?["heading"], page.Pointer + "/heading", page.Index);
            CheckText(node?["caption"], page.Pointer + "/caption", page.Index);
            foreach (var (block, pointer) in Items(node?["content"], page.Pointer + "/content"))
            {
                if (block is JsonObject typed && typed.ContainsKey("type"))
                {
                    CheckText(typed["text"], pointer + "/text", page.Index);
                    CheckText(typed["summary"], pointer + "/summary", page.Index);
                }
                else
                {
                    CheckText(block, pointer, page.Index);
                }
            }

            foreach (var (question, pointer) in Items(node?["questions"], page.Pointer + "/questions"))
            {
                CheckText((question as JsonObject)?["hint"], pointer + "/hint", page.Index);
                NotHere((question as JsonObject)?["label"], pointer + "/label", "a question's label, which also names the answer in check answers; put the answer in the page's heading or the question's hint");
            }
        }

        foreach (var (section, part) in new[] { ("checkAnswers", "heading"), ("checkAnswers", "content"), ("declaration", "heading"), ("declaration", "content"), ("confirmation", "heading"), ("confirmation", "content") })
        {
            CheckText((root[section] as JsonObject)?[part], $"/{section}/{part}", availability.End);
        }

        NotHere((root["start"] as JsonObject)?["content"], "/start/content", "the start page, before any question is answered");

        void CheckText(JsonNode? text, string pointer, int at)
        {
            foreach (var (value, valuePointer) in PerLanguage(text, pointer))
            {
                if (Placeholder.FirstMalformed(value) is { } bad)
                {
                    diagnostics.Error("placeholder.syntax", valuePointer, $"\"{bad}\" is not an answer placeholder: write {{{{ question-name }}}} with a question's name (lower-case letters, digits and hyphens), or {FallbackExample} with text to show when there is no answer.{Suggestions.For(bad.Trim('{', '}', ' ').Split('|')[0].Trim(), questions.Keys)}");
                }

                foreach (var placeholder in Placeholder.Find(value))
                {
                    CheckPlaceholder(placeholder, valuePointer, at);
                }

                if (Placeholder.InLinkAddress(value))
                {
                    diagnostics.Error("placeholder.inLink", valuePointer, "An answer cannot be part of a link's address, which is written before any answer is given: show the answer in the link's text or beside the link.");
                }
            }
        }

        void CheckPlaceholder(Placeholder placeholder, string pointer, int at)
        {
            if (!questions.TryGetValue(placeholder.Question, out var question))
            {
                diagnostics.Error("placeholder.unknownQuestion", pointer, $"No question is named \"{placeholder.Question}\", so {{{{ {placeholder.Question} }}}} has no answer to show.{Suggestions.For(placeholder.Question, questions.Keys)}");
                return;
            }

            if (!availability.Known || availability.WhyNotAnswered(question, at) is not { } why)
            {
                return;
            }

            if (availability.IsRepeated(question))
            {
                diagnostics.Error("placeholder.repeated", pointer, $"\"{question.Name}\" {why}, so it cannot be shown in text.");
            }
            else if (placeholder.Fallback is null)
            {
                diagnostics.Error("placeholder.notAnswered", pointer, $"\"{question.Name}\" {why}, so {{{{ {question.Name} }}}} could have nothing to show. Give a fallback for then, like {{{{ {question.Name} | \"your answer\" }}}}, or move the text after the question on every path.");
            }
        }
    }

    private void NotHere(JsonNode? text, string pointer, string where)
    {
        foreach (var (value, valuePointer) in PerLanguage(text, pointer))
        {
            if (Placeholder.Find(value).Count > 0)
            {
                diagnostics.Error("placeholder.notHere", valuePointer, $"Answers are not shown in {where}.");
            }
        }
    }
}
