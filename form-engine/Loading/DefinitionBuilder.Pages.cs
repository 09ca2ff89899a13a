using System.Text.Json.Nodes;
using GovDesign.Forms.Answers;
using GovDesign.Forms.Conditions;
using GovDesign.Forms.Definitions;
using static GovDesign.Forms.Loading.JsonRead;

namespace GovDesign.Forms.Loading;

/// <summary>Pages and questions.</summary>
internal sealed partial class DefinitionBuilder
{
    /// <summary>A page read but not finished: its conditions are compiled once every question is known.</summary>
    private sealed class PageDraft
    {
        public required JsonObject Json { get; init; }
        public required string Path { get; init; }
        public required int Index { get; init; }
        public required string Pointer { get; init; }
        public required List<Question> Questions { get; init; }
        public Section? Section { get; init; }
        public LocalText? Heading { get; init; }
        public LocalText? Caption { get; init; }
        public required List<ContentBlock> Content { get; init; }
        public RepeatSettings? Repeat { get; init; }
        public SummarySettings? Summary { get; init; }
        public bool IsExit { get; init; }

        /// <summary>Compiles the page's conditions; <paramref name="broken"/> is set when one could not be compiled.</summary>
        public Page Finish(ConditionCompiler compiler, ref bool broken)
        {
            Condition? showIf = null;
            if (Json.ContainsKey("showIf"))
            {
                showIf = compiler.Compile(Json["showIf"], Pointer + "/showIf");
                broken |= showIf is null;
            }

            var next = new List<NextRule>();
            foreach (var (rule, pointer) in Items(Json["next"], Pointer + "/next"))
            {
                if (Str(rule?["to"]) is not { } to)
                {
                    broken = true;
                    continue;
                }

                Condition? when = null;
                if (rule is JsonObject obj && obj.ContainsKey("when"))
                {
                    when = compiler.Compile(obj["when"], pointer + "/when");
                    broken |= when is null;
                }

                next.Add(new NextRule(when, to));
            }

            return new Page
            {
                Path = Path,
                Index = Index,
                Pointer = Pointer,
                Section = Section,
                Heading = Heading,
                Caption = Caption,
                Content = Content,
                Questions = Questions,
                Repeat = Repeat,
                Summary = Summary,
                IsExit = IsExit,
                ShowIf = showIf,
                Next = next,
            };
        }
    }

    private List<PageDraft> ReadPages()
    {
        var drafts = new List<PageDraft>();
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (item, pointer) in Items(root["pages"], "/pages"))
        {
            if (item is not JsonObject page || Str(page["path"]) is not { } path)
            {
                continue;
            }

            if (!paths.TryAdd(path, pointer))
            {
                diagnostics.Error("page.duplicatePath", pointer + "/path", $"Another page already has the path \"{path}\" ({paths[path]}). Page paths must be unique in the form.");
            }

            if (ReservedPaths.Contains(path))
            {
                diagnostics.Error("page.reservedPath", pointer + "/path", $"The path \"{path}\" is used by the runner itself; choose another.");
            }

            drafts.Add(ReadPage(page, path, drafts.Count, pointer));
        }

