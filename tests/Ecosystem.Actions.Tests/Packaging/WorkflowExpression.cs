using System.Globalization;
using System.Text.Json;

namespace Ecosystem.Actions.Tests.Packaging;

/// <summary>
/// Evaluates the part of GitHub's expression language the workflows use (<c>== != &amp;&amp; || !</c>, parentheses,
/// string literals, <c>contains</c>, <c>fromJSON</c>, <c>cancelled</c>, context paths), with GitHub's rules: <c>||</c> and <c>&amp;&amp;</c>
/// return an operand, strings compare ignoring case, and null, false, 0 and '' are falsy. So a test can ask which
/// steps an event runs instead of reading the conditions by eye.
/// </summary>
internal sealed class WorkflowExpression
{
    private readonly List<string> _tokens;
    private readonly IReadOnlyDictionary<string, object?> _context;
    private int _next;

    private WorkflowExpression(string text, IReadOnlyDictionary<string, object?> context)
    {
        _tokens = Tokenize(text);
        _context = context;
    }

    /// <summary>Evaluates an <c>if:</c> (with or without <c>${{ }}</c>) for truth; no condition is true.</summary>
    public static bool IsTrue(string? condition, IReadOnlyDictionary<string, object?> context)
    {
        if (condition is null)
        {
            return true;
        }

        var text = condition.Trim();
        if (text.StartsWith("${{", StringComparison.Ordinal) && text.EndsWith("}}", StringComparison.Ordinal))
        {
            text = text[3..^2];
        }

        var expression = new WorkflowExpression(text, context);
        var value = expression.Or();
        if (expression._next != expression._tokens.Count)
        {
            throw new FormatException($"Unexpected '{expression._tokens[expression._next]}' in `{condition}`.");
        }

        return Truthy(value);
    }

    /// <summary>Expands every <c>${{ … }}</c> in a string (a concurrency group, a job name).</summary>
    public static string Expand(string text, IReadOnlyDictionary<string, object?> context)
    {
        var result = text;
        for (var start = result.IndexOf("${{", StringComparison.Ordinal); start >= 0; start = result.IndexOf("${{", StringComparison.Ordinal))
        {
            var end = result.IndexOf("}}", start, StringComparison.Ordinal);
            var expression = new WorkflowExpression(result[(start + 3)..end], context);
            result = string.Concat(result[..start], Text(expression.Or()), result[(end + 2)..]);
        }

        return result;
    }

    private object? Or()
    {
        var left = And();
        while (Take("||"))
        {
            var right = And();
            left = Truthy(left) ? left : right;
        }

        return left;
    }

    private object? And()
    {
        var left = Comparison();
        while (Take("&&"))
        {
            var right = Comparison();
            left = Truthy(left) ? right : left;
        }

        return left;
    }

    private object? Comparison()
    {
        var left = Unary();
        if (Take("=="))
        {
            return Equal(left, Unary());
        }

        return Take("!=") ? !Equal(left, Unary()) : left;
    }

    private object? Unary() => Take("!") ? !Truthy(Unary()) : Primary();

    private object? Primary()
    {
        var token = _tokens[_next++];
        if (token == "(")
        {
            var inner = Or();
            Expect(")");
            return inner;
        }

        if (token.StartsWith('\''))
        {
            return token[1..^1].Replace("''", "'", StringComparison.Ordinal);
        }

        if (token is "true" or "false")
        {
            return token == "true";
        }

        if (double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        if (Take("("))
        {
            var arguments = new List<object?>();
            if (!Take(")"))
            {
                arguments.Add(Or());
                while (Take(","))
                {
                    arguments.Add(Or());
                }

                Expect(")");
            }

            return token switch
            {
                // The tests evaluate runs nobody cancelled.
                "cancelled" when arguments.Count == 0 => false,
                "contains" when arguments[0] is IEnumerable<object?> items => items.Any(item => Equal(item, arguments[1])),
                "contains" => Text(arguments[0]).Contains(Text(arguments[1]), StringComparison.OrdinalIgnoreCase),
                "fromJSON" => FromJson(JsonDocument.Parse(Text(arguments[0])).RootElement),
                _ => throw new FormatException($"The test does not know the function {token}()."),
            };
        }

        return _context.TryGetValue(token, out var value) ? value : null;
    }

    private bool Take(string token)
    {
        if (_next < _tokens.Count && _tokens[_next] == token)
        {
            _next++;
            return true;
        }

        return false;
    }

    private void Expect(string token)
    {
        if (!Take(token))
        {
            throw new FormatException($"Expected '{token}' at token {_next}.");
        }
    }

    private static bool Equal(object? left, object? right) => (left, right) switch
    {
        (null, null) => true,
        (string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase),
        (bool a, bool b) => a == b,
        (double a, double b) => a == b,
        // Mismatched types compare as numbers: null and '' are both 0.
        (null, string b) => b.Length == 0,
        (string a, null) => a.Length == 0,
        _ => Equals(left, right),
    };

    private static bool Truthy(object? value) => value switch
    {
        null => false,
        bool flag => flag,
        double number => number != 0,
        string text => text.Length > 0,
        _ => true,
    };

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        bool flag => flag ? "true" : "false",
        double number => number.ToString(CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => element.EnumerateArray().Select(FromJson).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null => null,
        _ => element,
    };

    private static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        for (var i = 0; i < text.Length;)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '\'')
            {
                var end = i + 1;
                while (end < text.Length && (text[end] != '\'' || (end + 1 < text.Length && text[end + 1] == '\'' && ++end > 0)))
                {
                    end++;
                }

                tokens.Add(text[i..(end + 1)]);
                i = end + 1;
            }
            else if (i + 1 < text.Length && text.Substring(i, 2) is "==" or "!=" or "&&" or "||")
            {
                tokens.Add(text.Substring(i, 2));
                i += 2;
            }
            else if (c is '!' or '(' or ')' or ',')
            {
                tokens.Add(c.ToString());
                i++;
            }
            else
            {
                var end = i;
                while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '.' or '_' or '-'))
                {
                    end++;
                }

                if (end == i)
                {
                    throw new FormatException($"Unexpected '{c}' in `{text}`.");
                }

                tokens.Add(text[i..end]);
                i = end;
            }
        }

        return tokens;
    }
}
