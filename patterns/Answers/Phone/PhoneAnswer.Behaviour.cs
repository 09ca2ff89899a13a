using System.Text.Json.Nodes;
using GovDesign.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using PhoneNumbers;

namespace GovDesign.Patterns.Answers;

public sealed partial record PhoneAnswer
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    /// <inheritdoc />
    public override AnswerResult Read(AnswerQuestion question, IFormCollection form)
    {
        var (text, failure) = Posted.ReadLine(question, form, question.Name, 40);
        if (failure is not null || text is null)
        {
            return failure ?? new AnswerResult(null, []);
        }

        if (Parse(text) is not { } number)
        {
            return Posted.Fail(question.Name, Messages.For(question, "format", "Phone.Format", Example()));
        }

        if (!AllowInternational && !IsHome(number))
        {
            return Posted.Fail(question.Name, Messages.For(question, "international", "Phone.National", Countries.Name(DefaultRegion)));
        }

        var type = Phones.GetNumberType(number);
        if (MobileOnly && !IsFictional(number) && type is not (PhoneNumberType.MOBILE or PhoneNumberType.FIXED_LINE_OR_MOBILE))
        {
            return Posted.Fail(question.Name, Messages.For(question, "mobile", "Phone.Mobile"));
        }

        return new AnswerResult(JsonValue.Create(Phones.Format(number, PhoneNumberFormat.E164)), []);
    }

    /// <summary>The number, when the text is a valid phone number (digits, spaces, brackets, hyphens, dots and a leading plus only).</summary>
    internal PhoneNumber? Parse(string text)
    {
        if (text.Length > 40 || !text.All(c => char.IsAsciiDigit(c) || c is ' ' or '(' or ')' or '-' or '.' or '+') || text.LastIndexOf('+') > 0)
        {
            return null;
        }

        var international = text.StartsWith("00", StringComparison.Ordinal) ? "+" + text[2..] : text;
        try
        {
            var number = Phones.Parse(international, DefaultRegion.ToUpperInvariant());
            return Phones.IsValidNumber(number) || IsFictional(number) ? number : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    /// <summary>Whether the number belongs to the default region's country code.</summary>
    private bool IsHome(PhoneNumber number) => number.CountryCode == Phones.GetCountryCodeForRegion(DefaultRegion.ToUpperInvariant());

    /// <summary>
    /// The UK mobile numbers Ofcom keeps for drama and examples (07700 900000 to 07700 900999):
    /// libphonenumber calls them invalid, but services, guidance and tests write them as examples
    /// (as our contract does), so they are accepted.
    /// </summary>
    private static bool IsFictional(PhoneNumber number) =>
        number.CountryCode == 44 && number.NationalNumber is >= 7700900000 and <= 7700900999;

    /// <summary>An example number of the default region, nationally and internationally written.</summary>
    private string Example()
    {
        var example = Phones.GetExampleNumberForType(DefaultRegion.ToUpperInvariant(), PhoneNumberType.MOBILE);
        return example is null ? "+44 7700 900 982"
            : AnswerText.Format("Phone.ExampleOr", Phones.Format(example, PhoneNumberFormat.NATIONAL), Phones.Format(example, PhoneNumberFormat.INTERNATIONAL));
    }

    /// <inheritdoc />
    public override RenderFragment Render(AnswerQuestion question, AnswerState state) => View.Component<Input>(new Dictionary<string, object?>
    {
        [nameof(Input.Name)] = question.Name,
        [nameof(Input.Type)] = "tel",
        [nameof(Input.Label)] = View.Label(question),
        [nameof(Input.Hint)] = View.Hint(question),
        [nameof(Input.ErrorMessage)] = View.ErrorFor(state, question.Name),
        [nameof(Input.Value)] = View.Shown(state, question.Name, v => Describe(v)),
        [nameof(Input.Autocomplete)] = "tel",
        [nameof(Input.Spellcheck)] = false,
        [nameof(Input.Classes)] = "govuk-input--width-20",
    });

    /// <inheritdoc />
    public override string Describe(JsonNode value)
    {
        var text = value.GetValue<string>();
        try
        {
            var number = Phones.Parse(text, DefaultRegion.ToUpperInvariant());
            return Phones.Format(number, IsHome(number) ? PhoneNumberFormat.NATIONAL : PhoneNumberFormat.INTERNATIONAL);
        }
        catch (NumberParseException)
        {
            return text;
        }
    }
}