        return drafts;
    }

    private PageDraft ReadPage(JsonObject page, string path, int index, string pointer)
    {
        Section? section = null;
        if (Str(page["section"]) is { } sectionId && !_sections.TryGetValue(sectionId, out section))
        {
            diagnostics.Error("reference.section", pointer + "/section", $"No section has the id \"{sectionId}\".{Suggestions.For(sectionId, _sections.Keys)}");
        }

        var questions = new List<Question>();
        foreach (var (question, questionPointer) in Items(page["questions"], pointer + "/questions"))
        {
            if (question is JsonObject obj && ReadQuestion(obj, questionPointer, path) is { } read)
            {
                questions.Add(read);
            }
        }

        var heading = Text(page["heading"], pointer + "/heading");
        var isExit = Bool(page["exit"]);
        var questionCount = Arr(page["questions"]).Count;
        if (heading is null && questionCount != 1 && page["heading"] is null)
        {
            diagnostics.Error("page.heading", pointer, questionCount == 0
                ? $"The page \"{path}\" has no questions, so it needs a heading."
                : $"The page \"{path}\" has {questionCount} questions, so it needs a heading (a page with one question uses its label).");
        }

        if (page.ContainsKey("repeat"))
        {
            CheckNoRevealsOnRepeat(questions);
            CheckNoPrefillOnRepeat(questions);
            CheckSettingsOnRepeat(questions);
        }

        if (isExit && (questionCount > 0 || page.ContainsKey("next") || page.ContainsKey("repeat")))
        {
            diagnostics.Error("page.exit", pointer + "/exit", $"The exit page \"{path}\" ends the journey, so it cannot have questions, next rules or repeat.");
        }

        return new PageDraft
        {
            Json = page,
            Path = path,
            Index = index,
            Pointer = pointer,
            Questions = questions,
            Section = section,
            Heading = heading,
            Caption = Text(page["caption"], pointer + "/caption") ?? section?.Title,
            Content = ReadContent(page["content"], pointer + "/content", questions),
            Repeat = ReadRepeat(page["repeat"], pointer + "/repeat", questionCount),
            Summary = ReadSummary(page, path, pointer),
            IsExit = isExit,
        };
    }

    private RepeatSettings? ReadRepeat(JsonNode? node, string pointer, int questionCount)
    {
        if (node is not JsonObject repeat)
        {
            return null;
        }

        var settings = new RepeatSettings(Int(repeat["min"]) ?? 1, Int(repeat["max"]) ?? 10)
        {
            ItemName = Text(repeat["itemName"], pointer + "/itemName"),
            ItemNamePlural = Text(repeat["itemNamePlural"], pointer + "/itemNamePlural"),
            SummaryHeading = Text(repeat["summaryHeading"], pointer + "/summaryHeading"),
            AddAnotherQuestion = Text(repeat["addAnotherQuestion"], pointer + "/addAnotherQuestion"),
            AddFirstQuestion = Text(repeat["addFirstQuestion"], pointer + "/addFirstQuestion"),
        };
        if (settings.Min > settings.Max)
        {
            diagnostics.Error("repeat.range", pointer + "/min", $"The minimum ({settings.Min}) is more than the maximum ({settings.Max}).");
        }

        if (questionCount == 0)
        {
            diagnostics.Error("repeat.noQuestions", pointer, "An add-another page needs at least one question to ask for each item.");
        }

        if (settings.ItemName is not null && settings.ItemNamePlural is null)
        {
            diagnostics.Warning("repeat.itemNamePlural", pointer + "/itemName", $"Give 'itemNamePlural' too (like \"{settings.ItemName}s\"): without it the citizen reads \"You have added 2 × {settings.ItemName}\".");
        }

        return settings;
    }

    private Question? ReadQuestion(JsonObject json, string pointer, string pagePath, RevealedUnder? under = null)
    {
        if (Str(json["name"]) is not { } name || Str(json["type"]) is not { } type || !AnswerKinds.TryParse(type, out var kind)
            || Text(json["label"], pointer + "/label") is not { } label)
        {
            return null;
        }

        IReadOnlyList<Option> options = [];
        if (json["options"] is JsonArray inline)
        {
            options = ReadOptions(inline, pointer + "/options", (item, itemPointer, value) => ReadConditional(item, itemPointer, new RevealedUnder(name, value), pagePath, nested: under is not null));
        }
        else if (Str(json["options"]) is { } listName)
        {
            if (!_optionLists.TryGetValue(listName, out options!))
            {
                options = [];
                diagnostics.Error("reference.optionList", pointer + "/options", $"No option list is named \"{listName}\" in optionLists.{Suggestions.For(listName, _optionLists.Keys)}");
            }
        }

        var messages = new Dictionary<string, LocalText>(StringComparer.Ordinal);
        foreach (var (key, message) in json["messages"] as JsonObject ?? [])
        {
            var messagePointer = pointer + "/messages/" + SourceMap.Escape(key);
            if (Text(message, messagePointer) is { } text)
            {
                messages[key] = text;
            }

            if (!kind.MessageKeys.ContainsKey(key))
            {
                diagnostics.Warning("question.messageKey", messagePointer, $"A {kind.Name} question has no rule called \"{key}\", so this message would never be shown; its rules are {string.Join(", ", kind.MessageKeys.Keys)}.{Suggestions.For(key, kind.MessageKeys.Keys)}", atKey: true);
            }
        }

        CheckRanges(json, pointer);
        var settings = ReadSettings(kind, json, pointer);
        var question = new Question
        {
            Name = name,
            Kind = kind,
            Label = label,
            Hint = Text(json["hint"], pointer + "/hint"),
            Subject = Text(json["subject"], pointer + "/subject"),
            Optional = Bool(json["optional"]),
            Messages = messages,
            Options = options,
            Settings = settings,
            Pointer = pointer,
            PagePath = pagePath,
            RevealedUnder = under,
            Prefill = Bool(json["prefill"]),
            Locked = Bool(json["locked"]),
        };
        CheckSubject(question);
        CheckReveals(question);
        CheckExclusive(question, json);
        CheckPrefillAndLock(question);
        return question;
    }

    private void CheckNextTargets(List<Page> pages, List<PageDraft> drafts)
    {
        var known = pages.Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var draft in drafts)
        {
            foreach (var (rule, pointer) in Items(draft.Json["next"], draft.Pointer + "/next"))
            {
                if (Str(rule?["to"]) is { } to && to != NextRule.CheckAnswers && !known.Contains(to))
                {
                    diagnostics.Error("reference.page", pointer + "/to", $"No page has the path \"{to}\".{Suggestions.For(to, known)}");
                }
            }
        }
    }
}
