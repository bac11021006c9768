namespace Ecosystem.Domain.Intake;

/// <summary>
/// Pulls lists out of free-text answers: emails, GitHub handles and URLs, however people wrote them
/// (comma, semicolon, space or newline separated; bullets; <c>Name &lt;a@b&gt;</c>; <c>Email:</c>
/// lines; <c>[a@b](mailto:a@b)</c>; <c>@handle</c> or profile URLs). Plain character scans, no
/// backtracking patterns.
/// </summary>
public static class AnswerValues
{
    private static readonly char[] Separators = [' ', '\t', '\n', '\r', ',', ';', '(', ')', '[', ']', '<', '>', '"', '\'', '|', '`'];

    private static readonly HashSet<string> NotHandles = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "the", "of", "n", "a", "na", "tbd", "tba", "none", "maintainer", "maintainers", "github", "handles", "handle",
    };

    /// <summary>Every token with an '@' that is not a handle, as written after unwrapping ("a@b.org", "john@localhost").</summary>
    public static IReadOnlyList<string> EmailCandidates(string? answer)
    {
        var found = new List<string>();
        foreach (var raw in Tokens(answer))
        {
            var token = raw;
            var colon = token.IndexOf(':', StringComparison.Ordinal);
            var at = token.IndexOf('@', StringComparison.Ordinal);
            if (colon >= 0 && at > colon)
            {
                token = token[(colon + 1)..]; // mailto:a@b, Email:a@b
            }

            token = token.TrimStart('@', '*', '_').TrimEnd('.', ':', '*', '_', '!', '?');
            if (token.Contains('@', StringComparison.Ordinal) && !found.Contains(token, StringComparer.OrdinalIgnoreCase))
            {
                found.Add(token);
            }
        }

        return found;
    }

    /// <summary>A plausible address: one '@', a local part, and a dotted domain of letters, digits and hyphens.</summary>
    public static bool IsEmail(string text)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != text.LastIndexOf('@') || at == text.Length - 1 || text.Length > 254)
        {
            return false;
        }

        var local = text.AsSpan(0, at);
        foreach (var c in local)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c is '"' or ',' or ':' or '/' or '\\')
            {
                return false;
            }
        }

        var labels = text[(at + 1)..].Split('.');
        return labels.Length >= 2
            && labels.All(l => l.Length > 0 && l[0] != '-' && l[^1] != '-' && l.All(c => char.IsLetterOrDigit(c) || c == '-'))
            && labels[^1].Length >= 2 && labels[^1].All(char.IsLetter);
    }

    /// <summary>
    /// GitHub handles, without '@'. When any handle is marked (<c>@x</c> or a profile URL) only
    /// marked ones count, so names written beside them are not mistaken for handles.
    /// </summary>
    public static IReadOnlyList<string> Handles(string? answer)
    {
        var marked = new List<string>();
        var plain = new List<string>();
        foreach (var token in Tokens(answer))
        {
            var clean = token.TrimEnd('.', ':', '!', '?', '*', '_').TrimStart('*', '_');
            if (clean.Contains("github.com/", StringComparison.OrdinalIgnoreCase))
            {
                var url = GitHubUrl.Classify(clean);
                if (url.Owner is { } owner && url.Kind is GitHubUrlKind.Organisation)
                {
                    Add(marked, owner);
                }

                continue;
            }

            if (clean.StartsWith('@') && clean.IndexOf('@', 1) < 0)
            {
                if (IsLogin(clean[1..]))
                {
                    Add(marked, clean[1..]);
                }

                continue;
            }

            if (!clean.Contains('@', StringComparison.Ordinal) && !clean.Contains(':', StringComparison.Ordinal)
                && IsLogin(clean) && !NotHandles.Contains(clean))
            {
                Add(plain, clean);
            }
        }

        return marked.Count > 0 ? marked : plain;
    }

    /// <summary>A GitHub login: 1–39 letters, digits or single hyphens, not starting or ending with '-'.</summary>
    public static bool IsLogin(string text)
    {
        if (text.Length is 0 or > 39 || text[0] == '-' || text[^1] == '-' || text.Contains("--", StringComparison.Ordinal))
        {
            return false;
        }

        return text.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
    }

    /// <summary>URL-like tokens: <c>http(s)://…</c>, <c>www.…</c> or <c>github.com/…</c>, trailing punctuation removed.</summary>
    public static IReadOnlyList<string> Urls(string? answer)
    {
        var found = new List<string>();
        foreach (var token in Tokens(answer))
        {
            var clean = token.TrimEnd('.', ',', ';', ':', '!', '?', '*', '_').TrimStart('*', '_');
            if (clean.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
                || clean.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                || clean.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
                || clean.StartsWith("github.com/", StringComparison.OrdinalIgnoreCase))
            {
                if (!found.Contains(clean, StringComparer.Ordinal))
                {
                    found.Add(clean);
                }
            }
        }

        return found;
    }

    /// <summary>Words of the answer, split on whitespace and the punctuation that wraps values.</summary>
    internal static IEnumerable<string> Tokens(string? answer) =>
        string.IsNullOrEmpty(answer)
            ? []
            : answer.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(t => t.TrimStart('-', '*', '+').TrimEnd('\\'))
                .Where(t => t.Length > 0);

    private static void Add(List<string> list, string handle)
    {
        if (!list.Contains(handle, StringComparer.OrdinalIgnoreCase))
        {
            list.Add(handle);
        }
    }
}
