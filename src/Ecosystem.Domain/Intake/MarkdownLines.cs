namespace Ecosystem.Domain.Intake;

/// <summary>Recognises the few block-level Markdown lines the reader cares about, without regular expressions.</summary>
internal static class MarkdownLines
{
    /// <summary>The text of a level-3 ATX heading (<c>### Text</c>, up to three spaces indent), or null.</summary>
    public static string? Heading(string line)
    {
        var start = Indent(line);
        if (start < 0 || !line.AsSpan(start).StartsWith("###", StringComparison.Ordinal))
        {
            return null;
        }

        var rest = line.AsSpan(start + 3);
        if (rest.Length > 0 && rest[0] == '#')
        {
            return null;
        }

        var text = rest.Trim().TrimEnd('#').Trim();
        return text.ToString();
    }

    public static Fence? OpensFence(string line)
    {
        var start = Indent(line);
        if (start < 0 || start >= line.Length || line[start] is not ('`' or '~'))
        {
            return null;
        }

        var marker = line[start];
        var length = Run(line, start, marker);
        if (length < 3)
        {
            return null;
        }

        // A backtick fence's info string may not contain backticks.
        return marker == '`' && line.AsSpan(start + length).Contains('`') ? null : new Fence(marker, length);
    }

    public static bool ClosesFence(string line, Fence fence)
    {
        var start = Indent(line);
        if (start < 0 || start >= line.Length || line[start] != fence.Marker)
        {
            return false;
        }

        var length = Run(line, start, fence.Marker);
        return length >= fence.Length && line.AsSpan(start + length).Trim().IsEmpty;
    }

    /// <summary>A thematic break: three or more of '-', '*' or '_' and nothing else.</summary>
    public static bool IsRule(string line)
    {
        var trimmed = line.AsSpan().Trim();
        if (trimmed.Length < 3 || trimmed[0] is not ('-' or '*' or '_'))
        {
            return false;
        }

        var marker = trimmed[0];
        var count = 0;
        foreach (var c in trimmed)
        {
            if (c == marker)
            {
                count++;
            }
            else if (c != ' ')
            {
                return false;
            }
        }

        return count >= 3;
    }

    /// <summary>A paragraph that opens a hand-written note: "Update:", "**Update (May 2025)**", "EDIT -".</summary>
    public static bool StartsNote(string line)
    {
        var text = line.AsSpan().Trim().TrimStart("*_#> ").ToString();
        foreach (var word in (string[])["update", "updated", "edit", "edited"])
        {
            if (text.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                // "Update: …", "Update (May 2025)", "**Update**", "Update - …", "Update 2025-05-01": not "Update the docs".
                var after = text.AsSpan(word.Length).TrimStart(' ');
                if (after.IsEmpty || after[0] is ':' or '(' or '*' or '_' or '-' or '–' or '—' || char.IsDigit(after[0]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int Indent(string line)
    {
        var i = 0;
        while (i < line.Length && line[i] == ' ')
        {
            i++;
        }

        return i > 3 ? -1 : i;
    }

    private static int Run(string line, int start, char marker)
    {
        var i = start;
        while (i < line.Length && line[i] == marker)
        {
            i++;
        }

        return i - start;
    }
}
