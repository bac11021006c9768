using System.Text.RegularExpressions;
using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Voting;

/// <summary>
/// Finds <c>/vote</c> commands in a comment body, the way a reader of the rendered comment sees them.
/// </summary>
/// <remarks>
/// <para>A command is a line that starts (after at most three spaces) with <c>/vote</c>, then a verb,
/// case-insensitive:</para>
/// <list type="bullet">
/// <item><c>approve</c>, also <c>yes</c>, <c>+1</c>, <c>lgtm</c>;</item>
/// <item><c>decline &lt;reason&gt;</c>, also <c>no</c>, <c>-1</c>, <c>reject</c>; the reason is the rest of
/// that line only (following lines are ordinary discussion, so a reason never swallows a later command);</item>
/// <item><c>abstain</c>;</item>
/// <item><c>open</c>, <c>close</c>, <c>refresh-members</c> (staff), <c>recuse</c> (members); after <c>close</c>, staff
/// may name the outcome (<c>too-early &lt;expectations&gt;</c>, <c>community-highlight &lt;note&gt;</c>), read by
/// <see cref="VoteTally"/> from the command's rest of line.</item>
/// </list>
/// <para>Lines that do not count: inside block quotes (<c>&gt;</c>), fenced code (<c>```</c> or <c>~~~</c>;
/// an unclosed fence runs to the end of the comment), indented code (four spaces or a tab), HTML comments,
/// and lines that start inside an inline code span running over several lines. A <c>/vote</c> line with a
/// missing or unknown verb is returned as <see cref="VoteVerb.Unknown"/>.</para>
/// </remarks>
public static partial class VoteCommandParser
{
    /// <summary>The longest reason kept from a <c>/vote</c> line.</summary>
    public const int MaxReasonLength = 300;

    public static IReadOnlyList<VoteCommand> Parse(string? body)
    {
        if (string.IsNullOrEmpty(body) || !body.Contains("/vote", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        var lines = MarkdownText.Lines(body);
        var hidden = HideQuotesAndCode(lines);
        HideLinesInsideCodeSpans(lines, hidden);

        var commands = new List<VoteCommand>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (hidden[i])
            {
                continue;
            }

            var match = CommandPattern().Match(lines[i]);
            if (match.Success)
            {
                var rest = match.Groups["rest"].Value.Trim();
                commands.Add(new VoteCommand(VerbOf(match.Groups["verb"].Value), lines[i].Trim(), rest.Length == 0 ? null : Bounded(rest)));
            }
        }

        return commands;
    }

    /// <summary>
    /// A reason is shown in the tally and kept in its hidden state for every member; an unbounded one (a megabyte line)
    /// would push the tally comment past GitHub's 65,536-character limit, so it is cut to <paramref name="length"/>
    /// characters and an ellipsis, never inside a surrogate pair. Cutting a cut reason again to the same length
    /// changes nothing, so a tally re-rendered from its stored state writes the same text.
    /// </summary>
    internal static string Bounded(string reason, int length = MaxReasonLength)
    {
        if (reason.Length <= length)
        {
            return reason;
        }

        var cut = length > 0 && char.IsHighSurrogate(reason[length - 1]) ? length - 1 : length;
        return string.Concat(reason.AsSpan(0, cut), "…");
    }

    private static VoteVerb VerbOf(string word) => word.ToLowerInvariant() switch
    {
        "approve" or "yes" or "+1" or "lgtm" => VoteVerb.Approve,
        "decline" or "no" or "-1" or "reject" => VoteVerb.Decline,
        "abstain" => VoteVerb.Abstain,
        "open" => VoteVerb.Open,
        "close" => VoteVerb.Close,
        "refresh-members" => VoteVerb.RefreshMembers,
        "recuse" => VoteVerb.Recuse,
        _ => VoteVerb.Unknown,
    };

    private static bool[] HideQuotesAndCode(string[] lines)
    {
        var hidden = new bool[lines.Length];
        string? fence = null; // the opening run (e.g. "````"); a closing run is the same character, at least as long
        var inHtmlComment = false;
        var previousBlank = true;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (fence is not null)
            {
                hidden[i] = true;
                var close = FencePattern().Match(line);
                if (close.Success && close.Groups["run"].Value[0] == fence[0] && close.Groups["run"].Length >= fence.Length
                    && close.Groups["info"].Value.Trim().Length == 0)
                {
                    fence = null;
                }

                continue;
            }

            if (inHtmlComment)
            {
                hidden[i] = true;
                inHtmlComment = !line.Contains("-->", StringComparison.Ordinal);
                previousBlank = false;
                continue;
            }

            var open = FencePattern().Match(line);
            if (open.Success && !(open.Groups["run"].Value[0] == '`' && open.Groups["info"].Value.Contains('`', StringComparison.Ordinal)))
            {
                fence = open.Groups["run"].Value;
                hidden[i] = true;
                previousBlank = true;
                continue;
            }

            var blank = line.Trim().Length == 0;
            if (QuotePattern().IsMatch(line) || (previousBlank && !blank && IndentOf(line) >= 4))
            {
                hidden[i] = true;
            }

            var commentStart = line.LastIndexOf("<!--", StringComparison.Ordinal);
            if (commentStart >= 0 && line.IndexOf("-->", commentStart + 4, StringComparison.Ordinal) < 0)
            {
                inHtmlComment = true;
            }

            // An indented line right after indented code is still code.
            previousBlank = blank || (hidden[i] && IndentOf(line) >= 4);
        }

        return hidden;
    }

