using System.Diagnostics.CodeAnalysis;

namespace Ecosystem.Domain.Intake;

/// <summary>
/// The licence as typed, read as an SPDX id where possible ("Apache 2.0"); a link to a LICENSE file names none by itself.
/// An answer may name a licence for each part of the project: <see cref="SpdxId"/> is the first permissive one.
/// </summary>
public sealed record TypedLicense(string Text, string? SpdxId, bool IsLink)
{
    /// <summary>
    /// Whether the answer adds terms that take away what makes a licence permissive (<see cref="RestrictingTerms"/>):
    /// reviewers read such an answer.
    /// </summary>
    public bool Restricted { get; init; }

    /// <summary><see cref="SpdxId"/> first.</summary>
    public IReadOnlyList<string> Named { get; init; } = [];

    public static TypedLicense Read(string? answer, IEnumerable<string> knownSpdxIds)
    {
        var text = (answer ?? string.Empty).Trim();
        var urls = AnswerValues.Urls(text);
        if (urls.Count > 0)
        {
            // "https://…/LICENSE" or "MIT (https://…/LICENSE)": the words beside the link may still name it.
            var words = urls.Aggregate(text, (rest, url) => rest.Replace(url, " ", StringComparison.Ordinal));
            var named = NamedIn(words, knownSpdxIds);
            if (named.Count == 0 && urls.Select(u => SpdxFromWords(PathWords(u))).FirstOrDefault(id => id is not null) is { } inPath)
            {
                named.Add(inPath);
            }

            return new TypedLicense(text, named.FirstOrDefault(), true)
            {
                Restricted = HeadingText.HasPhrase(words, RestrictingTerms), Named = named,
            };
        }

        var exact = knownSpdxIds.FirstOrDefault(id => string.Equals(id, text, StringComparison.OrdinalIgnoreCase));
        var all = exact is null ? NamedIn(text, knownSpdxIds) : [exact];
        return new TypedLicense(text, all.FirstOrDefault(), false) { Restricted = HeadingText.HasPhrase(text, RestrictingTerms), Named = all };
    }

    // Where the licence of one part of the project ends ("MIT for the code; GPL-3.0 for the CLI") and where a choice
    // between licences does ("MIT OR Apache-2.0", "MIT/GPL-3.0"), whose permissive one is taken.
    private static readonly string[] PartBreaks = [",", ";", "(", ")", "\n", "+", "&", " and ", " AND ", " And "];
    private static readonly string[] ChoiceBreaks = ["/", " or ", " OR ", " Or "];

    /// <summary>
    /// Each part's licence once, the first permissive one first: a version is read with its own licence's words, so
    /// "BSD-3-Clause; some files GPLv2" is no BSD-2-Clause.
    /// </summary>
    private static List<string> NamedIn(string text, IEnumerable<string> permissive)
    {
        bool IsPermissive(string id) => IsAmong(id, permissive);
        var named = new List<string>();
        foreach (var part in Pieces(text, PartBreaks))
        {
            var choices = Pieces(part, ChoiceBreaks).Select(SpdxFromWords).OfType<string>().ToList();
            if ((choices.Find(IsPermissive) ?? choices.FirstOrDefault()) is { } chosen && !named.Contains(chosen))
            {
                named.Add(chosen);
            }
        }

        if (named.FindIndex(IsPermissive) is var first and > 0)
        {
            named.Insert(0, named[first]);
            named.RemoveAt(first + 1);
        }

        return named;
    }

    /// <summary>A piece that names no licence is joined to the one before (", Version 2.0").</summary>
    private static List<string> Pieces(string text, string[] breaks)
    {
        var pieces = new List<string>();
        foreach (var piece in text.Split(breaks, StringSplitOptions.None))
        {
            if (pieces.Count > 0 && SpdxFromWords(piece) is null)
            {
                pieces[^1] += " " + piece;
            }
            else
            {
                pieces.Add(piece);
            }
        }

        return pieces;
    }

    // Normalised words, each phrase between spaces: "research use only" is not "used in research".
    private static readonly string[] RestrictingTerms =
    [
        " non commercial ", " noncommercial ", " nc ", " commons clause ", " not for commercial ", " no commercial ",
        " research only ", " research use only ", " research purposes only ", " academic use only ", " academic only ",
        " personal use only ", " non profit use only ",
    ];

