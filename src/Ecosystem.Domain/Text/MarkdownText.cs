using System.Text;

namespace Ecosystem.Domain.Text;

/// <summary>
/// Applicant text made safe to echo in the automation's comments: no <c>@mention</c> pings, no raw HTML (so no forged
/// hidden markers), no Markdown table or code-fence breakage, and a bounded length.
/// </summary>
public static class MarkdownText
{
    /// <summary>The longest echo of user text in one place.</summary>
    public const int DefaultMaxLength = 2_000;

    /// <summary>GitHub rejects a comment of more than 65,536 characters, and the purpose marker is stamped on afterwards.</summary>
    public const int CommentBudget = 60_000;

    private const char WordJoiner = '\u2060'; // invisible, breaks @mention and #ref autolinks

    /// <summary>One line, mentions defused, HTML and Markdown specials escaped.</summary>
    public static string Inline(string? text, int maxLength = DefaultMaxLength) => Escape(OneLine(text, maxLength), escapeTablePipes: false);

    /// <summary>Like <see cref="Inline"/>, and pipes escaped.</summary>
    public static string TableCell(string? text, int maxLength = DefaultMaxLength) => Escape(OneLine(text, maxLength), escapeTablePipes: true);

    public static string Quote(string? text, int maxLength = DefaultMaxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "> _(empty)_";
        }

        var lines = Truncate(text.Trim(), maxLength).ReplaceLineEndings("\n").Split('\n');
        return string.Join("\n", lines.Select(l => "> " + Escape(l, escapeTablePipes: false)));
    }

    /// <summary>
    /// Text the automation owns (a form heading to copy), where nothing links, pings or renders, so copying gives exactly
    /// the text; not for applicant text, which goes through <see cref="Inline"/>.
    /// </summary>
    public static string CodeSpan(string text)
    {
        var clean = WithoutControls(text);
        var fence = new string('`', LongestRun(clean, '`') + 1);
        var pad = clean.StartsWith('`') || clean.EndsWith('`') || (clean.StartsWith(' ') && clean.EndsWith(' ')) ? " " : string.Empty;
        return fence + pad + clean + pad + fence;
    }

    /// <summary>Lines the automation owns, copied as a whole.</summary>
    public static string CodeBlock(IEnumerable<string> lines)
    {
        var body = string.Join("\n", lines.Select(WithoutControls));
        var fence = new string('`', Math.Max(3, LongestRun(body, '`') + 1));
        return fence + "text\n" + body + "\n" + fence;
    }

    /// <summary>
    /// As Markdown reads them: unlike <see cref="string.ReplaceLineEndings()"/>, U+0085, U+2028 and U+2029 (and form feed)
    /// stay inside a line.
    /// </summary>
    public static string[] Lines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');

    /// <summary>Cut first, so a megabyte of text costs no more than its first <paramref name="maxLength"/> characters.</summary>
    private static string OneLine(string? text, int maxLength) => Truncate(text ?? string.Empty, maxLength).ReplaceLineEndings(" ");

    private static string WithoutControls(string text) => new([.. text.Select(c => char.IsControl(c) ? ' ' : c)]);

    private static int LongestRun(string text, char c)
    {
        int longest = 0, run = 0;
        foreach (var x in text)
        {
            run = x == c ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }

    // Never inside a surrogate pair: half an emoji reaches GitHub as U+FFFD, and a text GitHub holds with it would
    // never again be the text wanted (rewritten at every run).
    internal static string Truncate(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = maxLength > 0 && char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength;
        return string.Concat(text.AsSpan(0, cut), "…");
    }

    private static string Escape(string text, bool escapeTablePipes)
    {
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '@' or '#': sb.Append(c).Append(WordJoiner); break;
                case '|' when escapeTablePipes:
                case '`' or '*' or '_' or '[' or ']' or '~' or '\\': sb.Append('\\').Append(c); break;
                case '\r': break;
                default:
                    if (!char.IsControl(c) || c == '\n' || c == '\t')
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.ToString();
    }
}
