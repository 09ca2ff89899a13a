using System.Text.Json.Nodes;
using GovDesign.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace GovDesign.Patterns.Answers;

public sealed partial record BankDetailsAnswer
{
    private const int NumberLimit = 64;

    /// <inheritdoc />
    public override AnswerResult Read(AnswerQuestion question, IFormCollection form)
    {
        var (name, nameError) = Lines.Read(question, form, Id(question, "account-name"), MaxNameLength, question.Required, "accountNameRequired", "BankDetails.AccountNameRequired");
        var numbers = Kind == BankAccountKind.Iban ? ReadIban(question, form) : ReadUk(question, form);
        var errors = new[] { nameError }.Concat(numbers.Errors).OfType<FieldError>().ToList();
        if (errors.Count > 0)
        {
            return new AnswerResult(null, errors);
        }

        if (name is null && numbers.Value is null)
        {
            return new AnswerResult(null, []);
        }

        if (name is null || numbers.Value is null)
        {
            // An optional question half answered: the part left out is missing.
            return Read(question with { Required = true }, form);
        }

        var value = new JsonObject { ["accountName"] = name };
        foreach (var (key, number) in numbers.Value)
        {
            value[key] = number?.GetValue<string>();
        }

        return new AnswerResult(value, []);
    }

    private (JsonObject? Value, IReadOnlyList<FieldError?> Errors) ReadUk(AnswerQuestion question, IFormCollection form)
    {
        var sortCodeId = Id(question, "sort-code");
        var accountId = Id(question, "account-number");
        var rollId = Id(question, "roll-number");
        var (sortCode, sortError) = Lines.Read(question, form, sortCodeId, NumberLimit, question.Required, "sortCodeRequired", "BankDetails.SortCodeRequired");
        var (account, accountError) = Lines.Read(question, form, accountId, NumberLimit, question.Required, "accountNumberRequired", "BankDetails.AccountNumberRequired");
        var (roll, rollError) = AskRollNumber ? Lines.Read(question, form, rollId, NumberLimit, false, "rollNumberRequired", "Required.Enter") : (null, null);

        var sortDigits = sortCode is null ? null : Lines.Compact(sortCode);
        if (sortDigits is not null && (sortDigits.Length != 6 || !sortDigits.All(char.IsAsciiDigit)))
        {
            sortError = new FieldError(sortCodeId, Messages.For(question, "sortCodeFormat", "BankDetails.SortCodeFormat"));
        }

        var accountDigits = account is null ? null : Lines.Compact(account);
        if (accountDigits is not null && (accountDigits.Length is < 6 or > 8 || !accountDigits.All(char.IsAsciiDigit)))
        {
            accountError = new FieldError(accountId, Messages.For(question, "accountNumberFormat", "BankDetails.AccountNumberFormat"));
        }

        if (roll is not null && (roll.Length > 18 || !roll.All(c => char.IsAsciiLetterOrDigit(c) || c is ' ' or '-' or '/' or '.')))
        {
            rollError = new FieldError(rollId, Messages.For(question, "rollNumberFormat", "BankDetails.RollNumberFormat"));
        }

        if (sortError is not null || accountError is not null || rollError is not null || sortDigits is null || accountDigits is null)
        {
            return (null, [sortError, accountError, rollError]);
        }

        // Accounts of 6 or 7 digits are written with leading zeros to make the 8 that payment systems expect.
        var value = new JsonObject
        {
            ["sortCode"] = $"{sortDigits[..2]}-{sortDigits[2..4]}-{sortDigits[4..]}",
            ["accountNumber"] = accountDigits.PadLeft(8, '0'),
        };
        if (roll is not null)
        {
            value["rollNumber"] = roll.ToUpperInvariant();
        }

        return (value, []);
    }