    // A loop, not a regular expression: the configuration reads the licences at every start.
    public static bool TryReadSpdxId(string text, [NotNullWhen(true)] out string? id, out string problem) => ConfigurationProblem.TryAccept(text,
        text.Length > 0 && char.IsAsciiLetterOrDigit(text[0]) && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '+' or '-')
            ? null : $"`{text}` does not look like an SPDX licence id (such as MIT or Apache-2.0)", out id, out problem);

    /// <summary>Ignoring "-only"/"-or-later" and case.</summary>
    public static bool SameLicense(string a, string b) =>
        string.Equals(Family(a), Family(b), StringComparison.OrdinalIgnoreCase);

    public static bool IsAmong(string id, IEnumerable<string> licenses) => licenses.Any(l => SameLicense(l, id));

    private static string Family(string id)
    {
        foreach (var suffix in (string[])["-only", "-or-later", "+"])
        {
            if (id.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return id[..^suffix.Length];
            }
        }

        return id;
    }

    /// <summary>
    /// The words of a link that may name a licence: after <c>blob/&lt;branch&gt;</c> in a repository file link (not the
    /// owner or repository name, which may contain anything), else the host and the path.
    /// </summary>
    private static string PathWords(string url)
    {
        if (!Uri.TryCreate(AnswerValues.WithScheme(url), UriKind.Absolute, out var uri))
        {
            return string.Empty;
        }

        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var blob = Array.FindIndex(segments, s => s is "blob" or "raw" or "tree");
        var forge = GitHubUrl.Classify(uri.AbsoluteUri).Kind is GitHubUrlKind.Repository or GitHubUrlKind.Organisation or GitHubUrlKind.OtherForgeRepository;
        return blob >= 0 ? string.Join(' ', segments.Skip(blob + 2))
            : forge ? string.Empty
            : uri.Host + " " + string.Join(' ', segments);
    }

    /// <summary>"gplv3" → "gpl", "3"; "apache2" → "apache", "2": a name and its version run together.</summary>
    private static IEnumerable<string> Split(string word)
    {
        yield return word;
        var digit = 0;
        while (digit < word.Length && !char.IsDigit(word[digit]))
        {
            digit++;
        }

        if (digit is 0 || digit == word.Length || !word[digit..].All(char.IsDigit))
        {
            yield break;
        }

        var name = word[..digit];
        yield return name.Length > 1 && name.EndsWith('v') ? name[..^1] : name;
        yield return word[digit..];
    }

    private static string? SpdxFromWords(string text)
    {
        var words = HeadingText.Normalise(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).SelectMany(Split).ToHashSet(StringComparer.Ordinal);
        bool Has(params string[] any) => any.Any(words.Contains);
        return Has("apache") ? (Has("1") && !Has("2") ? "Apache-1.1" : "Apache-2.0")
            : Has("mit", "expat") ? "MIT"
            : Has("bsd", "bsd3", "bsd2") ? (Has("clear") ? "BSD-3-Clause-Clear"
                : Has("2", "two", "simplified", "freebsd", "bsd2") ? "BSD-2-Clause"
                : Has("3", "three", "new", "revised", "modified", "bsd3") ? "BSD-3-Clause"
                : null)
            : Has("agpl", "affero") ? "AGPL-3.0"
            // "GNU Lesser General Public License v3.0" is the LGPL spelt out, not the GPL.
            : Has("lgpl") || (Has("lesser") && Has("gpl", "gnu", "general")) ? (Has("2") ? "LGPL-2.1" : "LGPL-3.0")
            : Has("gpl", "gnu") ? (Has("2") && !Has("3") ? "GPL-2.0" : "GPL-3.0")
            : Has("mpl", "mozilla") ? (Has("1") && !Has("2") ? "MPL-1.1" : "MPL-2.0")
            : Has("isc") ? "ISC"
            : Has("unlicense") ? "Unlicense"
            : Has("zlib") ? "Zlib"
            : Has("psf") || (Has("python") && Has("foundation")) ? "PSF-2.0"
            : Has("cc0") ? "CC0-1.0"
            : Has("0bsd") ? "0BSD"
            // "BSL 1.1" is the Business Source License, which restricts use; Boost's is BSL-1.0.
            : Has("boost") || (Has("bsl") && Has("0") && !Has("business")) ? "BSL-1.0"
            : Has("epl", "eclipse") ? (Has("1") && !Has("2") ? "EPL-1.0" : "EPL-2.0")
            : null;
    }
}
