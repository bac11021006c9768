using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Intake;

/// <summary>
/// Emails, GitHub handles and URLs from free-text answers, however people wrote them (<c>Name &lt;a@b&gt;</c>,
/// <c>[a@b](mailto:a@b)</c>, profile URLs). Plain character scans, no backtracking patterns.
/// </summary>
public static class AnswerValues
{
    // With the full-width marks Chinese and Japanese keyboards type, the no-break space pages paste, and smart quotes
    // ('’', an apostrophe too, is trimmed off a token's end).
    private static readonly char[] Separators =
    [
        ' ', '\t', '\n', '\r', ',', ';', '(', ')', '[', ']', '<', '>', '"', '\'', '|', '`', '，', '、', '；', '：', '（', '）',
        '\u3000', '「', '」', '『', '』', '【', '】', '\u00A0', '“', '”', '‘',
    ];

    private static readonly HashSet<string> NotHandles = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "n", "a", "na", "tbd", "tba", "etc", "none", "maintainer", "maintainers", "github", "handles", "handle",
    };

    // A phrase holding one ("the team", "lead of the project") describes people rather than naming them, so none of its
    // words is taken for a login. Not "a", a middle initial ("Jane A. Doe") too.
    private static readonly HashSet<string> ProseWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "an", "of", "by", "with", "from", "for", "to", "at", "in", "on", "our", "their", "all", "other", "others", "who", "is", "are",
        "we", "also", "have", "has", "will", "more",
    };

    private static readonly char[] TrailingPunctuation = ['.', ':', '!', '?', '*', '_', '。', '！', '？', '’', '…'];

    private static readonly char[] PlaceholderOpeners = ['[', '<'];

    // Where a phrase of an entry ends: at brackets ("Jane Doe (the lead)") and at a table's cell borders.
    private static readonly char[] PhraseBreaks = ['(', ')', '[', ']', '\t'];

    // Those that read like file extensions or module paths (md, py, rs, sh, so, run, fx) are left out, so "LICENSE.md"
    // or "torch.distributed.run" is not taken for a site.
    private static readonly HashSet<string> TopLevelDomains = new(StringComparer.OrdinalIgnoreCase)
    {
        "com", "org", "net", "edu", "gov", "io", "ai", "dev", "app", "co", "me", "info", "xyz", "tech", "site", "page", "cloud",
        "science", "ml", "ly", "gg", "cc", "tv", "fm", "us", "uk", "de", "fr", "cn", "jp", "in", "ca", "au", "ch", "nl", "eu",
        "kr", "br", "it", "es", "se", "fi", "no", "dk", "pl", "be", "at", "cz", "il", "sg", "tw", "hk", "nz", "ie", "pt", "ru",
        "ua", "mx", "za", "academy", "foundation", "community", "tools", "software", "systems", "network", "works", "online",
        "space", "world", "website", "blog", "ac", "education", "research", "studio", "design", "live", "pro", "biz", "wiki",
        "lab", "labs", "institute", "codes", "digital", "solutions", "technology", "company", "zone", "club", "services", "news",
    };

    /// <summary>Every token with an '@' that is not a handle, as written after unwrapping ("a@b.org", "john@localhost").</summary>
    public static IReadOnlyList<string> EmailCandidates(string? answer)
    {
        var found = new List<string>();
        foreach (var token in Tokens(answer))
        {
            var colon = token.IndexOf(':', StringComparison.Ordinal);
            var at = token.IndexOf('@', StringComparison.Ordinal);
            var address = (colon >= 0 && at > colon ? token[(colon + 1)..] : token).TrimStart('@', '*', '_'); // mailto:a@b, Email:a@b
            if (address.Contains('@', StringComparison.Ordinal))
            {
                Add(found, address);
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

        var labels = text[(at + 1)..].Split('.');
        return !text[..at].Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '"' or ',' or ':' or '/' or '\\')
            && labels.Length >= 2
            && labels.All(l => l.Length > 0 && l[0] != '-' && l[^1] != '-' && l.All(c => char.IsLetterOrDigit(c) || c == '-'))
            && labels[^1].Length >= 2 && labels[^1].All(char.IsLetter);
    }

    /// <summary>
    /// The maintainers answer read entry by entry (<see cref="Entries"/>). A marked handle (<c>@x</c> or a profile URL)
    /// counts; so does a bare login when no entry is marked. Not a handle: a person's name ("Jane Doe"), a link that is not a
    /// profile (a team page), a word of a phrase in plain English ("the team"); such entries are returned as written.
    /// </summary>
    public static MaintainerList Maintainers(string? answer)
    {
        var marked = new List<string>();
        var plain = new List<string>();
        var notHandles = new List<string>();
        var unmarkedEntries = new List<string>();
        foreach (var entry in Entries(answer))
        {
            var entryMarked = new List<string>();
            var bare = new List<string>();
            var bracketed = new List<string>();
            var links = 0;
            var at = 0;
            foreach (var phrase in entry.Split(PhraseBreaks))
            {
                var inBrackets = at > 0 && entry[at - 1] is '(' or '[';
                at += phrase.Length + 1;
                var prose = Tokens(phrase).Any(ProseWords.Contains);
                foreach (var clean in Tokens(phrase))
                {
                    if (clean.Contains("github.com/", StringComparison.OrdinalIgnoreCase))
                    {
                        // A profile names its login; an organisation's page (github.com/orgs/acme/teams/core) names no one.
                        var url = GitHubUrl.Classify(clean);
                        var profile = url.Kind is GitHubUrlKind.Organisation && !clean.Contains("/orgs/", StringComparison.OrdinalIgnoreCase);
                        if (url.Owner is { } owner && profile)
                        {
                            Add(entryMarked, owner);
                        }
                        else
                        {
                            links++;
                        }

                        continue;
                    }

                    if (clean.StartsWith('@') && clean.IndexOf('@', 1) < 0)
                    {
                        if (GitHubHandle.IsLogin(clean[1..]))
                        {
                            Add(entryMarked, clean[1..]);
                        }

                        continue;
                    }

                    if (clean.Contains("://", StringComparison.Ordinal) || IsHostLike(clean))
                    {
                        links++;
                    }
                    else if (!clean.Contains('@', StringComparison.Ordinal) && !clean.Contains(':', StringComparison.Ordinal)
                        && !prose && GitHubHandle.IsLogin(clean) && !NotHandles.Contains(clean))
                    {
                        (inBrackets ? bracketed : bare).Add(clean);
                    }
                }
            }

            if (entryMarked.Count > 0)
            {
                entryMarked.ForEach(h => Add(marked, h));
                continue;
            }

            // "Jane Doe (janedoe)": the login beside the name; "janedoe (lead)": the role beside the login. Words beside a
            // link that is not a profile ("the core team: <team page>") describe the link.
            var logins = bare.Where(b => !IsNameWord(b)).ToList();
            if (logins.Count == 0)
            {
                logins = bracketed.Where(b => !IsNameWord(b)).ToList();
            }

            bare.AddRange(bracketed);
            var handles = links > 0 ? [] : logins.Count > 0 ? logins : bare.Count == 1 ? bare : [];
            handles.ForEach(h => Add(plain, h));
            (handles.Count == 0 ? notHandles : unmarkedEntries).Add(MarkdownText.Truncate(entry.Replace('\t', ' '), 60));
        }

        // Once handles are marked, a bare word is as likely a name as a login: ask for the '@'.
        return marked.Count == 0 ? new MaintainerList(plain, notHandles) : new MaintainerList(marked, [.. notHandles, .. unmarkedEntries]);
    }

    /// <summary>Dotted labels ending in a known top-level domain, maybe with a path.</summary>
    public static bool IsHostLike(string token)
    {
        if (token.Contains('@', StringComparison.Ordinal) || token.Contains("://", StringComparison.Ordinal) || token.Contains('\\', StringComparison.Ordinal))
        {
            return false;
        }

        var end = token.IndexOfAny(['/', '?', '#', ':']); // the host ends at a path, a query, a fragment or a port (example.org:8080)
        var labels = (end < 0 ? token : token[..end]).Split('.');
        return labels.Length >= 2
            && labels.All(l => l.Length is > 0 and <= 63 && l[0] != '-' && l[^1] != '-' && l.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            && TopLevelDomains.Contains(labels[^1]);
    }

    /// <summary>The URL as a browser would open it.</summary>
    public static string WithScheme(string url) => HasScheme(url) ? url : "https://" + url;

    /// <summary>
    /// URL-like tokens; a link written twice (<c>[a.org](https://a.org)</c>) once, an SSH clone address
    /// (<c>git@github.com:org/repo.git</c>) as the web address it names. A URL with a placeholder (<see cref="PlaceholderUrls"/>)
    /// is none: its part before the placeholder would be read as an organisation or a site's home page.
    /// </summary>
    public static IReadOnlyList<string> Urls(string? answer) =>
        UrlTokens(string.IsNullOrEmpty(answer) || answer.IndexOfAny(PlaceholderOpeners) < 0 ? answer : WithoutPlaceholderUrls(answer, null));

    /// <summary>A list answer's URLs, then each entry of only GitHub's shorthand (<c>owner/name</c>) as that repository's URL.</summary>
    public static IReadOnlyList<string> RepositoryUrls(string? answer)
    {
        List<string> found = [.. Urls(answer)];
        foreach (var entry in Entries(answer))
        {
            if (RepositoryReference.Shorthand(entry) is { } repository)
            {
                Add(found, repository.Url);
            }
        }

        return found;
    }

    /// <summary>The URLs with a template's placeholder in their path ("github.com/org/[REPO]"), as written, each once.</summary>
    public static IReadOnlyList<string> PlaceholderUrls(string? answer)
    {
        var found = new List<string>();
        _ = WithoutPlaceholderUrls(answer ?? string.Empty, found);
        return found;
    }

    public static string? PlaceholderUrl(string? answer) => PlaceholderUrls(answer) is [var first, ..] ? first : null;

    private static List<string> UrlTokens(string? answer)
    {
        var found = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var token in Tokens(answer))
        {
            var colon = token.IndexOf(':', StringComparison.Ordinal);
            var clean = token.StartsWith("git@", StringComparison.OrdinalIgnoreCase) && colon > 4 && IsHostLike(token[4..colon])
                ? token[4..colon] + "/" + token[(colon + 1)..]
                : token;
            var label = clean.IndexOf(':', StringComparison.Ordinal);
            var scheme = clean.IndexOf("http", StringComparison.OrdinalIgnoreCase);
            if (!IsUrlLike(clean) && scheme > 0 && HasScheme(clean[scheme..]))
            {
                clean = clean[scheme..]; // "🔗https://…", "Repo→https://…": a symbol or a label typed against the URL
            }
            else if (!IsUrlLike(clean) && label > 0 && IsUrlLike(clean[(label + 1)..]))
            {
                clean = clean[(label + 1)..]; // "Repo:github.com/…": a label glued to the URL
            }

            if (IsUrlLike(clean) && seen.Add(WithScheme(clean).TrimEnd('/')))
            {
                found.Add(clean);
            }
        }

        return found;
    }

    /// <summary>
    /// The answer with each URL that has a placeholder in its path blanked out, from the URL before a '[' or '&lt;' that
    /// follows a '/' to the next separator (<see cref="PlaceholderUrlEnd"/>), the URLs added to <paramref name="found"/>.
    /// Words end at brackets, so the URL before the placeholder would otherwise be read alone.
    /// </summary>
    private static string WithoutPlaceholderUrls(string answer, List<string>? found)
    {
        var text = answer.ToCharArray();
        for (var open = answer.IndexOfAny(PlaceholderOpeners); open >= 0; open = answer.IndexOfAny(PlaceholderOpeners, open + 1))
        {
            var start = open > 0 ? answer.LastIndexOfAny(Separators, open - 1) + 1 : 0;
            if (open > 0 && answer[open - 1] == '/' && UrlTokens(answer[start..open]).Count > 0)
            {
                var end = PlaceholderUrlEnd(answer, open);
                while (end > open + 1 && answer[end - 1] is '.' or ':' or '!' or '?')
                {
                    end--;
                }

                if (found is not null)
                {
                    Add(found, answer[start..end]);
                }

                for (var i = start; i < end; i++)
                {
                    text[i] = ' ';
                }

                open = end - 1;
            }
        }

        return new string(text);
    }

    /// <summary>The end of a URL whose placeholder opens at <paramref name="at"/>: placeholders are passed whole.</summary>
    private static int PlaceholderUrlEnd(string answer, int at)
    {
        while (true)
        {
            var next = answer.IndexOfAny(Separators, at);
            var closer = next < 0 ? ' ' : answer[next] switch { '[' => ']', '<' => '>', _ => ' ' };
            if (closer == ' ')
            {
                return next < 0 ? answer.Length : next;
            }

            // A placeholder never closed ("github.com/org/[REPO"): the URL ends where it stops.
            var closed = answer.IndexOfAny(Separators, next + 1);
            if (closed < 0 || answer[closed] != closer)
            {
                return closed < 0 ? answer.Length : closed;
            }

            at = closed + 1;
        }
    }

    /// <summary>Words without the bullets, emphasis and punctuation around them ("**@jane**,"), as Markdown shows them.</summary>
    internal static IEnumerable<string> Tokens(string? answer) =>
        string.IsNullOrEmpty(answer)
            ? []
            : answer.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(t => WithoutEscapes(t.TrimStart('-', '*', '+').TrimEnd('\\').TrimEnd(TrailingPunctuation).TrimStart('*', '_')))
                .Where(t => t.Length > 0);

    /// <summary>As Markdown shows it: a backslash before punctuation ("torch\_render") escapes it and is no part of the word.</summary>
    private static string WithoutEscapes(string url)
    {
        if (!url.Contains('\\', StringComparison.Ordinal))
        {
            return url;
        }

        var text = new System.Text.StringBuilder(url.Length);
        for (var i = 0; i < url.Length; i++)
        {
            var next = i + 1 < url.Length ? url[i + 1] : ' ';
            if (url[i] != '\\' || !char.IsAscii(next) || !(char.IsPunctuation(next) || char.IsSymbol(next)))
            {
                text.Append(url[i]);
            }
        }

        return text.ToString();
    }

    private static bool IsUrlLike(string token) =>
        HasScheme(token) || token.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
        || token.StartsWith("github.com/", StringComparison.OrdinalIgnoreCase) || IsHostLike(token);

    private static bool HasScheme(string url) =>
        url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    private static void Add(List<string> list, string value)
    {
        if (!list.Contains(value, StringComparer.OrdinalIgnoreCase))
        {
            list.Add(value);
        }
    }

    /// <summary>"Jane" or an initial ("B."): part of a person's name rather than a login.</summary>
    private static bool IsNameWord(string word) =>
        word.Length >= 1 && char.IsAsciiLetterUpper(word[0]) && word[1..].All(char.IsAsciiLetterLower);

    /// <summary>
    /// A list answer split at line breaks, ',', ';', '|', a '/' before an '@' and the word "and" outside brackets. A table
    /// row is one entry (its cells name one person: name, login, role); <see cref="WithoutMarkupRows"/> hold none.
    /// </summary>
    private static IEnumerable<string> Entries(string? answer)
    {
        if (string.IsNullOrEmpty(answer))
        {
            yield break;
        }

        answer = WithoutMarkupRows(answer);

        var depth = 0;
        var start = 0;
        for (var i = 0; i <= answer.Length; i++)
        {
            var c = i < answer.Length ? answer[i] : '\n';
            depth = c is '(' or '[' ? depth + 1 : c is ')' or ']' && depth > 0 ? depth - 1 : depth;
            var ends = c == '\n' || (depth == 0
                && (c is ',' or ';' or '|' || IsWordAt(answer, i, "and") || IsWordAt(answer, i, "&") || IsSlashBeforeHandle(answer, i)));
            if (!ends)
            {
                continue;
            }

            var entry = answer[start..i].Trim().TrimStart('-', '*', '+', ' ').Trim();
            if (entry.Any(char.IsLetterOrDigit))
            {
                yield return entry;
            }

            start = c is ',' or ';' or '|' or '/' or '\n' ? i + 1 : i + (answer[i] == '&' ? 1 : 3);
            depth = c == '\n' ? 0 : depth;
        }
    }

    /// <summary>Without a table's header and delimiter rows, code fence lines and headings; a table's cells as phrases.</summary>
    private static string WithoutMarkupRows(string answer)
    {
        var lines = MarkdownText.Lines(answer);
        var kept = new List<string>(lines.Length);
        var inTable = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            var header = i + 1 < lines.Length && IsDelimiterRow(lines[i + 1]);
            inTable = header || (inTable && line.Contains('|', StringComparison.Ordinal));
            var fence = line.StartsWith("```", StringComparison.Ordinal) || line.StartsWith("~~~", StringComparison.Ordinal);
            if (!header && !IsDelimiterRow(line) && !fence && !IsHeading(line))
            {
                kept.Add(inTable ? line.Replace('|', '\t') : WithoutNumber(line));
            }
        }

        return string.Join('\n', kept);
    }

    /// <summary>A heading line ("### Core team", glued onto the answer from below): it names a group, no one.</summary>
    private static bool IsHeading(string line)
    {
        var text = line.TrimStart('#');
        return text.Length < line.Length && (text.Length == 0 || text[0] == ' ');
    }

    /// <summary>The line without a numbered list's marker ("1. janedoe", "2) rajpatel"), whose number is no login.</summary>
    private static string WithoutNumber(string line)
    {
        var digits = 0;
        while (digits < line.Length && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        return digits > 0 && digits + 1 < line.Length && line[digits] is '.' or ')' && line[digits + 1] == ' ' ? line[(digits + 2)..] : line;
    }

    /// <summary>The row under a table's header: "|---|:--:|", "--- | ---".</summary>
    private static bool IsDelimiterRow(string line) =>
        line.Contains('|', StringComparison.Ordinal) && line.Contains('-', StringComparison.Ordinal) && line.AsSpan().IndexOfAnyExcept("|-: \t") < 0;

    /// <summary>"@janedoe/@rajpatel": a slash between handles, where a URL's slash is never followed by an '@'.</summary>
    private static bool IsSlashBeforeHandle(string text, int at) => text[at] == '/' && at + 1 < text.Length && text[at + 1] == '@';

    private static bool IsWordAt(string text, int at, string word) =>
        at > 0 && text[at - 1] == ' ' && at + word.Length < text.Length && text[at + word.Length] == ' '
        && string.Compare(text, at, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0;
}