    private static (JsonObject? Value, IReadOnlyList<FieldError?> Errors) ReadIban(AnswerQuestion question, IFormCollection form)
    {
        var ibanId = Id(question, "iban");
        var (text, error) = Lines.Read(question, form, ibanId, NumberLimit, question.Required, "ibanRequired", "BankDetails.IbanRequired");
        if (error is not null || text is null)
        {
            return (null, [error]);
        }

        var compact = Lines.Compact(text);
        if (!Iban.IsShaped(compact))
        {
            return (null, [new FieldError(ibanId, Messages.For(question, "ibanFormat", "BankDetails.IbanFormat"))]);
        }

        return Iban.ChecksOut(compact)
            ? (new JsonObject { ["iban"] = compact }, [])
            : (null, [new FieldError(ibanId, Messages.For(question, "ibanChecksum", "BankDetails.IbanChecksum"))]);
    }

    /// <inheritdoc />
    public override RenderFragment Render(AnswerQuestion question, AnswerState state)
    {
        var name = Box(question, state, "account-name", "BankDetails.AccountName", null, "govuk-!-width-two-thirds", v => v["accountName"]?.GetValue<string>(), numeric: false);
        RenderFragment numbers = Kind == BankAccountKind.Iban
            ? Box(question, state, "iban", "BankDetails.Iban", "BankDetails.IbanHint", "govuk-input--width-30", v => v["iban"] is { } iban ? Iban.Printed(iban.GetValue<string>()) : null, numeric: false)
            : View.Sequence(
                Box(question, state, "sort-code", "BankDetails.SortCode", "BankDetails.SortCodeHint", "govuk-input--width-5", v => v["sortCode"]?.GetValue<string>(), numeric: true),
                Box(question, state, "account-number", "BankDetails.AccountNumber", "BankDetails.AccountNumberHint", "govuk-input--width-10", v => v["accountNumber"]?.GetValue<string>(), numeric: true),
                AskRollNumber
                    ? Box(question, state, "roll-number", "BankDetails.RollNumber", "BankDetails.RollNumberHint", "govuk-input--width-10", v => v["rollNumber"]?.GetValue<string>(), numeric: false)
                    : _ => { });
        return Group.Render(question, state, View.Sequence(name, numbers));
    }

    private static RenderFragment Box(AnswerQuestion question, AnswerState state, string part, string labelKey, string? hintKey, string classes, Func<JsonNode, string?> fromValue, bool numeric)
    {
        var id = Id(question, part);
        return View.Component<Input>(new Dictionary<string, object?>
        {
            [nameof(Input.Name)] = id,
            [nameof(Input.Label)] = new LabelOptions { Text = AnswerText.Get(labelKey), Classes = "govuk-label--s" },
            [nameof(Input.Hint)] = hintKey is null ? null : new HintOptions { Text = AnswerText.Get(hintKey) },
            [nameof(Input.ErrorMessage)] = View.ErrorFor(state, id),
            [nameof(Input.Value)] = View.Shown(state, id, fromValue),
            [nameof(Input.Spellcheck)] = false,
            [nameof(Input.Inputmode)] = numeric ? "numeric" : null,
            [nameof(Input.Classes)] = classes,
        });
    }

    private static string Id(AnswerQuestion question, string part) => $"{question.Name}-{part}";

    /// <inheritdoc />
    public override string Describe(JsonNode value)
    {
        var lines = new List<string> { value["accountName"]?.GetValue<string>() ?? "" };
        if (value["iban"] is { } iban)
        {
            lines.Add(Iban.Printed(iban.GetValue<string>()));
        }
        else
        {
            lines.Add($"{AnswerText.Get("BankDetails.SortCode")}: {value["sortCode"]?.GetValue<string>()}");
            lines.Add($"{AnswerText.Get("BankDetails.AccountNumber")}: {value["accountNumber"]?.GetValue<string>()}");
            if (value["rollNumber"] is { } roll)
            {
                lines.Add($"{AnswerText.Get("BankDetails.RollNumberShort")}: {roll.GetValue<string>()}");
            }
        }

        return string.Join('\n', lines);
    }
}