    /// <summary>Inline code may run over several lines of one paragraph; a line starting inside it is code.</summary>
    private static void HideLinesInsideCodeSpans(string[] lines, bool[] hidden)
    {
        var start = 0;
        while (start < lines.Length)
        {
            if (hidden[start] || lines[start].Trim().Length == 0)
            {
                start++;
                continue;
            }

            var end = start;
            while (end < lines.Length && !hidden[end] && lines[end].Trim().Length > 0)
            {
                end++;
            }

            if (end - start > 1)
            {
                HideInParagraph(lines, hidden, start, end);
            }

            start = end;
        }
    }

    private static void HideInParagraph(string[] lines, bool[] hidden, int start, int end)
    {
        var offsets = new int[end - start];
        var text = new System.Text.StringBuilder();
        for (var i = start; i < end; i++)
        {
            offsets[i - start] = text.Length;
            text.Append(lines[i]).Append('\n');
        }

        var paragraph = text.ToString();
        var position = 0;
        while (position < paragraph.Length)
        {
            var open = paragraph.IndexOf('`', position);
            if (open < 0)
            {
                break;
            }

            var runLength = RunLength(paragraph, open);
            var close = FindClosingRun(paragraph, open + runLength, runLength);
            if (close < 0)
            {
                position = open + runLength;
                continue;
            }

            for (var k = 0; k < offsets.Length; k++)
            {
                if (offsets[k] > open && offsets[k] < close + runLength)
                {
                    hidden[start + k] = true;
                }
            }

            position = close + runLength;
        }
    }

    private static int FindClosingRun(string text, int from, int length)
    {
        var i = text.IndexOf('`', from);
        while (i >= 0)
        {
            var run = RunLength(text, i);
            if (run == length)
            {
                return i;
            }

            i = text.IndexOf('`', i + run);
        }

        return -1;
    }

    private static int RunLength(string text, int at)
    {
        var end = at;
        while (end < text.Length && text[end] == '`')
        {
            end++;
        }

        return end - at;
    }

    private static int IndentOf(string line)
    {
        var width = 0;
        foreach (var c in line)
        {
            if (c == ' ')
            {
                width++;
            }
            else if (c == '\t')
            {
                width += 4 - (width % 4);
            }
            else
            {
                break;
            }
        }

        return width;
    }

    [GeneratedRegex(@"^ {0,3}(?<run>`{3,}|~{3,})(?<info>.*)$")]
    private static partial Regex FencePattern();

    [GeneratedRegex(@"^ {0,3}>")]
    private static partial Regex QuotePattern();

    [GeneratedRegex(@"^ {0,3}/vote(?=\s|$)[ \t]*(?<verb>\S*)(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommandPattern();
}
