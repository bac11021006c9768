using System.Text;

namespace Ecosystem.Domain.Tests.Proof;

/// <summary>
/// Deterministic hostile text: mutations of corpus texts (character flips, line duplication, deletion and shuffles,
/// heading mangling, fences, quotes, HTML, control characters, lone surrogates, bidi and zero-width marks), random
/// Unicode, huge lines, deep nesting and megabyte bodies.
/// </summary>
internal sealed class TextMutator(Random random)
{
    private static readonly string[] Tokens =
    [
        "###", "### ", "\n### ", "####", "```", "\n```\n", "~~~", "````python", "> ", ">>>> ", "<details>", "</details>",
        "<img src=x onerror=alert(1)>", "<!-- ecosystem-bot:vote-tally -->", "<!-- ecosystem-bot:intake-report -->",
        "<!-- ecosystem-bot:tally-state {\"Opening\":\"x\"} -->", "<!--", "-->", "<script>", "&amp;", "&#64;",
        "\u202e", "\u202d", "\u200f", "\u200b", "\u2060", "\ufeff", "\ud800", "\udc00", "\ud83d\ude00", "\0", "\u0007",
        "\u001b[31m", "\r", "\r\n", "\n", "\n\n", "\t", "    ", "|", "| a | b |", "@octocat", "@pytorch/team", "@", "#1",
        "/vote approve", "/vote decline because", "/vote open", "/vote close", "/vote", "`", "``", "- ", "1. ", "* [x] ",
        "_No response_", "N/A", "TBD", "https://github.com/", "https://github.com/a/b", "http://", "mailto:", "a@b.c",
        "\\", "[", "](", "*", "_", "~", "{{verdict}}", "{{", "}}", "\u0085", "\u2028", "\u2029", "\u00a0", "İ", "ß",
    ];

    public string Mutate(string text)
    {
        var result = text;
        var count = random.Next(1, 5);
        for (var i = 0; i < count; i++)
        {
            result = MutateOnce(result);
        }

        return result;
    }

    public string RandomUnicode(int maxLength)
    {
        var length = random.Next(0, maxLength + 1);
        var sb = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            sb.Append(random.Next(10) switch
            {
                < 3 => (char)random.Next(0x20, 0x7f),
                3 => (char)random.Next(0, 0x20),
                4 => (char)random.Next(0xd800, 0xe000), // lone surrogate halves
                5 => Tokens[random.Next(Tokens.Length)],
                _ => (char)random.Next(0x80, 0x10000),
            });
        }

        return sb.ToString();
    }

    /// <summary>10,000 nested block quotes, list levels or fences (each under a megabyte).</summary>
    public string DeepNesting(int depth = 10_000) => random.Next(4) switch
    {
        0 => new string('>', depth) + " /vote approve\n### Project name\n" + new string('>', depth),
        1 => string.Concat(Enumerable.Repeat("- ", depth)) + "/vote approve\n" + string.Concat(Enumerable.Repeat("1. > ", depth)) + "x\n",
        2 => string.Concat(Enumerable.Range(0, depth).Select(i => new string('>', i % 200) + " ### Heading " + i + "\n")),
        _ => string.Concat(Enumerable.Range(0, depth).Select(i => new string('`', 3 + (i % 7)) + "\n")),
    };

    /// <summary>About one megabyte, built from <paramref name="seed"/> repeated with mutations, or one huge line.</summary>
    public string Huge(string seed, int length = 1 << 20)
    {
        if (random.Next(3) == 0)
        {
            var c = Pick("a#>|`@ \u200b<");
            return seed + "\n" + new string(c, length);
        }

        var sb = new StringBuilder(length + seed.Length);
        while (sb.Length < length)
        {
            sb.Append(random.Next(4) == 0 ? Mutate(seed) : seed).Append('\n');
        }

        return sb.ToString();
    }

    private string MutateOnce(string text)
    {
        var lines = text.Split('\n').ToList();
        switch (random.Next(14))
        {
            case 0 when text.Length > 0:
                return Replace(text, random.Next(text.Length), RandomChar().ToString());
            case 1:
                return Insert(text, Tokens[random.Next(Tokens.Length)]);
            case 2 when lines.Count > 0:
                var d = random.Next(lines.Count);
                lines.Insert(d, lines[d]);
                return string.Join('\n', lines);
            case 3 when lines.Count > 1:
                lines.RemoveAt(random.Next(lines.Count));
                return string.Join('\n', lines);
            case 4 when lines.Count > 1:
                var a = random.Next(lines.Count);
                var b = random.Next(lines.Count);
                (lines[a], lines[b]) = (lines[b], lines[a]);
                return string.Join('\n', lines);
            case 5:
                return MangleHeadings(lines);
            case 6:
                lines.Insert(random.Next(lines.Count + 1), random.Next(2) == 0 ? "```" : "~~~~");
                return string.Join('\n', lines);
            case 7 when lines.Count > 0:
                var from = random.Next(lines.Count);
                var to = Math.Min(lines.Count, from + random.Next(1, 20));
                for (var i = from; i < to; i++)
                {
                    lines[i] = new string('>', random.Next(1, 4)) + " " + lines[i];
                }

                return string.Join('\n', lines);
            case 8:
                return Insert(text, RandomUnicode(40));
            case 9:
                return Insert(text, new string(Pick("#>`|@-* "), random.Next(100, 20_000)));
            case 10 when text.Length > 0:
                return text[..random.Next(text.Length)];
            case 11:
                return Insert(text, "\n" + DeepNestingSmall() + "\n");
            case 12 when lines.Count > 2:
                var shuffled = lines.OrderBy(_ => random.Next()).ToList();
                return string.Join('\n', shuffled);
            default:
                return Insert(text, "\n### " + RandomUnicode(12) + "\n\n" + RandomUnicode(30) + "\n");
        }
    }

    private string DeepNestingSmall()
    {
        var depth = random.Next(10, 500);
        return random.Next(2) == 0
            ? new string('>', depth) + " nested"
            : string.Join('\n', Enumerable.Range(0, depth).Select(i => new string(' ', i) + "- item"));
    }

    private string MangleHeadings(List<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (!lines[i].StartsWith('#') || random.Next(3) != 0)
            {
                continue;
            }

            lines[i] = random.Next(6) switch
            {
                0 => lines[i].ToUpperInvariant(),
                1 => lines[i].TrimStart('#'),
                2 => "#" + lines[i],
                3 => lines[i] + " ###",
                4 => "   " + lines[i].Replace(" ", "  ", StringComparison.Ordinal),
                _ => lines[i][..(lines[i].Length / 2)],
            };
        }

        return string.Join('\n', lines);
    }

    private char RandomChar() => random.Next(4) switch
    {
        0 => (char)random.Next(0, 0x20),
        1 => (char)random.Next(0xd800, 0xe000),
        2 => Pick("#>`|@-*~<&\\/\u202e\u200b"),
        _ => (char)random.Next(0x20, 0x3000),
    };

    private char Pick(string choices) => choices[random.Next(choices.Length)];

    private string Insert(string text, string token) => text.Insert(random.Next(text.Length + 1), token);

    private static string Replace(string text, int at, string with) => string.Concat(text.AsSpan(0, at), with, text.AsSpan(at + 1));
}
