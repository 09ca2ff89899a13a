using System.Globalization;

namespace GovDesign.Cli.Forms.Import;

/// <summary>A parsed XGov text condition, like <c>section.field == 'yes' and count &gt; 2</c>.</summary>
internal abstract record ConditionExpression
{
    /// <summary>Every one of the parts holds.</summary>
    public sealed record All(IReadOnlyList<ConditionExpression> Parts) : ConditionExpression;

    /// <summary>At least one of the parts holds.</summary>
    public sealed record Any(IReadOnlyList<ConditionExpression> Parts) : ConditionExpression;

    /// <summary>The part does not hold.</summary>
    public sealed record Not(ConditionExpression Part) : ConditionExpression;

    /// <summary>A field compared with a literal: a string, a number or true/false.</summary>
    public sealed record Compare(string Field, string Operator, object Value) : ConditionExpression;

    /// <summary>
    /// Parses <paramref name="text"/>: comparisons (<c>==</c>, <c>!=</c>, <c>&gt;</c>, <c>&lt;</c>, <c>&gt;=</c>, <c>&lt;=</c>)
    /// of a field with a literal, joined by <c>and</c>/<c>&amp;&amp;</c> (which binds tighter) and <c>or</c>/<c>||</c>, with
    /// <c>not</c>/<c>!</c> and brackets. Returns null with <paramref name="error"/> set when it is not that.
    /// </summary>
    public static ConditionExpression? Parse(string text, out string? error)
    {
        var parser = new Parser(text);
        try
        {
            var result = parser.Or();
            if (!parser.AtEnd)
            {
                throw new FormatException($"unexpected \"{parser.Rest}\"");
            }

            error = null;
            return result;
        }
        catch (FormatException e)
        {
            error = e.Message;
            return null;
        }
    }

    private sealed class Parser(string text)
    {
        private int _at;

        public bool AtEnd
        {
            get
            {
                SkipSpaces();
                return _at >= text.Length;
            }
        }

        public string Rest => text[_at..];

        public ConditionExpression Or()
        {
            var parts = new List<ConditionExpression> { And() };
            while (Take("||") || TakeWord("or"))
            {
                parts.Add(And());
            }

            return parts.Count == 1 ? parts[0] : new Any(parts);
        }

        private ConditionExpression And()
        {
            var parts = new List<ConditionExpression> { Unary() };
            while (Take("&&") || TakeWord("and"))
            {
                parts.Add(Unary());
            }

            return parts.Count == 1 ? parts[0] : new All(parts);
        }

        private ConditionExpression Unary()
        {
            if (TakeWord("not") || (Peek("!") && !Peek("!=") && Take("!")))
            {
                return new Not(Unary());
            }

            if (Take("("))
            {
                var inner = Or();
                return Take(")") ? inner : throw new FormatException("a bracket is not closed");
            }

            var field = Identifier() ?? throw new FormatException($"expected a field name at \"{Rest}\"");
            var op = new[] { "===", "!==", "==", "!=", ">=", "<=", ">", "<" }.FirstOrDefault(Take) ?? throw new FormatException($"expected a comparison after \"{field}\"");
            return new Compare(field, op.Length == 3 ? op[..2] : op, Literal());
        }

        private object Literal()
        {
            SkipSpaces();
            if (_at < text.Length && text[_at] is '\'' or '"')
            {
                var quote = text[_at];
                var end = text.IndexOf(quote, _at + 1);
                if (end < 0)
                {
                    throw new FormatException("a string is not closed");
                }

                var value = text[(_at + 1)..end];
                _at = end + 1;
                return value;
            }

            var start = _at;
            while (_at < text.Length && (char.IsAsciiLetterOrDigit(text[_at]) || text[_at] is '.' or '-' or '_'))
            {
                _at++;
            }

            var word = text[start.._at];
            return word switch
            {
                "true" => true,
                "false" => false,
                _ when decimal.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => number,
                _ => throw new FormatException($"expected a string, a number, true or false at \"{text[start..]}\""),
            };
        }

        private string? Identifier()
        {
            SkipSpaces();
            var start = _at;
            while (_at < text.Length && (char.IsAsciiLetterOrDigit(text[_at]) || text[_at] is '_' or '$' or '.' || (text[_at] == '-' && _at > start)))
            {
                _at++;
            }

            return _at > start && !char.IsAsciiDigit(text[start]) ? text[start.._at] : null;
        }

        private bool Peek(string token)
        {
            SkipSpaces();
            return string.CompareOrdinal(text, _at, token, 0, token.Length) == 0;
        }

        private bool Take(string token)
        {
            if (!Peek(token))
            {
                return false;
            }

            _at += token.Length;
            return true;
        }

        private bool TakeWord(string word)
        {
            if (!Peek(word) || (_at + word.Length < text.Length && char.IsAsciiLetterOrDigit(text[_at + word.Length])))
            {
                return false;
            }

            _at += word.Length;
            return true;
        }

        private void SkipSpaces()
        {
            while (_at < text.Length && char.IsWhiteSpace(text[_at]))
            {
                _at++;
            }
        }
    }
}
