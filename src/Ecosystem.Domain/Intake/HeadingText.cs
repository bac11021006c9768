using System.Text;

namespace Ecosystem.Domain.Intake;

/// <summary>Compares headings as a person would: case, punctuation and spacing aside, a renamed one by its shared words.</summary>
public static class HeadingText
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "any", "as", "be", "by", "do", "does", "for", "how", "if", "in", "is", "it",
        "name", "of", "on", "or", "please", "provide", "so", "that", "the", "there", "this", "to", "what", "you",
        "your", "yours", "yes", "describe", "today", "they", "we", "our",
    };

    /// <summary>"Project repo URL " → "project repo url".</summary>
    public static string Normalise(string text) => Fold(text, ' ', char.IsLetterOrDigit, static _ => true);

    /// <summary>
    /// Whether one of <paramref name="phrases"/>, normalised words between spaces (" no other "), stands among the words of
    /// <paramref name="text"/>: whole words only, so " nc " is not in "since". A loop, as it runs on intake's start path.
    /// </summary>
    public static bool HasPhrase(string text, string[] phrases)
    {
        var words = " " + Normalise(text) + " ";
        foreach (var phrase in phrases)
        {
            if (words.Contains(phrase, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The characters <paramref name="keep"/> accepts, in lower case; a run <paramref name="separates"/> accepts between two
    /// kept ones becomes one <paramref name="join"/>.
    /// </summary>
    internal static string Fold(string text, char join, Func<char, bool> keep, Func<char, bool> separates)
    {
        var sb = new StringBuilder(text.Length);
        var pending = false;
        foreach (var c in text)
        {
            if (keep(c))
            {
                if (pending && sb.Length > 0)
                {
                    sb.Append(join);
                }

                pending = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pending |= separates(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>The distinctive words of a heading: stop words dropped, plurals folded, "licence" spelt "license".</summary>
    public static IReadOnlySet<string> Words(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in Normalise(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (StopWords.Contains(word))
            {
                continue;
            }

            var stem = word switch
            {
                "licence" or "licenses" or "licences" => "license",
                "repository" or "repositories" => "repo",
                "e" or "mail" or "mails" or "emails" => "email",
                "docs" or "doc" => "documentation",
                "info" => "information",
                _ => word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word,
            };
            words.Add(stem);
        }

        return words;
    }

    /// <summary>
    /// 0 to 1: the share of the heading's words in the label, averaged with their overlap (Dice) so that a short heading
    /// is not matched to every long label.
    /// </summary>
    public static double Similarity(IReadOnlySet<string> heading, IReadOnlySet<string> label)
    {
        if (heading.Count == 0 || label.Count == 0)
        {
            return 0;
        }

        var shared = heading.Count(label.Contains);
        var containment = (double)shared / heading.Count;
        var dice = 2.0 * shared / (heading.Count + label.Count);
        return (containment + dice) / 2;
    }
}
